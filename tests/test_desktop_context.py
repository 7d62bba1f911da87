"""What the screens share: dates as the user reads them, undo of a delete, background work."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import KakehashiError
from db.services.organisations import OrganisationData, create_organisation, delete_organisation, get_organisation
from desktop import i18n
from desktop.tasks import run_task


def test_dates_in_the_locale_with_four_digit_years_or_in_the_era(context, qapp):
    shown = context.format_date(date(2025, 9, 17))
    assert "2025" in shown and "17" in shown and "9" in shown
    i18n.switch_language(qapp, "ja")
    context.set_language("ja")
    assert context.format_date(date(2025, 9, 17)) == "2025/09/17"
    styles = []
    context.date_style_changed.connect(styles.append)
    context.set_date_style("era")
    assert context.format_date(date(2025, 9, 17)) == "令和7年9月17日"
    assert styles == ["era"] and context.settings.value("preferences/date_style") == "era"
    assert context.format_date(None) == ""


def test_undo_puts_the_last_deleted_record_back(context):
    saved = create_organisation(context.db, OrganisationData(name_ja="神奈川県", kind="prefecture"))
    org_id = saved.record.id
    changes = []
    context.records_changed.connect(lambda kind, record_id: changes.append((kind, record_id)))
    delete_organisation(context.db, org_id)
    context.deleted("organisation", org_id, "神奈川県")
    assert context.last_deleted() == ("organisation", org_id, "神奈川県")
    assert get_organisation(context.db, org_id).deleted_at is not None
    context.undo_delete()
    assert get_organisation(context.db, org_id).deleted_at is None
    assert context.last_deleted() is None and context.undo_delete() is None
    assert changes == [("organisation", org_id), ("organisation", org_id)]


def test_background_work_reports_back_on_the_gui_thread(qtbot, context):
    results, errors = [], []
    run_task(None, lambda a, b: a + b, 2, 3, done=results.append, failed=errors.append)
    qtbot.waitUntil(lambda: results == [5])

    def broken():
        raise KakehashiError("The disk is full.")

    run_task(None, broken, done=results.append, failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], KakehashiError) and results == [5]


@pytest.mark.parametrize("style", ["western", "other"])
def test_anything_but_era_is_the_western_style(context, style):
    context.set_date_style(style)
    assert context.date_style == "western"


def test_undo_of_a_record_deleted_for_good_says_so_and_forgets_it(context):
    from db.errors import NotFound
    from db.services.trash import purge

    org_id = create_organisation(context.db, OrganisationData(name_ja="川崎市", kind="city")).record.id
    delete_organisation(context.db, org_id)
    context.deleted("organisation", org_id, "川崎市")
    purge(context.db, "organisation", org_id)
    with pytest.raises(NotFound):
        context.undo_delete()
    assert context.last_deleted() is None
