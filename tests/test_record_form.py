"""What every record's form does alike when it opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.activities.form import ActivityForm
from desktop.agreements.form import AgreementForm
from desktop.partners.form import PartnerForm
from gui_support import type_text


@pytest.mark.parametrize("form_class", [PartnerForm, AgreementForm, ActivityForm])
def test_a_new_form_takes_typing_in_its_first_field(qtbot, context, form_class):
    form = form_class(context)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.window() is form
    type_text(focused, "神奈川")
    assert focused.text().endswith("神奈川")  # the agreement form starts at its partner search
