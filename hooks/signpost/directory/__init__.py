"""The service directory: the service model, the taxonomy, reading directory/."""
