"""Signpost: turn co-produced YAML and Markdown into a SEND Local Offer site."""
