"""FatturaPA e-invoices: the XML of an issued invoice or credit note, its local checks, its file and status."""
