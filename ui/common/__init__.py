"""What every page and dialog of the window shares: the context, the change bus, errors, formatting, languages,
tables and small widgets."""
