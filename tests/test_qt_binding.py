"""The Qt binding hands empty values to Python without breaking Python's ``None``.

PySide6 6.12.0 released a reference to ``None`` each time an empty value came back
(an item's data, an unset property, an empty cell); on Python 3.11 the program then
aborted at some later moment.  The lock file keeps that release out; this test keeps
it out for good."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox


def test_empty_values_leave_none_alone(qapp):
    combo = QComboBox()
    combo.addItem("a", None)
    holder = QObject()
    model = QStandardItemModel(1, 1)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert combo.itemData(0) is None
        assert holder.property("unset") is None
        assert model.index(0, 0).data() is None
    # Other code may take or drop a few references meanwhile; a leak is 1,500 of them.
    assert abs(sys.getrefcount(None) - before) < 100
