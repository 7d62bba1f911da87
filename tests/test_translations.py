"""The Japanese catalogue is complete, keeps every placeholder, compiles, and is what the
desktop shows for the core's real errors when the system language is Japanese."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from db import catalogue, i18n as core_i18n
from db.dates import DateParseError, parse_date
from db.errors import DatabaseError, ValidationError
from db.lifecycle import open_database
from db.services.organisations import OrganisationData, create_organisation
from db.storage import CLOUD
from desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kakehashi_ja.ts"
JAPANESE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
LUPDATE_OPTIONS = ["-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the message's <translation> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def lupdate() -> Path:
    exe = ".exe" if sys.platform == "win32" else ""
    tool = Path(sys.executable).parent / f"pyside6-lupdate{exe}"
    return tool if tool.is_file() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


# ---------------------------------------------------------------- the catalogue


def test_every_marked_message_is_in_the_catalogue_and_translated(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([str(lupdate()), *LUPDATE_OPTIONS, "db", "desktop", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    committed, current = messages(TS), messages(copy)
    assert len(current) > 60  # lupdate really read the sources
    new = sorted(set(current) - set(committed))
    gone = sorted(set(committed) - set(current))
    assert not new, f"messages not yet in {TS.name}; run lupdate and translate them: {new}"
    assert not gone, f"messages no longer in the code; run lupdate with -no-obsolete: {gone}"
    unfinished = [key for key, t in current.items() if t.get("type") or not (t.text or "").strip()]
    assert not unfinished, f"untranslated messages: {unfinished}"
    assert ET.parse(TS).getroot().get("language") == "ja_JP"
    assert "<location" not in TS.read_text(encoding="utf-8")  # kept with -locations none


def placeholder_mismatches(pairs: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Translations whose ``{placeholders}`` (counted, in any order) differ from their source's."""
    return {key: text for key, text in pairs.items()
            if sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(text))}


def test_translations_keep_exactly_the_placeholders_of_their_source():
    found = {key: t.text or "" for key, t in messages(TS).items() if not t.get("type")}  # finished ones
    assert not placeholder_mismatches(found), f"placeholders differ: {placeholder_mismatches(found)}"
    assert [key for key, text in found.items() if not JAPANESE.search(text)] == []


def test_the_placeholder_check_sees_lost_renamed_and_doubled_placeholders():
    source = ("Warnings", "{path} is in a folder synchronised by {service}.")
    assert not placeholder_mismatches({source: "{service} で同期される {path}"})
    for wrong in ("{path} は同期されています", "{path} は {サービス} で同期", "{path} {path} {service}"):
        assert placeholder_mismatches({source: wrong})


# ---------------------------------------------------------------- the desktop side


@pytest.fixture
def japanese(qapp, tmp_path):
    built = i18n.compile_translations(tmp_path / "qm")
    assert [p.name for p in built] == ["kakehashi_ja.qm"] and built[0].stat().st_size > 0
    translators = i18n.install_translators(qapp, QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    assert translators
    yield translators
    i18n.switch_language(qapp, "en")


def validation_error(db) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, OrganisationData(kind="x", country="Japan"))
    return caught.value


def newer_schema_error(tmp_path) -> DatabaseError:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    return caught.value


def date_error() -> DateParseError:
    with pytest.raises(DateParseError) as caught:
        parse_date("2021-02-29")
    return caught.value


def test_japanese_system_gets_japanese_errors(japanese, db, tmp_path):
    lines = i18n.tr_error(validation_error(db)).splitlines()
    assert len(lines) >= 3  # kind, name and country are all wrong
    assert "種別：「x」は指定できません。次のいずれかを指定してください：" in lines[0]
    assert "日本語名：日本語名または英語名を入力してください。" in lines  # fields by their labels
    assert "国：「Japan」は国コードではありません。JP や US のような2文字のコードを入力してください。" in lines

    text = i18n.tr_error(newer_schema_error(tmp_path))
    assert "は新しいバージョンの Kakehashi で作成されています（スキーマ 9999_future）" in text
    assert "newer.sqlite3" in text

    assert i18n.tr_error(date_error()) == "「2021-02-29」は日付として認識できません（存在しない日付です）。"

    assert i18n.tr_warning(CLOUD, {"path": "C:/x.sqlite3", "service": "OneDrive"}).startswith(
        "C:/x.sqlite3 は OneDrive で同期されるフォルダーにあります。")
    assert i18n.tr_operation("Add organisation") == "組織を追加"
    assert i18n.tr_operation("Add 5 demo organisations") == "Add 5 demo organisations"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # Qt's own buttons


def test_english_system_gets_the_english_source_text(qapp, db, tmp_path):
    assert i18n.install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.Japan)) == []
    error = validation_error(db)
    assert i18n.tr_error(error).splitlines() == [
        f"{catalogue.field_label('organisation', e.field)}: {e.text()}" for e in error.errors]
    assert "Japanese name: Give a Japanese or an English name." in i18n.tr_error(error)
    assert "'Japan' is not a two-letter country code such as JP or US." in i18n.tr_error(error)
    database_error = newer_schema_error(tmp_path)
    assert i18n.tr_error(database_error) == database_error.text()
    assert "was written by a newer version of Kakehashi (schema 9999_future)" in i18n.tr_error(database_error)
    assert i18n.tr_error(date_error()) == "Not a date: '2021-02-29' (no such day)"
    assert i18n.tr_operation("Add organisation") == "Add organisation"


