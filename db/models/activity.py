"""Activities carried out under an agreement or with organisations: co-hosted events,
sponsorships, visits, exchanges of materials — what shows, at renewal time, how much
an MOU was used."""

# No ``from __future__ import annotations`` here: SQLAlchemy would have to evaluate every
# annotation as a string at start-up; plain annotations cost nothing.  Classes defined
# further down are named in quotes.
import enum
from datetime import date

from sqlalchemy import Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.agreement import Agreement
from db.models.base import Audited, Base, Keyed, Stamped, Trashable, Versioned, enum_column
from db.models.organisation import Organisation


class ActivityKind(enum.StrEnum):
    CO_HOSTED_EVENT = "co_hosted_event"
    SPONSORSHIP = "sponsorship"
    VISIT = "visit"
    MATERIALS_EXCHANGE = "materials_exchange"
    MEETING = "meeting"
    OTHER = "other"


activity_organisation = Table(
    "activity_organisation",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
)


class Activity(Keyed, Versioned, Stamped, Trashable, Audited, Base):
    __tablename__ = "activity"
    __audit_label__ = "title"
    __audit_collections__ = {"organisations": "id"}

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind), index=True)
    title: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[Agreement | None] = relationship()
    organisations: Mapped[list[Organisation]] = relationship(
        secondary=activity_organisation, order_by=Organisation.sort_key
    )
