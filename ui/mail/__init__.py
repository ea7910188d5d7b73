"""The window's mail: sending a document, the outbox, fetching and reviewing incoming mail."""
