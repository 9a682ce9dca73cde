"""The command line: batch jobs over the same services the window uses."""
