"""Looking after the shop's installation: settings, our company profile, opening the database, backups, encryption."""
