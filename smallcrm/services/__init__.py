"""Use cases: one function, one user intention, one transaction. The UI and the CLI call only these."""
