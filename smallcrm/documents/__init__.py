"""Documents: PDF, xlsx, csv, vCard, iCalendar — pure functions of domain data."""
