"""Reading fact databases: models (plain rows), database (open, load, check), search."""
