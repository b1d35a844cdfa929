"""Building blocks every other part uses: problems, YAML with line numbers, validation."""
