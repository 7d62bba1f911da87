"""Home: what needs attention now."""
