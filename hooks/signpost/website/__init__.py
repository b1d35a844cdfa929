"""The website: council settings, the page plan, views for templates, search, publishing."""
