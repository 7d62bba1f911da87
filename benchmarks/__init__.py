"""Benchmarks run with ``uv run python benchmarks/run.py``; each exits non-zero when a target fails."""
