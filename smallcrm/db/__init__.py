"""Storage: connection and pragmas, models, migration runner, backups, search index."""
