"""The Calendar page's filter buttons: which item types, partner kinds and statuses to show.

Each is a button with a menu of check marks that stays open while people tick several
(a plain QMenu closes at the first).  The choices become a ``CalendarFilter`` for the
core (``db.services.calendar``); nothing chosen by hand means every value.  The values
and their names are the catalogue's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QMouseEvent, QPixmap
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from db import catalogue
from db.services.calendar import ItemType
from desktop.calendar.look import type_colour, type_name
from desktop.i18n import tr_value
from desktop.widgets.retranslating import Retranslating

translate = QCoreApplication.translate


class StayOpenMenu(QMenu):
    """A menu of check marks that stays open while they are ticked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Space and Enter tick too, without closing
        action = self.activeAction()
        if action is not None and action.isCheckable() and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return,
                                                                           Qt.Key.Key_Enter):
            action.trigger()
            return
        super().keyPressEvent(event)


class ChoiceFilter(Retranslating, QPushButton):
    """A button naming a filter and what it keeps ("Partner kind: University"), with
    a menu of its values.  ``chosen()`` is None while every value is shown."""

    changed = Signal()

    def __init__(self, values: Sequence[str], name_of: Callable[[str], str], caption: Callable[[], str],
                 icon_of: Callable[[str], QIcon] | None = None, parent: QWidget | None = None, *,
                 note: Callable[[], str] | None = None):
        super().__init__(parent)
        self._values = tuple(values)
        self._name_of, self._caption, self._icon_of, self._note = name_of, caption, icon_of, note
        # A push button draws its menu's arrow beside the text (a tool button's overlaps it).
        self._menu = StayOpenMenu(self)
        self.setMenu(self._menu)
        self._all = QAction(self)
        self._all.triggered.connect(self.clear)
        self._menu.addAction(self._all)
        self._menu.addSeparator()
        self._actions: dict[str, QAction] = {}
        for value in self._values:
            act = QAction(self, checkable=True, checked=True)
            act.setData(value)
            if icon_of is not None:
                act.setIcon(icon_of(value))
            act.toggled.connect(self._toggled)
            self._menu.addAction(act)
            self._actions[value] = act
        self.retranslate()

    def chosen(self) -> frozenset[str] | None:
        ticked = frozenset(value for value, act in self._actions.items() if act.isChecked())
        return None if len(ticked) == len(self._actions) else ticked

    def set_chosen(self, values: frozenset[str] | None) -> None:
        """Tick ``values`` (None: all) without a ``changed`` for each tick."""
        for value, act in self._actions.items():
            act.blockSignals(True)
            act.setChecked(values is None or value in values)
            act.blockSignals(False)
        self._show_choice()
        self.changed.emit()

    def clear(self) -> None:
        self.set_chosen(None)

    def _toggled(self, _checked: bool) -> None:
        self._show_choice()
        self.changed.emit()

    def _show_choice(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            what = translate("Calendar", "all")
        elif not chosen:
            what = translate("Calendar", "none")
        elif len(chosen) == 1:
            what = self._name_of(next(iter(chosen)))
        else:
            what = translate("Calendar", "{count} of {total}").format(count=len(chosen), total=len(self._values))
        self.setText(translate("Calendar", "{filter}: {choice}").format(filter=self._caption(), choice=what))
        # The button's text may be elided in a narrow window; the tooltip lists every choice.
        names = [self._name_of(v) for v in self._values if chosen is None or v in chosen]
        tip = "\n".join(names) if names else translate("Calendar", "Nothing is chosen: nothing is shown.")
        if self._note is not None:
            tip += "\n\n" + self._note()
        self.setToolTip(tip)
        self.setAccessibleName(self.text())

    def retranslate(self) -> None:
        self._all.setText(translate("Calendar", "Show All"))
        for value, act in self._actions.items():
            act.setText(self._name_of(value))
        self._show_choice()


def _swatch(value: str) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(type_colour(value))
    return QIcon(pixmap)


def type_filter(parent: QWidget | None = None) -> ChoiceFilter:
    return ChoiceFilter([t.value for t in ItemType], type_name, lambda: translate("Calendar", "Dates"),
                        _swatch, parent)


def partner_kind_filter(parent: QWidget | None = None) -> ChoiceFilter:
    return ChoiceFilter(catalogue.values("OrganisationKind"), lambda v: tr_value("OrganisationKind", v),
                        lambda: translate("Calendar", "Partner kind"), None, parent)


def status_filter(parent: QWidget | None = None) -> ChoiceFilter:
    return ChoiceFilter(catalogue.values("AgreementStatus"), lambda v: tr_value("AgreementStatus", v),
                        lambda: translate("Calendar", "Status"), None, parent, note=lambda: translate(
                            "Calendar", "Choosing a status shows agreements only: memberships and activities "
                                        "have none."))
