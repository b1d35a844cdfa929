"""Checks of a whole Local Offer folder, shared by the build and `signpost check`."""
