"""Parties: persons and companies, their contact points and addresses, duplicates, merging, lists, search and the
360° overview."""
