"""Typing dates as people write them, in the form's date field."""

from __future__ import annotations

from datetime import date

import pytest

from db.dates import DateParseError
from desktop.widgets.date_field import DateField
from gui_support import type_text


@pytest.mark.parametrize("typed", ["2020-09-18", "2020/9/18", "令和2年9月18日", "R2.9.18", "２０２０／９／１８"])
def test_era_and_western_input_give_the_same_day(qtbot, context, typed):
    field = DateField(context)
    qtbot.addWidget(field)
    changes = []
    field.changed.connect(lambda: changes.append(True))
    type_text(field.edit, typed)
    assert field.date() == date(2020, 9, 18) and field.is_valid() and changes


def test_a_wrong_date_is_explained_and_refused(qtbot, context):
    field = DateField(context)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "2021-02-29")
    assert not field.is_valid()
    assert "2021-02-29" in field.hint.text() and field.hint.isVisible()
    with pytest.raises(DateParseError):
        field.date()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "")
    field._typed("")
    assert field.date() is None and field.is_valid()


def test_shown_in_the_users_style_after_typing(qtbot, context):
    field = DateField(context)
    qtbot.addWidget(field)
    field.set_date(date(2025, 9, 17))
    western = field.text()
    context.set_date_style("era")
    assert field.text() == "令和7年9月17日" and western != field.text()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2025-09-17")
    field.edit.editingFinished.emit()
    assert field.text() == "令和7年9月17日"


def test_a_date_shown_in_a_style_people_do_not_type_still_reads(qtbot, context, qapp):
    """An American interface shows 9/18/2020, which the parser does not take as typed input;
    the field still knows which day it shows, also across a language switch."""
    from desktop import i18n

    field = DateField(context)
    qtbot.addWidget(field)
    field.set_date(date(2020, 9, 18))
    assert field.date() == date(2020, 9, 18) and field.is_valid()
    i18n.switch_language(qapp, "ja")
    context.set_language("ja")
    assert field.date() == date(2020, 9, 18) and field.is_valid()
    assert field.text() == context.format_date(date(2020, 9, 18))
