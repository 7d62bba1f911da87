"""Japanese and English without Qt: the command line speaks through the same catalogue
(``resources/translations/kakehashi_ja.ts``) that the desktop compiles for its translators.

The ``.ts`` is read once per process and only when Japanese is asked for; English is the
source text and needs no file at all.  Errors are translated the way ``desktop/i18n.py``
does it: the template first, then its parameters filled in.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from db import catalogue
from db.errors import QT_TRANSLATE_NOOP, KakehashiError, ValidationError

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("ja", "en")
FIELD_LINE = QT_TRANSLATE_NOOP("Validation", "{field}: {message}")  # one line per field problem
_JAPANESE_LANGID = 0x11  # LANG_JAPANESE, the primary language of a Windows LANGID


def translations_dir() -> Path:
    """``resources/translations`` beside the packages, in a checkout, a wheel or a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "translations"


def _parse(path: Path):
    try:  # a hardened parser where installed; the catalogue is our own file either way
        from defusedxml.ElementTree import parse
    except ImportError:
        from xml.etree.ElementTree import parse
    return parse(path)


@cache
def messages(lang: str) -> Mapping[tuple[str, str], str]:
    """(context, English source) → finished translation, read once per process.

    Unfinished or empty entries are left out, so they show in English, as in Qt.
    A missing or unreadable catalogue is logged and gives English everywhere.
    """
    path = translations_dir() / f"kakehashi_{lang}.ts"
    found: dict[tuple[str, str], str] = {}
    try:
        root = _parse(path).getroot()
    except (OSError, SyntaxError) as exc:  # ParseError is a SyntaxError
        log.warning("Cannot read the %s translations %s: %s", lang, path, exc)
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translate(context: str, source: str, lang: str) -> str:
    """``source`` in ``lang``; the English source when there is no finished translation."""
    if lang == SOURCE_LANGUAGE or not source:
        return source
    return messages(lang).get((context, source), source)


def fill(context: str, template: str, params: Mapping[str, Any], lang: str) -> str:
    """Translate, then fill in; a translation whose placeholders do not fit falls back to English."""
    text = translate(context, template, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("Translation of %r does not fit its parameters", template)
        return template.format(**params)


def error_text(exc: BaseException, lang: str) -> str:
    """A core error in ``lang``: one line per field problem for a ValidationError (fields
    by their labels), a date error with its reason, any other core error with the kind of
    record it names translated."""
    from db.dates import DateParseError  # db.dates is heavier than this module needs otherwise

    if isinstance(exc, ValidationError):
        lines = []
        for e in exc.errors:
            label = catalogue.field_label(exc.record, e.field, lang)
            message = fill("Validation", e.message, {"field": label, **e.params}, lang)
            lines.append(fill("Validation", FIELD_LINE, {"field": label, "message": message}, lang))
        return "\n".join(lines)
    if isinstance(exc, DateParseError):
        reason = fill("Dates", exc.reason_template, exc.reason_params, lang) if exc.reason_template else ""
        return fill("Dates", exc.message, {**exc.params, "reason": reason}, lang)
    if isinstance(exc, KakehashiError):
        params = dict(exc.params)
        if "record" in params:  # a kind of record, named in English by the core
            params["record"] = translate("Records", str(params["record"]), lang)
        return fill(exc.context, exc.message, params, lang)
    return str(exc)


# ---------------------------------------------------------------- which language


def language_of(tag: str | None) -> str | None:
    """``ja`` or ``en`` for a locale or language tag (``ja_JP.UTF-8``, ``ja-JP``, ``C``);
    None when the tag says nothing."""
    tag = (tag or "").strip()
    if not tag:
        return None
    code = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return "ja" if code == "ja" else SOURCE_LANGUAGE


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """Japanese when the user's first preferred language is Japanese, English otherwise.

    The environment first, as gettext reads it (``LANGUAGE`` is a list in order of
    preference, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); without any, the system's
    UI language (Windows, macOS).  ``environ`` given explicitly is the whole environment.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        first = (env.get(name) or "").split(":")[0]
        found = language_of(first)
        if found is not None:
            return found
    return _system_language() or SOURCE_LANGUAGE


def _system_language() -> str | None:
    try:
        if sys.platform == "win32":
            import ctypes

            langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            return "ja" if langid & 0x3FF == _JAPANESE_LANGID else SOURCE_LANGUAGE
        if sys.platform == "darwin":
            return _mac_language()
    except (OSError, AttributeError, ValueError) as exc:
        log.debug("Cannot ask the system for its language: %s", exc)
    return None


def _mac_language() -> str | None:
    """The first of AppleLanguages, read from the global preferences file (no subprocess)."""
    import plistlib

    path = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with path.open("rb") as f:
            preferred = plistlib.load(f).get("AppleLanguages") or []
    except (OSError, plistlib.InvalidFileException, ValueError):
        preferred = []
    if preferred:
        return language_of(str(preferred[0]))
    import locale

    return language_of((locale.getlocale()[0] or ""))
