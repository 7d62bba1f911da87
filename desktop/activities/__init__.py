"""Activities: the list and the form."""
