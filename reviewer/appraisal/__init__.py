"""Appraisal documents: what one person's appraisal says, its PDF, signatures and their verification."""
