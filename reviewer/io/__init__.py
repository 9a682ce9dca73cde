"""Reading and writing the spreadsheets HR exchanges with other systems."""
