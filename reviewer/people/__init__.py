"""People and departments: the directory, editing records, the department tree."""
