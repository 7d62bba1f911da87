"""A record's change history, read in sentences, newest first."""

from __future__ import annotations

from db.services.contacts import ContactData, create_contact
from db.services.organisations import OrganisationData, create_organisation, get_organisation, update_organisation
from desktop import i18n
from desktop.widgets.history_view import HistoryView


def make_partner(context) -> int:
    saved = create_organisation(context.db, OrganisationData(name_ja="架橋大学", name_en="Kakehashi Univ."))
    org = get_organisation(context.db, saved.record.id)
    org.name_en = "Kakehashi University"
    update_organisation(context.db, org.id, org)
    return org.id


def test_changes_are_told_in_sentences_newest_first(qtbot, context):
    org_id = make_partner(context)
    view = HistoryView(context, "organisation", org_id)
    qtbot.addWidget(view)
    view.show()
    text = view.text()
    changed = text.index("Changed the organisation “Kakehashi University”.")
    added = text.index("Added the organisation “Kakehashi University”.")
    assert changed < added  # newest first
    assert "English name: Kakehashi Univ. → Kakehashi University" in text
    assert "tester" in text and "Edit organisation" in text
    assert [line.action for line in view.lines] == ["update", "create"]
    # Times are local and to the minute, as the core words them.
    assert view.lines[0].when in text


def test_follows_changes_of_the_record_and_its_contacts(qtbot, context):
    org_id = make_partner(context)
    view = HistoryView(context, "organisation", org_id)
    qtbot.addWidget(view)
    view.show()
    saved = create_contact(context.db, ContactData(organisation_id=org_id, family_name="山田"))
    context.changed("contact", saved.record.id)
    assert "山田" in view.lines[0].text and view.lines[0].entity == "contact"


def test_speaks_the_users_language(qtbot, context, qapp):
    org_id = make_partner(context)
    i18n.switch_language(qapp, "ja")
    context.set_language("ja")
    view = HistoryView(context, "organisation", org_id)
    qtbot.addWidget(view)
    assert "組織「架橋大学」を変更しました。" in view.text()


def test_a_record_not_yet_saved_says_when_history_starts(qtbot, context):
    view = HistoryView(context, "organisation", None)
    qtbot.addWidget(view)
    view.show()
    assert view.lines == [] and view.empty_label.isVisible() and not view.browser.isVisible()
    view.set_record(make_partner(context))
    assert len(view.lines) == 2 and view.browser.isVisible()
