"""The agreement form driven like a person: the Kanagawa MOU recorded from the signed paper
with its expiry worked out as it is typed, a signatory's problem shown at that signatory,
the renewal and its chain, a PDF attached, and the prompt on closing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from db.services.agreements import get_agreement, renewal_chain
from db.services.organisations import OrganisationData, create_organisation
from desktop.agreements.form import AgreementForm
from gui_support import answer_modal, type_text

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def kanagawa(context) -> int:
    return create_organisation(context.db, OrganisationData(
        kind="prefecture", name_ja="神奈川県", name_en="Kanagawa Prefecture", name_kana="カナガワケン")).record.id


def keep(qtbot, form: AgreementForm) -> AgreementForm:
    # A form left with changes would ask before closing at the end of the test.
    qtbot.addWidget(form, before_close_func=lambda w: w.setWindowModified(False))
    return form


def open_form(qtbot, context, record_id=None, **kw) -> AgreementForm:
    form = keep(qtbot, AgreementForm(context, record_id, **kw))
    form.show()
    qtbot.waitExposed(form)
    return form


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_number(qtbot, spin, number: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), number)


def fill_kanagawa_mou(qtbot, form: AgreementForm, *, partner_signatory: str = "首藤健治") -> None:
    """What the signed paper says, typed in."""
    type_text(form.parties.search, "かながわ")
    qtbot.waitUntil(lambda: form.parties.search.offered() != [])
    qtbot.keyClick(form.parties.search, Qt.Key.Key_Return)
    type_text(form.title_edit, "ライフサイエンス領域に関するMOU（提携に関する覚書）")
    form.kind_box.setFocus()
    form.kind_box.setCurrentIndex(form.kind_box.findData("mou"))
    type_text(form.terms.dates["signed_on"].edit, "令和2年9月18日")
    type_number(qtbot, form.terms.numbers["term_years"], "5")
    ours, theirs = form.signatories.rows
    ours.side.setCurrentIndex(ours.side.findData("ours"))
    type_text(ours.edits["name"], "植田俊")
    type_text(ours.edits["title"], "理事")
    type_text(ours.edits["organisation_name"], "LINK-J")
    theirs.side.setCurrentIndex(theirs.side.findData("partner"))
    if partner_signatory:
        type_text(theirs.edits["name"], partner_signatory)
    type_text(theirs.edits["title"], "副知事")
    type_text(theirs.edits["organisation_name"], "神奈川県")


def test_record_the_kanagawa_mou(qtbot, context, kanagawa):
    form = open_form(qtbot, context)
    assert len(form.signatories.rows) == 2  # one for each side, ready to fill
    fill_kanagawa_mou(qtbot, form)
    assert form.parties.organisation_ids() == [kanagawa]
    # Worked out before saving, as typed: five years from 2020-09-18 end on 2025-09-17.
    assert form.terms.values["expires_on"].text() == context.format_date(date(2025, 9, 17))
    assert form.terms.values["current_term_end"].text() == context.format_date(date(2025, 9, 17))
    type_number(qtbot, form.terms.numbers["notice_months"], "3")
    assert form.terms.values["renewal_deadline"].text() == context.format_date(date(2025, 6, 17))
    assert form.is_changed

    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id and not form.is_changed, form.summary.text()
    stored = get_agreement(context.db, form.record_id)
    assert stored.expires_on == date(2025, 9, 17) and stored.signed_on == date(2020, 9, 18)
    assert (stored.kind, stored.term_years, stored.party_ids) == ("mou", 5, [kanagawa])
    assert [(s.side, s.name, s.title) for s in stored.signatories] == [
        ("ours", "植田俊", "理事"), ("partner", "首藤健治", "副知事")]
    assert form.windowTitle().startswith("ライフサイエンス領域に関するMOU")
    assert form.terms.values["expires_on"].text() == context.format_date(stored.expires_on)


def test_an_unreadable_date_stops_the_expiry_and_the_save(qtbot, context, kanagawa):
    form = open_form(qtbot, context, organisation_id=kanagawa)
    assert form.parties.organisation_ids() == [kanagawa]
    type_text(form.title_edit, "MOU")
    type_text(form.terms.dates["signed_on"].edit, "R2.2.30")
    type_number(qtbot, form.terms.numbers["term_years"], "5")
    assert form.terms.values["expires_on"].text() == "—"
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id is None and "R2.2.30" in form.summary.text()
    assert form.terms.dates["signed_on"].edit.property("invalid")
    form.terms.dates["signed_on"].edit.clear()
    type_text(form.terms.dates["signed_on"].edit, "R2.9.18")
    assert form.terms.values["expires_on"].text() == context.format_date(date(2025, 9, 17))


def test_a_missing_signatory_name_is_shown_at_that_signatory(qtbot, context, kanagawa):
    form = open_form(qtbot, context)
    fill_kanagawa_mou(qtbot, form, partner_signatory="")
    form.tabs.setCurrentIndex(0)
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id is None
    name = form.signatories.rows[1].edits["name"]
    assert name.property("invalid") and "Signatories 2: Full name" in name.toolTip()
    assert not form.signatories.rows[0].edits["name"].property("invalid")
    assert form.tabs.currentIndex() == 1 and form.focusWidget() is name  # brought into view
    assert "Signatories 2: Full name" in form.summary.text()
    type_text(name, "首藤健治")
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id and not name.property("invalid") and form.summary.isHidden()


def test_renew_and_see_the_chain(qtbot, context, kanagawa):
    form = open_form(qtbot, context)
    fill_kanagawa_mou(qtbot, form)
    click(qtbot, form.buttons.button(SAVE))
    original = form.record_id
    assert form.chain.view.isHidden() and not form.chain.empty.isHidden()  # "no earlier or later versions"

    renewal = keep(qtbot, form.renew())
    # The next term starts the day after the expiry; everything else follows the original.
    assert renewal.terms.dates["effective_on"].date() == date(2025, 9, 18)
    assert renewal.terms.values["expires_on"].text() == context.format_date(date(2030, 9, 17))
    assert renewal.parties.organisation_ids() == [kanagawa]
    assert [r.value().name for r in renewal.signatories.rows] == ["植田俊", "首藤健治"]
    type_text(renewal.terms.dates["signed_on"].edit, "2025-09-01")
    click(qtbot, renewal.buttons.button(SAVE))
    assert renewal.record_id and renewal.record_id != original, renewal.summary.text()

    assert [a.id for a in renewal_chain(context.db, original)] == [original, renewal.record_id]
    assert [e[0] for e in form.chain.entries()] == [original, renewal.record_id]  # refreshed by itself
    assert "Renewal" in form.chain.entries()[1][1]
    assert form.terms.values["effective_status"].text() == "Renewed"
    opened = []
    form.chain.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    form.open_record.connect(lambda kind, rid: opened.append(("form", rid)))
    form.tabs.setCurrentWidget(form.chain.parentWidget().parentWidget())
    qtbot.mouseClick(form.chain.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=form.chain.view.visualRect(form.chain.model.index(1, 0)).center())
    qtbot.keyClick(form.chain.view, Qt.Key.Key_Return)
    assert ("agreement", renewal.record_id) in opened and ("form", renewal.record_id) in opened


class Viewer(QObject):
    """Stands for the system's PDF viewer."""

    def __init__(self):
        super().__init__()
        self.shown: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.shown.append(url)


