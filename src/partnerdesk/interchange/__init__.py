"""Import and export in open formats (iCalendar, and later JSON, CSV, vCard, Markdown)."""
