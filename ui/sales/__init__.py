"""The window's sales: the deals board, quotes, invoices and credit notes, payments, receivables."""