def write_pdf(path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(QPointF(100, 100), "Memorandum of Understanding")
    painter.end()


def test_attach_a_pdf_and_see_its_size_and_checksum(qtbot, context, kanagawa, tmp_path):
    pdf = tmp_path / "signed-mou.pdf"
    write_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    form = open_form(qtbot, context)
    fill_kanagawa_mou(qtbot, form)
    # Dropped before the first save: listed, and attached when the agreement is saved.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(form, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(form, drop)
    assert form.tabs.currentWidget() is form.attachments
    assert form.attachments.documents() == [("signed-mou.pdf", None, None)]
    click(qtbot, form.buttons.button(SAVE))
    qtbot.waitUntil(lambda: bool(form.attachments.documents()) and form.attachments.documents()[0][2] is not None)
    assert form.attachments.documents() == [("signed-mou.pdf", len(data), hashlib.sha256(data).hexdigest())]
    size_text = form.attachments.model.item(0, 1).text()
    assert f"{len(data):,} bytes" in size_text
    stored = get_agreement(context.db, form.record_id).documents
    assert [(d.original_name, d.size, d.sha256) for d in stored] == [
        ("signed-mou.pdf", len(data), hashlib.sha256(data).hexdigest())]

    # Opening hands the system's viewer a copy that carries the original name.  The test
    # stands in for the viewer through Qt's own hook for "file:" links.
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        form.attachments.view.selectRow(0)
        click(qtbot, form.attachments.open_button)
        qtbot.waitUntil(lambda: viewer.shown != [])
    finally:
        QDesktopServices.unsetUrlHandler("file")
    shown = Path(viewer.shown[0].toLocalFile())
    assert shown.name == "signed-mou.pdf" and shown.read_bytes() == data


def test_closing_with_unsaved_changes_asks(qtbot, context, kanagawa):
    form = open_form(qtbot, context, organisation_id=kanagawa)
    type_text(form.title_edit, "MOU")
    seen = []
    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), seen)
    form.close()
    assert seen and form.isVisible()  # kept editing
    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click(), seen)
    form.close()
    assert len(seen) == 2 and not form.isVisible()


