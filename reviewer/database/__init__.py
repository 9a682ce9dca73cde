"""The open database as the services see it: what it holds, and another program holding it."""
