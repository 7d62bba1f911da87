"""Finding organisations by typing any part of their name, in any script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.services.organisations import OrganisationData, create_organisation
from desktop.widgets.organisation_picker import OrganisationListPicker, OrganisationPicker
from gui_support import type_text


@pytest.fixture
def kanagawa(context):
    return create_organisation(context.db, OrganisationData(
        kind="prefecture", name_ja="神奈川県", name_en="Kanagawa Prefecture", name_kana="カナガワケン")).record.id


@pytest.mark.parametrize("typed", ["神奈川", "かながわ", "Kanagawa", "kanag"])
def test_any_script_finds_the_organisation(qtbot, context, kanagawa, typed):
    picker = OrganisationPicker(context)
    qtbot.addWidget(picker)
    picker.show()
    changes = []
    picker.changed.connect(lambda: changes.append(picker.organisation_id()))
    type_text(picker.search, typed)
    qtbot.waitUntil(lambda: picker.search.offered() != [])
    assert picker.search.offered()[0][0] == kanagawa
    picker.search.choose(0)
    assert picker.organisation_id() == kanagawa and changes == [kanagawa]
    assert "Kanagawa Prefecture" in picker.search.text()


def test_enter_takes_the_only_match_and_typing_over_it_drops_it(qtbot, context, kanagawa):
    create_organisation(context.db, OrganisationData(kind="city", name_ja="横浜市", name_en="Yokohama City"))
    picker = OrganisationPicker(context)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Kana")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # before the pause is over: searched at once
    assert picker.organisation_id() == kanagawa
    qtbot.keyClicks(picker.search, "x")
    assert picker.organisation_id() is None


def test_several_added_and_removed(qtbot, context, kanagawa):
    yokohama = create_organisation(context.db, OrganisationData(kind="city", name_ja="横浜市",
                                                                name_en="Yokohama City")).record.id
    parties = OrganisationListPicker(context)
    qtbot.addWidget(parties)
    parties.show()
    changes = []
    parties.changed.connect(lambda: changes.append(list(parties.organisation_ids())))
    for typed in ("かながわ", "横浜"):
        type_text(parties.search, typed)
        qtbot.waitUntil(lambda: parties.search.offered() != [])
        parties.search.choose(0)
    assert parties.organisation_ids() == [kanagawa, yokohama]
    assert parties.model.data(parties.model.index(0, 0)) == "Kanagawa Prefecture (神奈川県)"
    # an organisation already on the list is not offered again
    type_text(parties.search, "Kanagawa")
    parties.search.search_now()
    assert parties.search.offered() == []
    parties.view.setCurrentIndex(parties.model.index(0, 0))
    qtbot.mouseClick(parties.remove_button, Qt.MouseButton.LeftButton)
    assert parties.organisation_ids() == [yokohama]
    assert changes == [[kanagawa], [kanagawa, yokohama], [yokohama]]
