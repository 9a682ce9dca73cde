"""Self-reviews and manager reviews of an appraisal: the guided forms' services, the
offline self-review PDF form and the spreadsheet import."""
