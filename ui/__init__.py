"""The PySide6 desktop front end. It calls services only (never the ORM or the db layer)."""
