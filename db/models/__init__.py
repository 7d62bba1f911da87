"""The data model. Importing this package registers every table on ``Base.metadata``."""

from db.models.activity import Activity, ActivityKind, activity_organisation
from db.models.agreement import (
    Agreement,
    AgreementDocument,
    AgreementKind,
    AgreementParty,
    AgreementStatus,
    DatePrecision,
    ScopeItem,
    Side,
    Signatory,
    Succession,
)
from db.models.base import Base
from db.models.exchange import ImportBatch, ImportMapping
from db.models.history import Change, ChangeAction, Operation
from db.models.organisation import (
    Contact,
    Membership,
    MembershipTier,
    Organisation,
    OrganisationKind,
    Tag,
    organisation_tag,
)
from db.models.reminder import ReminderState, ReminderStatus

__all__ = [
    "Activity", "ActivityKind", "Agreement", "AgreementDocument", "AgreementKind", "AgreementParty",
    "AgreementStatus", "Base", "Change", "ChangeAction", "Contact", "DatePrecision", "ImportBatch", "ImportMapping", "Membership",
    "MembershipTier", "Operation", "Organisation", "OrganisationKind", "ReminderState", "ReminderStatus",
    "ScopeItem", "Side", "Signatory",
    "Succession", "Tag", "activity_organisation", "organisation_tag",
]
