"""Organisations, their tags, contact persons and memberships in the network."""

# No ``from __future__ import annotations`` here: SQLAlchemy would have to evaluate every
# annotation as a string at start-up; plain annotations cost nothing.  Classes defined
# further down are named in quotes.
import enum
from datetime import date

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, Keyed, Stamped, Trashable, Versioned, enum_column


class OrganisationKind(enum.StrEnum):
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    PREFECTURE = "prefecture"
    CITY = "city"
    INDUSTRY_ASSOCIATION = "industry_association"
    FOUNDATION = "foundation"
    COMPANY = "company"
    RESEARCH_PARK = "research_park"
    HOSPITAL = "hospital"
    OTHER = "other"

    @property
    def is_local_government(self) -> bool:
        return self in (OrganisationKind.PREFECTURE, OrganisationKind.CITY)


class MembershipTier(enum.StrEnum):
    REGULAR = "regular"
    SPECIAL = "special"
    SUPPORTER = "supporter"
    OTHER = "other"


organisation_tag = Table(
    "organisation_tag",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Organisation(Keyed, Versioned, Stamped, Trashable, Audited, Base):
    __tablename__ = "organisation"
    __audit_label__ = "display_name"
    __audit_collections__ = {"tags": "name"}

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ja: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_kana: Mapped[str | None] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(50))
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind), index=True)
    country: Mapped[str] = mapped_column(String(2), default="JP", index=True)
    region: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag, order_by=Tag.name)
    contacts: Mapped[list["Contact"]] = relationship(back_populates="organisation")
    memberships: Mapped[list["Membership"]] = relationship(back_populates="organisation")

    @property
    def display_name(self) -> str:
        return self.name_ja or self.name_en or ""


class Contact(Keyed, Versioned, Stamped, Trashable, Audited, Base):
    __tablename__ = "contact"
    __audit_label__ = "display_name"
    __audit_parent__ = ("organisation", "organisation_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    family_name: Mapped[str | None] = mapped_column(String(100))
    given_name: Mapped[str | None] = mapped_column(String(100))
    family_name_kana: Mapped[str | None] = mapped_column(String(100))
    given_name_kana: Mapped[str | None] = mapped_column(String(100))
    name_en: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    @property
    def display_name(self) -> str:
        # Japanese order: family name first, with an ideographic space only between kanji names.
        ja = " ".join(p for p in (self.family_name, self.given_name) if p)
        return ja or self.name_en or ""


class Membership(Keyed, Versioned, Stamped, Trashable, Audited, Base):
    __tablename__ = "membership"
    __audit_label__ = "tier"
    __audit_parent__ = ("organisation", "organisation_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    tier: Mapped[MembershipTier] = mapped_column(enum_column(MembershipTier))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)
    annual_fee: Mapped[int | None] = mapped_column(Integer)  # yen
    paid_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")

    @property
    def display_name(self) -> str:
        """How a membership is named in lists, the trash, the calendar and messages:
        "組織名 (regular)".  The one place this label is made."""
        return f"{self.organisation.display_name} ({self.tier.value})"
