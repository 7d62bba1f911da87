"""A filter button offering several choices at once ("Kind: University, Prefecture").

A drop-down button whose menu holds one checkable entry per value; nothing checked
means "all".  The values are the catalogue's (stored values), the labels whatever the
screen gives in the current language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """A menu of ticks that stays open while several are ticked (a click or Space toggles;
    Enter or Esc closes it)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self.activeAction()
        if event.key() == Qt.Key.Key_Space and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


# A tool button that opens a menu draws its arrow over the text's corner in most styles;
# this keeps room for it on the right, where a drop-down's arrow is expected.
MENU_BUTTON_STYLE = ("QToolButton { padding: 3px 18px 3px 8px; }"
                     "QToolButton::menu-indicator { subcontrol-origin: padding;"
                     " subcontrol-position: center right; right: 5px; }")


def make_menu_button(button: QToolButton) -> QToolButton:
    """Make ``button`` open its menu at a click, with its arrow beside the text."""
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet(MENU_BUTTON_STYLE)
    return button


class ChoiceButton(QToolButton):
    """Pick any number of values from a menu; ``changed`` after each pick."""

    changed = Signal()

    def __init__(self, values: Iterable[str], label: Callable[[str], str], title: Callable[[], str],
                 everything: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._label, self._title, self._everything = label, title, everything
        make_menu_button(self)
        self.setMenu(_StayOpenMenu(self))
        self._actions: dict[str, QAction] = {}
        for value in values:
            action = self.menu().addAction("")
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions[value] = action
        self.retranslate()

    def action(self, value: str) -> QAction:
        return self._actions[value]

    def selected(self) -> tuple[str, ...]:
        return tuple(v for v, a in self._actions.items() if a.isChecked())

    def set_selected(self, values: Iterable[str]) -> None:
        """Check exactly these values (unknown ones are ignored), without ``changed``."""
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._show_choice()

    def _toggled(self, _checked: bool) -> None:
        self._show_choice()
        self.changed.emit()

    def _show_choice(self) -> None:
        chosen = [self._label(v) for v in self.selected()]
        shown = ", ".join(chosen) if chosen else self._everything()
        text = self.tr("{title}: {choice}").format(title=self._title(), choice=shown)
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def retranslate(self) -> None:
        for value, action in self._actions.items():
            action.setText(self._label(value))
        self._show_choice()
