"""Japanese/English for the desktop: loading Qt translators and translating the core's messages.

The Qt-free core (``db/``) raises errors and returns warnings as English templates
plus parameters, marked with ``QT_TRANSLATE_NOOP``.  Here they are translated with
``QCoreApplication.translate(context, template)`` and only then filled in, so the
translation sees the template (which is what lupdate collected), not the filled text.
See docs/translations.md for how the ``.ts`` files are kept up to date.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from db import catalogue
from db.dates import DateParseError
from db.errors import KakehashiError, ValidationError
from db.i18n import FIELD_LINE
from db.location import app_data_dir

log = logging.getLogger(__name__)

CATALOG = "kakehashi"  # kakehashi_<lang>.ts / .qm
SOURCE_LANGUAGE = "en"  # the text in the code is English; it needs no translator


def translations_dir() -> Path:
    """``resources/translations`` beside the packages: in a checkout, in an installed wheel
    (which force-includes ``resources``) and in a PyInstaller bundle (``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "translations"


def _lrelease() -> Path:
    """The ``pyside6-lrelease`` script beside the running Python (a venv's bin/ or Scripts/),
    else the ``lrelease`` binary PySide6 ships in its package folder, else one on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    import PySide6

    candidates = [Path(sys.executable).parent / f"pyside6-lrelease{exe}",
                  Path(PySide6.__file__).resolve().parent / f"lrelease{exe}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return Path(found)
    raise FileNotFoundError("lrelease was not found beside Python, in PySide6 or on PATH")


def compile_translations(target_dir: Path, source_dir: Path | None = None) -> list[Path]:
    """Build ``<name>.qm`` in ``target_dir`` from every ``.ts`` in ``source_dir``.

    Each file is written under a temporary name and then renamed, so a second copy of
    the app starting at the same moment never loads a half-written catalogue.
    """
    source_dir = source_dir or translations_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    built = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = target_dir / f"{ts.stem}.qm"
        partial = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")
        result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)],
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"lrelease failed on {ts}: {(result.stderr or result.stdout).strip()}")
        os.replace(partial, qm)
        built.append(qm)
    return built


def ui_language(locale: QLocale | None = None) -> str:
    """The first of the locale's preferred UI languages that the app speaks (ja or en).

    Walking ``uiLanguages()`` in order respects a user who prefers English on a
    Japanese-region system; anything unknown ends in the English source text.
    """
    locale = locale or QLocale.system()
    folder = translations_dir()
    available = {p.stem.split("_", 1)[1].lower() for pattern in ("*.ts", "*.qm")
                 for p in folder.glob(f"{CATALOG}_{pattern}")}
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code == SOURCE_LANGUAGE or code in available:
            return code
    return SOURCE_LANGUAGE


def _catalogue(lang: str) -> Path | None:
    """A current ``.qm`` for ``lang``: the one shipped beside the ``.ts`` if up to date, else
    one built into the user's data folder.  Built there because the install folder
    (site-packages, Program Files) is often read-only and a ``.qm`` is a build product
    that is not committed; only frozen builds are expected to ship it prebuilt — and a bundle's
    own is always current (its files' times are those of the copy, in any order)."""
    ts = translations_dir() / f"{CATALOG}_{lang}.ts"
    shipped = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)
    if shipped.is_file() and (frozen or not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    cached = app_data_dir() / "translations" / shipped.name
    if not cached.is_file() or cached.stat().st_mtime < ts.stat().st_mtime:
        compile_translations(cached.parent)
    return cached


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the app's and Qt's own (standard buttons, dialogs) translators for the UI
    language of ``locale`` (the system's when None).  See :func:`switch_language`."""
    return switch_language(app, ui_language(locale))


# The translators now installed, and the language they speak: switching language removes
# them and installs the new ones, and Qt sends every widget a LanguageChange event.
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the installed translators speak ("en" when none are installed)."""
    return _language


def switch_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Speak ``lang`` ("ja", "en", or "system" for the system's choice) from now on.

    Returns the translators installed (the caller may keep them; they are also kept here).
    A missing or broken catalogue is logged and leaves the app in English rather than
    stopping it.
    """
    global _language
    if lang not in ("ja", "en"):
        lang = ui_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = SOURCE_LANGUAGE
    if lang == SOURCE_LANGUAGE:
        return []
    try:
        ours = _catalogue(lang)
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        log.warning("Cannot build the %s translations: %s", lang, exc)
        ours = None
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (ours, qt_dir / f"qtbase_{lang}.qm"):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("Cannot load the translations %s", path)
    if _installed:
        _language = lang
    return list(_installed)


def _tr(context: str, template: str, params: Mapping[str, Any]) -> str:
    """Translate, then fill in; a translation whose placeholders do not fit falls back to English."""
    text = QCoreApplication.translate(context, template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("Translation of %r does not fit its parameters", template)
        return template.format(**params)


def tr_error(exc: BaseException, field_label: Callable[[str], str] | None = None) -> str:
    """The error in the UI language; a ValidationError gives one line per field problem.

    ``field_label`` turns a field name (``name_ja``) into the form's label for it; without
    one, or where it gives nothing, the field is named by its label in ``db.catalogue``.
    """
    if isinstance(exc, ValidationError):
        def label(name: str) -> str:
            return ((field_label(name) if field_label else None)
                    or catalogue.field_label(exc.record, name, translate=QCoreApplication.translate))
        lines = []
        for e in exc.errors:
            message = _tr("Validation", e.message, {"field": label(e.field), **e.params})
            lines.append(_tr("Validation", FIELD_LINE, {"field": label(e.field), "message": message}))
        return "\n".join(lines)
    if isinstance(exc, DateParseError):
        reason = _tr("Dates", exc.reason_template, exc.reason_params) if exc.reason_template else ""
        return _tr("Dates", exc.message, {**exc.params, "reason": reason})
    if isinstance(exc, KakehashiError):
        params = dict(exc.params)
        if "record" in params:  # a kind of record, named in English by the core
            params["record"] = QCoreApplication.translate("Records", str(params["record"]))
        return _tr(exc.context, exc.message, params)
    return str(exc)


def tr_warning(template: str, params: Mapping[str, Any]) -> str:
    """A storage warning from ``db.storage.storage_warnings`` in the UI language."""
    return _tr("Warnings", template, params)


def tr_operation(description: str) -> str:
    """An operation description stored (in English) in the history, in the UI language.

    Descriptions that were never marked (older rows, generated ones) come back unchanged.
    """
    return QCoreApplication.translate("Operations", description)


def tr_field(kind: str, field: str) -> str:
    """A field's label (``db.catalogue``) in the UI language, for forms and column headers."""
    return catalogue.field_label(kind, field, translate=QCoreApplication.translate)


def tr_value(enum_name: str, value: object) -> str:
    """An enumeration value's label (``db.catalogue``) in the UI language, for drop-downs and cells."""
    return catalogue.value_label(enum_name, value, translate=QCoreApplication.translate)


def tr_record(kind: str) -> str:
    """A kind of record (``db.catalogue``) in the UI language."""
    return catalogue.record_name(kind, translate=QCoreApplication.translate)
