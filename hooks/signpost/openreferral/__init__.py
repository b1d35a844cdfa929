"""Open data: Open Referral UK export and import, and schema.org data."""
