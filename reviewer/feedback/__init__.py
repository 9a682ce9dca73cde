"""360-degree feedback: rater assignment, forms, offline collection and results."""
