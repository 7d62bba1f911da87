"""Two windows on one record: the second save meets the first one's, says who changed it
and when, and lets the person reload the other's values or save theirs over them."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from db.services.agreements import AgreementQuery, get_agreement, list_agreements
from desktop.agreements.form import AgreementForm
from desktop.widgets.conflict import ConflictDialog
from gui_support import type_text

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def kanagawa_mou(demo_context) -> int:
    return next(a.id for a in list_agreements(demo_context.db, AgreementQuery(search="神奈川")).items
                if a.term_years == 5 and a.signed_on and a.signed_on.day == 18)


def open_form(qtbot, context, record_id) -> AgreementForm:
    form = AgreementForm(context, record_id)
    qtbot.addWidget(form, before_close_func=lambda w: w.setWindowModified(False))
    form.show()
    return form


def on_conflict(act, seen: list) -> None:
    """Look at the conflict dialog once it is up, then answer it."""
    def attempt(tries=200):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            if tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
            return
        seen.append((dialog.message.text(), dialog.rows()))
        act(dialog)
    QTimer.singleShot(0, attempt)


def retitle(form: AgreementForm, title: str) -> None:
    form.title_edit.clear()
    type_text(form.title_edit, title)


def two_saves(qtbot, demo_context, kanagawa_mou):
    mine, theirs = open_form(qtbot, demo_context, kanagawa_mou), open_form(qtbot, demo_context, kanagawa_mou)
    retitle(theirs, "Their title")
    retitle(mine, "My title")
    qtbot.mouseClick(theirs.buttons.button(SAVE), Qt.MouseButton.LeftButton)
    assert not theirs.is_changed and mine.is_changed  # an edited form keeps its edits
    return mine, theirs


def test_the_dialog_says_who_and_when_and_reload_takes_theirs(qtbot, demo_context, kanagawa_mou):
    mine, _theirs = two_saves(qtbot, demo_context, kanagawa_mou)
    seen = []
    on_conflict(lambda dialog: dialog.reload_button.click(), seen)
    assert not mine.save()
    (message, rows), = seen
    changed = get_agreement(demo_context.db, kanagawa_mou).updated_at.replace(tzinfo=timezone.utc).astimezone()
    assert "tester" in message  # who saved first, and when (local time, to the minute)
    assert any(f"{changed + timedelta(minutes=m):%Y-%m-%d %H:%M}" in message for m in (-1, 0, 1)), message
    assert ("Title", "My title", "Their title") in rows
    assert mine.title_edit.text() == "Their title" and not mine.is_changed
    assert get_agreement(demo_context.db, kanagawa_mou).title == "Their title"


def test_save_mine_over_theirs(qtbot, demo_context, kanagawa_mou):
    mine, theirs = two_saves(qtbot, demo_context, kanagawa_mou)
    version = get_agreement(demo_context.db, kanagawa_mou).version
    seen = []
    on_conflict(lambda dialog: dialog.overwrite_button.click(), seen)
    mine.save()
    assert seen and not mine.is_changed
    stored = get_agreement(demo_context.db, kanagawa_mou)
    assert stored.title == "My title" and stored.version == version + 1
    assert theirs.title_edit.text() == "My title"  # the other window, untouched since, reloads by itself


def test_keep_editing_leaves_everything_as_it_was(qtbot, demo_context, kanagawa_mou):
    mine, _theirs = two_saves(qtbot, demo_context, kanagawa_mou)
    seen = []
    on_conflict(lambda dialog: dialog.reject(), seen)
    assert not mine.save()
    assert seen and mine.is_changed and mine.title_edit.text() == "My title"
    assert get_agreement(demo_context.db, kanagawa_mou).title == "Their title"


def test_partners_and_signatories_compared_by_name(qtbot, demo_context, kanagawa_mou):
    mine, theirs = open_form(qtbot, demo_context, kanagawa_mou), open_form(qtbot, demo_context, kanagawa_mou)
    retitle(mine, "My title")
    theirs.signatories.rows[1].edits["title"].clear()
    type_text(theirs.signatories.rows[1].edits["title"], "知事")
    qtbot.mouseClick(theirs.buttons.button(SAVE), Qt.MouseButton.LeftButton)
    seen = []
    on_conflict(lambda dialog: dialog.reject(), seen)
    mine.save()
    rows = dict((field, (a, b)) for field, a, b in seen[0][1])
    assert "副知事" in rows["Signatories"][0] and "知事" in rows["Signatories"][1]
    assert "Partners" not in rows  # the same partner on both sides, by name
