"""Reminders on the seed's demo data: due at a lead time, done, snoozed, reopened, overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from db import dates
from db.demo.seed import load_seed
from db.lifecycle import open_database
from db.models import ReminderState, ReminderStatus
from db.reminders_defaults import DEFAULT_LEADS
from db.services.activities import ActivityData, create_activity
from db.services.agreements import get_agreement, update_agreement
from db.services.due import DueKind, due_between
from db.services.memberships import get_membership, list_memberships, update_membership
from db.services.reminders import GRACE_DAYS, due_reminders, mark_done, reached_lead, reopen, snooze

EXPIRY = date(2025, 9, 17)  # the Kanagawa MOU: signed 2020-09-18 for five years
DEADLINE = date(2025, 6, 17)  # the same with three months' notice


@pytest.fixture
def demo(db):
    load_seed(db)
    return db


def kanagawa(db):
    """The Kanagawa MOU's expiry, as the core's due service gives it."""
    [item] = [i for i in due_between(db, EXPIRY, EXPIRY) if i.kind == DueKind.EXPIRY]
    return item


def seen(db, today, leads=DEFAULT_LEADS, **options):
    return [(r.item.kind.value, r.item.on, r.lead, r.days_left) for r in due_reminders(db, today, leads, **options)]


def with_notice(db, months=3):
    mou = get_agreement(db, kanagawa(db).entity_id)
    update_agreement(db, mou.id, replace(mou, notice_months=months))


# ---------------------------------------------------------------- lead times


def test_the_kanagawa_expiry_is_reminded_of_from_60_days_before(demo):
    assert seen(demo, date(2025, 7, 18)) == []
    [reminder] = due_reminders(demo, date(2025, 7, 19), DEFAULT_LEADS)
    assert reminder.key == f"expiry:{kanagawa(demo).uid}:2025-09-17:60"
    assert (reminder.item, reminder.lead, reminder.days_left) == (kanagawa(demo), 60, 60)
    assert reminder.status == ReminderStatus.DUE and not reminder.overdue
    assert seen(demo, EXPIRY) == [("expiry", EXPIRY, 60, 0)]


def test_the_renewal_deadline_at_90_then_at_30_days(demo):
    with_notice(demo)
    assert seen(demo, DEADLINE - timedelta(days=91)) == []
    [first] = due_reminders(demo, DEADLINE - timedelta(days=90), DEFAULT_LEADS)
    assert (first.item.kind, first.item.on, first.lead, first.days_left) == (DueKind.RENEWAL_DEADLINE, DEADLINE, 90, 90)
    assert first.key.endswith(":2025-06-17:90")
    mark_done(demo, first.key)
    assert seen(demo, DEADLINE - timedelta(days=31)) == []
    [last] = due_reminders(demo, DEADLINE - timedelta(days=30), DEFAULT_LEADS)
    assert (last.lead, last.days_left) == (30, 30)
    assert last.key == first.key[:-len("90")] + "30"


def test_only_the_most_urgent_lead_reached_counts():
    assert reached_lead([90, 30], 91) is None
    assert reached_lead([90, 30], 90) == 90
    assert reached_lead([30, 90], 31) == 90
    assert reached_lead([90, 30], 30) == 30
    assert reached_lead([90, 30], -5) == 30


def test_soonest_first(demo):
    with_notice(demo)
    # The deadline passed 32 days ago and was never answered; the expiry is 60 days away.
    assert seen(demo, date(2025, 7, 19)) == [("renewal_deadline", DEADLINE, 30, -32), ("expiry", EXPIRY, 60, 60)]


def test_a_membership_end_of_the_fiscal_year(demo):
    [row] = list_memberships(demo).items
    membership = get_membership(demo, row.id)
    fy_end = dates.fiscal_year_bounds(2025)[1]
    assert fy_end == date(2026, 3, 31)
    update_membership(demo, membership.id, replace(membership, ends_on=fy_end))
    leads = {"membership_end": [30]}
    assert seen(demo, date(2026, 2, 28), leads) == []
    assert seen(demo, date(2026, 3, 1), leads) == [("membership_end", fy_end, 30, 30)]
    assert "membership_end" not in {kind for kind, *_ in seen(demo, date(2026, 3, 1))}  # no default lead


def test_an_activity_at_7_days_and_while_it_runs(demo):
    org_id = get_agreement(demo, kanagawa(demo).entity_id).party_ids[0]
    activity = create_activity(demo, ActivityData(kind="co_hosted_event", title="共催シンポジウム",
                                                  starts_on=date(2025, 10, 10), ends_on=date(2025, 10, 12),
                                                  organisation_ids=[org_id])).record
    mark_done(demo, f"expiry:{kanagawa(demo).uid}:2025-09-17:60")  # overdue by then
    assert seen(demo, date(2025, 10, 2)) == []
    [reminder] = due_reminders(demo, date(2025, 10, 3), DEFAULT_LEADS)
    assert reminder.key == f"activity:{activity.uid}:2025-10-10:7"
    # While it runs the reminder keeps its key, so that done stays done.
    [running] = due_reminders(demo, date(2025, 10, 11), DEFAULT_LEADS)
    assert (running.key, running.days_left) == (reminder.key, -1)
    # Once over, it happened: not "overdue" as an unanswered deadline is.
    assert [r.key for r in due_reminders(demo, date(2025, 10, 12), DEFAULT_LEADS)] == [reminder.key]
    assert due_reminders(demo, date(2025, 10, 13), DEFAULT_LEADS) == []


def test_a_long_activity_begun_before_the_grace_period_is_not_reminded_of_daily(demo):
    org_id = get_agreement(demo, kanagawa(demo).entity_id).party_ids[0]
    create_activity(demo, ActivityData(kind="other", title="通年プログラム", starts_on=date(2025, 1, 6),
                                       ends_on=date(2025, 12, 26), organisation_ids=[org_id]))
    assert [r.item.title for r in due_reminders(demo, date(2025, 1, 6) + timedelta(days=GRACE_DAYS),
                                                DEFAULT_LEADS)] == ["通年プログラム"]
    for later in (GRACE_DAYS + 1, GRACE_DAYS + 2, GRACE_DAYS + 40):
        assert seen(demo, date(2025, 1, 6) + timedelta(days=later), {"activity": [7]}) == []


# ---------------------------------------------------------------- answers


def test_done_is_not_shown_again_also_after_reopening_the_database(demo, db_path):
    [reminder] = due_reminders(demo, date(2025, 7, 19), DEFAULT_LEADS)
    mark_done(demo, reminder.key)
    assert seen(demo, date(2025, 7, 19)) == []
    assert seen(demo, date(2025, 8, 30)) == []
    demo.close()
    with open_database(db_path, user="someone else") as again:
        assert seen(again, date(2025, 8, 1)) == []
        [hidden] = due_reminders(again, date(2025, 8, 1), DEFAULT_LEADS, hidden=True)
        assert (hidden.key, hidden.status) == (reminder.key, ReminderStatus.DONE)
        with again.reading() as session:
            state = session.scalar(select(ReminderState))
        assert (state.key, state.user, state.snoozed_until) == (reminder.key, "tester", None)


def test_snoozed_is_hidden_until_the_day_and_back_on_it(demo):
    [reminder] = due_reminders(demo, date(2025, 7, 20), DEFAULT_LEADS)
    snooze(demo, reminder.key, date(2025, 8, 1))
    assert seen(demo, date(2025, 7, 20)) == []
    assert seen(demo, date(2025, 7, 31)) == []
    [hidden] = due_reminders(demo, date(2025, 7, 31), DEFAULT_LEADS, hidden=True)
    assert (hidden.status, hidden.snoozed_until) == (ReminderStatus.SNOOZED, date(2025, 8, 1))
    [back] = due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)
    assert (back.key, back.status, back.days_left) == (reminder.key, ReminderStatus.DUE, 47)


def test_reopen_brings_back_a_done_or_snoozed_reminder(demo):
    [reminder] = due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)
    mark_done(demo, reminder.key)
    reopen(demo, reminder.key)
    assert [r.key for r in due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)] == [reminder.key]
    snooze(demo, reminder.key, date(2025, 9, 1))
    assert seen(demo, date(2025, 8, 1)) == []
    reopen(demo, reminder.key)
    assert [r.key for r in due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)] == [reminder.key]
    reopen(demo, reminder.key)  # nothing to forget: still due, nothing fails


def test_a_new_answer_replaces_the_old_one(demo):
    [reminder] = due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)
    snooze(demo, reminder.key, date(2025, 8, 10))
    mark_done(demo, reminder.key)
    assert seen(demo, date(2025, 8, 20)) == []
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReminderState)) == 1
    with pytest.raises(ValueError):
        mark_done(demo, "")


def test_overdue_stays_until_done_within_the_grace_period(demo):
    key = f"expiry:{kanagawa(demo).uid}:2025-09-17:60"
    assert seen(demo, date(2025, 10, 17)) == [("expiry", EXPIRY, 60, -30)]
    assert due_reminders(demo, date(2025, 10, 17), DEFAULT_LEADS)[0].overdue
    assert seen(demo, EXPIRY + timedelta(days=GRACE_DAYS)) == [("expiry", EXPIRY, 60, -GRACE_DAYS)]
    assert seen(demo, EXPIRY + timedelta(days=GRACE_DAYS + 1)) == []
    mark_done(demo, key)
    assert seen(demo, date(2025, 10, 17)) == []


def test_a_moved_date_is_a_new_reminder(demo):
    [reminder] = due_reminders(demo, date(2025, 8, 1), DEFAULT_LEADS)
    mark_done(demo, reminder.key)
    mou = get_agreement(demo, reminder.item.entity_id)
    update_agreement(demo, mou.id, replace(mou, term_years=None, term_months=60 + 1))  # one month longer
    [moved] = due_reminders(demo, date(2025, 8, 20), DEFAULT_LEADS)
    assert moved.item.on == date(2025, 10, 17) and moved.key != reminder.key


def test_a_kind_without_lead_times_is_not_reminded_of(demo):
    assert seen(demo, date(2025, 8, 1), {}) == []
    assert seen(demo, date(2025, 8, 1), {"expiry": []}) == []
