"""``db/`` is the Qt-free core: nothing in it may import Qt or the desktop package."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import db

FORBIDDEN = ("PySide6", "shiboken6", "desktop")
DB_DIR = Path(db.__file__).resolve().parent
ROOT = DB_DIR.parent


def _forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every import of a forbidden package in ``source``, wherever it is (also inside functions)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [f"{filename}:{node.lineno}: import {a.name}" for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and _forbidden(node.module):
            found.append(f"{filename}:{node.lineno}: from {node.module} import ...")
        elif (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
              and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and _forbidden(node.args[0].value)):
            found.append(f"{filename}:{node.lineno}: dynamic import of {node.args[0].value}")
    return found


def test_the_scan_finds_forbidden_imports():
    source = textwrap.dedent("""
        import os
        import PySide6.QtCore
        from shiboken6 import isValid
        from desktop.main_window import MainWindow
        def later():
            import importlib
            importlib.import_module("PySide6.QtWidgets")
        from .desktop import helper   # relative: db.desktop, allowed
        import desktopography          # another package that only starts with the name
    """)
    found = forbidden_imports(source)
    assert len(found) == 4
    assert [line.split(":")[1] for line in found] == ["3", "4", "5", "8"]


def test_no_module_under_db_imports_qt_or_desktop_statically():
    files = sorted(DB_DIR.rglob("*.py"))
    assert DB_DIR / "lifecycle.py" in files
    assert any("versions" in f.parts for f in files)  # the migrations are scanned too
    problems = []
    for path in files:
        problems += forbidden_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert problems == []


CHECK_LOADED = textwrap.dedent("""
    import sys
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "desktop"))
    assert not loaded, loaded
""")

IMPORT_EVERYTHING = textwrap.dedent("""
    import importlib, pkgutil, sys
    import db

    imported = []
    for info in pkgutil.walk_packages(db.__path__, "db."):
        if info.name == "db.migrations.env":
            continue  # run by Alembic below, not importable on its own
        importlib.import_module(info.name)
        imported.append(info.name)
    assert "db.lifecycle" in imported and "db.services" in imported, imported

    # Running the migrations executes env.py and every revision file.
    from db import migrate
    from db.lifecycle import open_database
    with open_database("sqlite://") as database:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    print(len(imported))
""") + CHECK_LOADED


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_importing_every_db_module_does_not_load_qt():
    result = run_python(IMPORT_EVERYTHING)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.strip()) > 10  # the walk really found the modules


def test_the_subprocess_check_would_see_qt():
    """The same check fails when Qt is loaded, so a pass above means something."""
    result = run_python("import db.lifecycle\nimport PySide6.QtCore\n" + CHECK_LOADED)
    assert result.returncode != 0
    assert "AssertionError" in result.stderr and "PySide6" in result.stderr
    assert run_python("import db.lifecycle\n" + CHECK_LOADED).returncode == 0
