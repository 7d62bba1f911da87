"""``kakehashi --self-test``: from source it passes; a missing or empty catalogue fails it,
naming what is wrong, with exit code 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import self_test
from desktop.i18n import translations_dir


def kakehashi_program() -> str:
    """The ``kakehashi`` script ``uv run kakehashi`` starts, beside the running Python."""
    found = shutil.which("kakehashi", path=str(Path(sys.executable).parent))
    assert found, "the project is not installed in this environment"
    return found


def test_the_self_test_passes_from_source_offscreen():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([kakehashi_program(), "--self-test", "--offscreen"], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    summary = lines[0]
    assert summary.startswith("Kakehashi ") and " self-test passed in " in summary
    for part in ("ja (kakehashi_ja.qm, qtbase_ja.qm)", "SQLite", "defusedxml", "schema", "15 partners out and back",
                 "main window with its icon", "calendar"):
        assert part in summary
    assert "Traceback" not in result.stderr


def test_a_missing_catalogue_fails_naming_it(qapp, tmp_path, capsys):
    code = self_test.main(["--offscreen"], translations=tmp_path)
    captured = capsys.readouterr()
    assert code == self_test.EXIT_FAILED == 1
    assert captured.out == ""
    assert captured.err.strip().endswith(f"FAILED at translations: {tmp_path / 'kakehashi_ja.ts'} is missing")


def test_a_catalogue_without_japanese_fails(qapp, tmp_path):
    source = (translations_dir() / "kakehashi_ja.ts").read_text(encoding="utf-8")
    head = source[:source.index("<context>")]
    (tmp_path / "kakehashi_ja.ts").write_text(head + "</TS>\n", encoding="utf-8")
    passed, line = self_test.run_self_test(tmp_path)
    assert not passed
    assert "FAILED at translations:" in line and "holds no Japanese" in line


def test_the_checks_run_in_order_and_stop_at_the_first_failure(qapp, tmp_path):
    names = [name for name, _check in self_test.SelfTest(tmp_path, tmp_path).checks()]
    assert names == ["Qt", "translations", "SQLite", "defusedxml", "database", "Excel", "window", "calendar"]
    passed, line = self_test.run_self_test(tmp_path)
    assert not passed and "FAILED at translations" in line and "database" not in line