def test_the_kind_of_record_is_translated_too(japanese, db):
    from db.errors import NotFound
    from db.services.organisations import get_organisation

    with pytest.raises(NotFound) as caught:
        get_organisation(db, 404)
    assert i18n.tr_error(caught.value) == "組織（ID 404）は存在しません。"


def test_field_labels_replace_field_names(japanese, db):
    text = i18n.tr_error(validation_error(db), field_label={"country": "国"}.get)
    assert "国：「Japan」は国コードではありません。" in text
    assert "日本語名：日本語名または英語名を入力してください。" in text  # no label given: the catalogue's


def test_the_ui_language_follows_the_preferred_languages_in_order():
    assert i18n.ui_language(QLocale("ja_JP")) == "ja"
    assert i18n.ui_language(QLocale("en_US")) == "en"
    assert i18n.ui_language(QLocale("de_DE")) == "en"
    assert i18n.ui_language(QLocale.c()) == "en"


@pytest.fixture
def source_only(monkeypatch, tmp_path):
    """A translations folder holding only the .ts, as in a checkout or a wheel."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def install_and_check(qapp) -> None:
    translators = i18n.install_translators(qapp, QLocale("ja_JP"))
    try:
        assert i18n.tr_operation("Delete for good") == "完全に削除"
    finally:
        i18n.switch_language(qapp, "en")
    assert translators


def test_without_a_shipped_catalogue_it_is_built_into_the_data_folder(qapp, source_only):
    cached = i18n.app_data_dir() / "translations" / "kakehashi_ja.qm"
    assert not cached.exists()
    install_and_check(qapp)
    assert cached.is_file()
    built_at = cached.stat().st_mtime_ns
    install_and_check(qapp)
    assert cached.stat().st_mtime_ns == built_at  # not rebuilt while current


def test_a_current_shipped_catalogue_is_used_and_a_stale_one_is_not(qapp, source_only):
    cached = i18n.app_data_dir() / "translations" / "kakehashi_ja.qm"
    shipped = i18n.compile_translations(source_only)[0]
    install_and_check(qapp)
    assert not cached.exists()
    ts = source_only / TS.name
    os.utime(ts, ns=(shipped.stat().st_mtime_ns + 10**9,) * 2)  # the .ts was edited after the build
    install_and_check(qapp)
    assert cached.is_file()


def test_a_translation_with_wrong_placeholders_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda c, t: "{wrong} です"))
    assert i18n.tr_warning("{path} is bad", {"path": "/x"}) == "/x is bad"


def test_translations_dir_follows_a_pyinstaller_bundle(monkeypatch, tmp_path):
    assert i18n.translations_dir() == TS.parent
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"


def test_the_command_line_says_errors_as_the_desktop_does(japanese, db, tmp_path):
    """db.i18n reads the same .ts without Qt and gives the very text the desktop shows."""
    from db.errors import NotFound
    from db.services.organisations import get_organisation

    with pytest.raises(NotFound) as caught:
        get_organisation(db, 404)
    errors = [validation_error(db), newer_schema_error(tmp_path), date_error(), caught.value]
    for error in errors:
        assert core_i18n.error_text(error, "ja") == i18n.tr_error(error)
    assert core_i18n.error_text(caught.value, "ja") == "組織（ID 404）は存在しません。"
    assert core_i18n.error_text(caught.value, "en") == "There is no organisation with id 404."
    assert core_i18n.error_text(date_error(), "en") == "Not a date: '2021-02-29' (no such day)"


def test_list_items_in_validation_errors_are_named_by_the_catalogue(japanese, db):
    from db.errors import REQUIRED, FieldError

    error = ValidationError([FieldError("signatories[1].name", REQUIRED)], "agreement")
    assert i18n.tr_error(error) == core_i18n.error_text(error, "ja") == "署名者（2）の氏名：必須項目です。"
    assert core_i18n.error_text(error, "en") == "Signatories 2: Full name: This field is required."


def test_forms_and_columns_take_their_words_from_the_catalogue(japanese):
    assert i18n.tr_field("agreement", "renewal_deadline") == "更新判断期限"
    assert i18n.tr_field("organisation", "name_en") == "英語名"
    assert i18n.tr_value("OrganisationKind", "university") == "大学"
    assert i18n.tr_value("bool", True) == "はい"
    assert i18n.tr_record("agreement_party") == "パートナー"
    for kind in catalogue.FIELDS:  # the desktop's compiled catalogue and the command line's reading agree
        for name in catalogue.fields(kind):
            assert i18n.tr_field(kind, name) == catalogue.field_label(kind, name, "ja")


def test_english_forms_show_the_source_labels(qapp):
    assert i18n.tr_field("agreement", "renewal_deadline") == "Renewal decision deadline"
    assert i18n.tr_value("OrganisationKind", "university") == "University"
