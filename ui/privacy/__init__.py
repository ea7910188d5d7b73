"""The window's privacy: consents, erasure and anonymisation."""
