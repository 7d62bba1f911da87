"""Agreements (MOUs, collaboration agreements, NDAs…) with their parties, signatories,
scope of cooperation, renewal chain and signed documents."""

# No ``from __future__ import annotations`` here: SQLAlchemy would have to evaluate every
# annotation as a string at start-up; plain annotations cost nothing.  Classes defined
# further down are named in quotes.
import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from db.models.base import Audited, Base, Keyed, Stamped, Trashable, Versioned, enum_column, utcnow
from db.models.organisation import Organisation


class AgreementKind(enum.StrEnum):
    MOU = "mou"
    COLLABORATION = "collaboration"
    NDA = "nda"
    MEMBERSHIP = "membership"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"


class DatePrecision(enum.StrEnum):
    """How much of a date is known: the press release gives only the month for older MOUs."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Succession(enum.StrEnum):
    """How an agreement follows the one it points back to."""

    RENEWAL = "renewal"
    AMENDMENT = "amendment"


class Side(enum.StrEnum):
    OURS = "ours"
    PARTNER = "partner"


class Agreement(Keyed, Versioned, Stamped, Trashable, Audited, Base):
    __tablename__ = "agreement"
    __audit_label__ = "title"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind), index=True)
    # Set by a person; None means "derive from the dates" (see db.services.agreement_rules).
    status: Mapped[AgreementStatus | None] = mapped_column(enum_column(AgreementStatus))
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    signed_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision), default=DatePrecision.DAY
    )
    effective_on: Mapped[date | None] = mapped_column(Date, index=True)
    term_years: Mapped[int | None] = mapped_column(Integer)
    term_months: Mapped[int | None] = mapped_column(Integer)
    # Given explicitly by a person; when None the expiry follows from effective date and term.
    expires_on_given: Mapped[date | None] = mapped_column(Date)
    # The first term's end, given or computed; kept in a column so lists filter and sort on it.
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=False)
    renewal_term_years: Mapped[int | None] = mapped_column(Integer)
    renewal_term_months: Mapped[int | None] = mapped_column(Integer)
    notice_months: Mapped[int | None] = mapped_column(Integer)
    notice_days: Mapped[int | None] = mapped_column(Integer)
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    succession: Mapped[Succession | None] = mapped_column(enum_column(Succession))
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    parties: Mapped[list["AgreementParty"]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.position"
    )
    signatories: Mapped[list["Signatory"]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Signatory.position"
    )
    scope_items: Mapped[list["ScopeItem"]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="ScopeItem.position"
    )
    documents: Mapped[list["AgreementDocument"]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementDocument.id"
    )
    renewed_from: Mapped["Agreement | None"] = relationship(
        remote_side=[id], back_populates="successors"
    )
    successors: Mapped[list["Agreement"]] = relationship(back_populates="renewed_from")


class AgreementParty(Audited, Base):
    """A partner organisation bound by an agreement (our own office is implied)."""

    __tablename__ = "agreement_party"
    __audit_label__ = "organisation_name"
    __audit_parent__ = ("agreement", "agreement_id")
    __audit_owner__ = "agreement"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()

    @property
    def organisation_name(self) -> str | None:
        """The history's caption of the party (the data itself is ``organisation_id``)."""
        org = self.organisation
        if org is None and self.organisation_id is not None and (session := object_session(self)) is not None:
            org = session.get(Organisation, self.organisation_id)  # a party just added by id
        return org.display_name if org is not None else None


class Signatory(Audited, Base):
    """A person who signed, with name, title and organisation as printed on the signed copy;
    titles change later, the agreement keeps what was signed."""

    __tablename__ = "signatory"
    __audit_label__ = "name"
    __audit_parent__ = ("agreement", "agreement_id")
    __audit_owner__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    side: Mapped[Side] = mapped_column(enum_column(Side))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    organisation_name: Mapped[str | None] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")


class ScopeItem(Audited, Base):
    """One item of the scope of cooperation, e.g. ①共催・協賛・告知."""

    __tablename__ = "scope_item"
    __audit_label__ = "text"
    __audit_parent__ = ("agreement", "agreement_id")
    __audit_owner__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement] = relationship(back_populates="scope_items")


class AgreementDocument(Audited, Base):
    """A signed copy or annex; the file itself lives in the data folder under its SHA-256."""

    __tablename__ = "agreement_document"
    __audit_label__ = "original_name"
    __audit_parent__ = ("agreement", "agreement_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    notes: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement] = relationship(back_populates="documents")
