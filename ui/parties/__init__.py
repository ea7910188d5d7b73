"""The window's parties: the contact list, the 360° page, the party form, search."""
