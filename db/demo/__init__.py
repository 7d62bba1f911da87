"""Demo data: the founding press release's partnerships, and synthetic data for trying things at scale."""

from db.demo.seed import NotEmpty, SeedSummary, load_seed
from db.demo.synthetic import SyntheticSummary, add_synthetic

__all__ = ["NotEmpty", "SeedSummary", "SyntheticSummary", "add_synthetic", "load_seed"]
