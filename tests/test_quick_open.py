"""Quick open: any part of a name, in any script, and the arrow keys and Enter to jump."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.quick_open import QuickOpenDialog
from gui_support import type_text

MOU_TITLE = "ライフサイエンス領域に関するMOU（提携に関する覚書）"


@pytest.fixture
def dialog(demo_context, qtbot):
    widget = QuickOpenDialog(demo_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(dialog):
    return [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]


def test_typing_kanji_finds_the_kanagawa_mou_and_enter_opens_it(dialog, qtbot):
    type_text(dialog.search_box, "神奈川")
    qtbot.waitUntil(dialog.wait_idle)
    assert names(dialog)[0].startswith("神奈川県")  # partners first
    row = names(dialog).index(MOU_TITLE)
    assert dialog.model.hit(row).kind == "agreement"
    assert row == len(dialog.model.partners)  # named with Kanagawa: the first of the agreements
    for _ in range(row):
        QTest.keyClick(dialog.search_box, Qt.Key.Key_Down)
    assert dialog.view.currentIndex().row() == row
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.search_box, Qt.Key.Key_Return)
    assert opened.args == ["agreement", dialog.model.hit(row).id]
    assert not dialog.isVisible()


def test_kana_finds_the_kanji_name_and_enter_opens_the_first(dialog, qtbot):
    type_text(dialog.search_box, "かながわけん")
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.search_box, Qt.Key.Key_Return)  # even before the pause ends
    kind, record_id = opened.args
    assert kind == "organisation"
    from db.services.organisations import get_organisation

    assert get_organisation(dialog.context.db, record_id).name_ja == "神奈川県"


def test_english_and_nothing_found(dialog, qtbot):
    type_text(dialog.search_box, "oxford")
    qtbot.waitUntil(dialog.wait_idle)
    assert any("Oxford University Innovation" in n for n in names(dialog))
    dialog.search_box.clear()
    type_text(dialog.search_box, "zzqx")
    qtbot.waitUntil(dialog.wait_idle)
    assert dialog.model.rowCount() == 0 and "Nothing matches “zzqx”" in dialog.status.text()
