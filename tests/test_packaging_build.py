"""The built program: ``pyinstaller build.spec`` makes a folder whose two programs start, speak
Japanese, report the project's version and pass their self-test offscreen, and which leaves
out the Qt modules, plugins and translations the program does not use.

Building takes a minute or two, so these tests run only when asked (``pytest -m packaging``;
.ci/run does).  ``KAKEHASHI_BUNDLE=dist/Kakehashi`` checks a bundle built before instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
EXE = ".exe" if sys.platform == "win32" else ""
# What the program never uses: were any of these in the bundle, the exclusions stopped working.
UNUSED_QT = ("Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6WebEngine", "Qt6Designer", "Qt6Sql", "Qt6Test", "Qt63D",
             "Qt6Multimedia", "Qt6Charts")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("KAKEHASHI_BUNDLE")
    if given:
        return Path(given).resolve()
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "Kakehashi"


def program(bundle: Path, name: str) -> Path:
    if sys.platform == "darwin" and (bundle.parent / "Kakehashi.app").is_dir():
        return bundle.parent / "Kakehashi.app" / "Contents" / "MacOS" / name
    return bundle / f"{name}{EXE}"


def run(path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    return subprocess.run([str(path), *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300)


def test_the_bundle_holds_the_window_and_the_command_line(bundle):
    for name in ("Kakehashi", "kakehashi-cli"):
        path = program(bundle, name)
        assert path.is_file() and os.access(path, os.X_OK), path


def test_the_built_program_passes_its_self_test_offscreen(bundle):
    result = run(program(bundle, "kakehashi-cli"), "--self-test", "--offscreen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Kakehashi {VERSION} self-test passed in ")
    assert "on offscreen" in result.stdout and "calendar" in result.stdout


def test_the_built_command_line_reports_the_version_and_speaks_japanese(bundle):
    cli = program(bundle, "kakehashi-cli")
    version = run(cli, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"kakehashi {VERSION}"
    help_ja = run(cli, "--lang", "ja", "--help")
    assert help_ja.returncode == 0 and "使い方" in help_ja.stdout


def test_the_bundle_leaves_out_what_the_program_does_not_use(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = [p.name for p in files]
    for unused in UNUSED_QT:
        assert not [n for n in names if unused in n], unused
    qt_translations = [p.name for p in files if p.suffix == ".qm" and p.parent.name == "translations"
                       and "PySide6" in p.parts]
    assert "qtbase_ja.qm" in qt_translations
    assert all(n.endswith(("_ja.qm", "_en.qm")) for n in qt_translations), qt_translations
    plugins = {p.parent.name for p in files if "plugins" in p.parts}
    assert not plugins & {"tls", "networkinformation", "generic", "egldeviceintegrations", "sqldrivers"}
    assert {"platforms", "printsupport"} <= plugins
    ours = {p.name for p in files if p.parent.name == "translations" and "resources" in p.parts}
    assert ours == {"kakehashi_ja.ts", "kakehashi_ja.qm"}
