"""PDF building blocks shared by offline forms and appraisal documents."""