def test_a_scope_item_problem_is_shown_at_its_line(qtbot, context, kanagawa):
    form = open_form(qtbot, context, organisation_id=kanagawa)
    type_text(form.title_edit, "MOU")
    form.tabs.setCurrentIndex(1)
    click(qtbot, form.scope.add_button)
    click(qtbot, form.scope.add_button)
    type_text(form.scope.rows[0].text, "相互の訪問")
    type_text(form.scope.rows[1].text_en, "Mutual visits")  # the Japanese left out
    for row in form.signatories.rows[:]:
        click(qtbot, row.remove_button)
    assert form.signatories.empty_label.isVisibleTo(form)
    form.tabs.setCurrentIndex(0)
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id is None
    assert form.scope.rows[1].text.property("invalid") and not form.scope.rows[0].text.property("invalid")
    assert form.tabs.currentIndex() == 1 and form.focusWidget() is form.scope.rows[1].text


def test_the_form_changes_language_while_open(qtbot, qapp, context, kanagawa):
    from desktop import i18n

    form = open_form(qtbot, context, organisation_id=kanagawa)
    type_text(form.terms.dates["signed_on"].edit, "R2.9.18")
    type_number(qtbot, form.terms.numbers["term_years"], "5")
    assert form.general_labels["title"].text() == "Title"
    assert form.terms.values["effective_status"].text() in ("In force", "Expired")
    i18n.switch_language(qapp, "ja")
    context.set_language("ja")
    qtbot.waitUntil(lambda: form.general_labels["title"].text() == "件名")  # Qt posts the change
    assert form.terms.labels["signed_on"].text() == "締結日"
    assert form.kind_box.currentText() == "覚書（MOU）"
    assert form.terms.values["effective_status"].text() in ("有効", "期間満了")
    assert form.terms.dates["signed_on"].date() == date(2020, 9, 18)  # still understood after the switch
    assert form.terms.values["expires_on"].text() == context.format_date(date(2025, 9, 17))


def test_blank_cards_are_left_out_and_problems_still_find_their_card(qtbot, context, kanagawa):
    form = open_form(qtbot, context, organisation_id=kanagawa)
    type_text(form.title_edit, "MOU")
    first, second = form.signatories.rows  # the first card left blank
    type_text(second.edits["title"], "副知事")  # the second without a name
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id is None
    assert second.edits["name"].property("invalid") and not first.edits["name"].property("invalid")
    type_text(second.edits["name"], "首藤健治")
    click(qtbot, form.buttons.button(SAVE))
    assert form.record_id
    assert [s.name for s in get_agreement(context.db, form.record_id).signatories] == ["首藤健治"]
