"""The ``kakehashi`` command line over the same core the desktop uses."""
