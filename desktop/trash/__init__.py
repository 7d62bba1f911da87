"""The trash: restore, or delete for good."""
