"""The `signpost` command for editors."""
