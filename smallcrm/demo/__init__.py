"""Demo data the app offers at first start: an Italian small business with its contacts and sales history."""
