"""Selling: the catalog, deals, quotes, invoices, credit notes, payments and receivables, numbering, document lines
and their PDFs."""
