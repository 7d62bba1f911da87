"""The one-page sheet of a partner: its HTML and the PDF written from it."""

from __future__ import annotations

from datetime import date

from db.services.activities import ActivityData, create_activity
from db.services.contacts import ContactData, create_contact
from db.services.organisations import OrganisationQuery, list_organisations
from desktop.partners.sheet import partner_sheet_html, save_partner_sheet_pdf


def kanagawa_id(context) -> int:
    return next(o.id for o in list_organisations(context.db, OrganisationQuery(search="神奈川県")).items
                if o.name_ja == "神奈川県")


def test_the_sheet_lists_the_kanagawa_mou_with_its_dates(demo_context):
    org_id = kanagawa_id(demo_context)
    create_contact(demo_context.db, ContactData(organisation_id=org_id, family_name="首藤", given_name="健治",
                                                title="副知事", email="kikaku@pref.kanagawa.example"))
    create_activity(demo_context.db, ActivityData(
        kind="meeting", title="協定の見直し会議", starts_on=date(2025, 6, 2), organisation_ids=[org_id], place="神奈川県庁"))
    html = partner_sheet_html(demo_context, org_id, today=date(2025, 7, 1))
    assert "神奈川県" in html and "Kanagawa Prefecture" in html and "カナガワケン" in html
    assert "ライフサイエンス領域に関するMOU" in html
    assert demo_context.format_date(date(2025, 9, 17)) in html  # the expiry, in the user's date style
    assert demo_context.format_date(date(2020, 9, 18)) in html  # signed
    assert "★ 首藤 健治" in html and "副知事" in html
    assert "協定の見直し会議" in html and "Not a member." in html


def test_the_sheet_follows_the_era_date_style(demo_context):
    demo_context.set_date_style("era")
    html = partner_sheet_html(demo_context, kanagawa_id(demo_context))
    assert "令和7年9月17日" in html and "令和2年9月18日" in html


def test_the_pdf_is_written(demo_context, tmp_path, qapp):
    path = save_partner_sheet_pdf(demo_context, kanagawa_id(demo_context), tmp_path / "神奈川県.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1
