"""Privacy (GDPR): consents, retention, subject access, erasure and its replay after a restore, the audit log."""
