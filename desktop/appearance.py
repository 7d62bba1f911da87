"""How the application looks before any window opens: fonts that have Japanese glyphs,
the system's light or dark colours, and high-DPI rendering.

The system's own interface font stays the first choice everywhere (Segoe UI, San
Francisco, Cantarell…); a Japanese font of the platform is only added behind it as a
fallback, so Latin text looks native and Japanese text never falls back to boxes.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

# Japanese interface fonts, best first, by platform.  On Linux fontconfig also falls back
# by itself, but it may choose a Chinese cut of the Han characters; naming the JP family
# gives the shapes Japanese readers expect.
CJK_FAMILIES = {
    "win32": ("Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic"),
    "darwin": ("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Osaka"),
    "other": ("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic",
              "TakaoPGothic", "VL PGothic", "Droid Sans Fallback"),
}


def before_application() -> None:
    """Settings Qt reads only before the QApplication exists."""
    # Fractional scale factors (125 %, 150 % on Windows laptops) as they are, not rounded:
    # text and lines stay sharp and sized as the user chose.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def cjk_fallbacks(platform: str | None = None) -> list[str]:
    """The Japanese fonts of this platform that are installed, best first."""
    platform = platform or sys.platform
    wanted = CJK_FAMILIES.get(platform, CJK_FAMILIES["other"])
    installed = set(QFontDatabase.families())
    return [family for family in wanted if family in installed]


def apply_fonts(app: QApplication) -> QFont:
    """Keep the system's font and add the Japanese fallbacks behind it; returns the font."""
    font = QFont(app.font())
    primary = font.family()
    fallbacks = [f for f in cjk_fallbacks() if f != primary]
    if not fallbacks:
        log.info("No Japanese interface font found; relying on the system's font fallback")
        return font
    font.setFamilies([primary, *fallbacks])
    # Widgets that set their own family (a monospace details box) still find Japanese glyphs.
    QFont.insertSubstitutions(primary, fallbacks)
    app.setFont(font)
    return font


def follow_colour_scheme(app: QApplication) -> None:
    """Light or dark as the system is, now and when it changes.

    Qt follows the system's scheme by itself on macOS, on GNOME/KDE and with Windows 11's
    style; the classic Windows style has no dark palette, so in dark mode the Fusion style
    (which draws the dark palette the platform hands it) takes its place."""
    hints = app.styleHints()

    def apply(scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and app.style().name().lower() == "windowsvista":
            app.setStyle(QStyleFactory.create("Fusion"))

    apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)


def style_hints(app: QApplication) -> None:
    """Small platform conventions."""
    hints = app.styleHints()
    # Menus and context menus show their shortcuts: keyboard users learn them there.
    hints.setShowShortcutsInContextMenus(True)
    if sys.platform == "darwin":
        app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, True)
