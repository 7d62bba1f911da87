"""Widgets several screens share: the record form's frame, the conflict dialog, date fields."""
