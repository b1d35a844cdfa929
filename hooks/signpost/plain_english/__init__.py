"""Plain English: the glossary, acronyms, jargon and explaining terms on pages."""
