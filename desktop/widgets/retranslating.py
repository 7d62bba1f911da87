"""Widgets that put their text in the current language when it is switched.

Switching language (``desktop.i18n.switch_language``) makes Qt send every widget a
``LanguageChange`` event; a widget that shows text says it in ``retranslate()``, which
it also calls once when it is built.  This mixin, placed before the Qt class among the
bases, routes the event to that method, the same way for every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin: ``LanguageChange`` calls ``self.retranslate()``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc] - the Qt class after this mixin
