"""Windows for improvement and development plans."""
