"""Self-reviews and manager reviews of an appraisal: written field by field as they
are typed, locked on submission, read back with what the acting user may do; the
offline self-review PDF form and the spreadsheet import."""
