"""Measures of the Excel exchange, each against a baseline doing the same work in the
same run:

- import of 10,000 and 100,000 partner rows end to end (a municipal layout without keys,
  into an empty database) ÷ (python-calamine reading the same file + sqlite3
  ``executemany`` of its rows), each in a fresh process; goal ≤ 3×;
- peak memory of the 100,000-row import's process;
- the styled export of 10,000 partners ÷ openpyxl's write-only mode writing the same
  values plainly; goal ≤ 1.5×.

Workbooks are generated from the benchmark database once and kept in build/benchmarks/.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import data  # noqa: E402

GOALS = {
    "import_10k": ("import 10,000 rows end to end", "ms", 3.0, "ratio"),
    "import_100k": ("import 100,000 rows end to end", "ms", 3.0, "ratio"),
    "import_memory": ("peak memory of the 100,000-row import", "MB", 1000.0, "value"),
    "export_10k": ("styled .xlsx export of 10,000 partners", "ms", 1.5, "ratio"),
}
HEADER = ["団体名", "英文名", "ふりがな", "種別", "国", "都道府県", "市区町村", "所在地", "ホームページ", "タグ", "備考"]
KIND_JA = {"university": "大学", "research_institute": "研究機関", "prefecture": "都道府県", "city": "市区町村",
           "industry_association": "業界団体", "foundation": "財団", "company": "企業", "research_park": "サイエンスパーク",
           "hospital": "医療機関", "other": "その他"}


def workbook(source: Path, rows: int) -> Path:
    """A municipal-style partners list of ``rows`` rows (no key column), from the
    benchmark database's organisations."""
    target = data.CACHE / f"import-{rows}.xlsx"  # delete it after changing the layout below
    if target.exists():
        return target
    import openpyxl

    with closing(sqlite3.connect(source)) as conn:
        tags: dict[int, list[str]] = defaultdict(list)
        for org_id, name in conn.execute("SELECT ot.organisation_id, t.name FROM organisation_tag ot "
                                         "JOIN tag t ON t.id = ot.tag_id ORDER BY t.name"):
            tags[org_id].append(name)
        every = conn.execute("SELECT id, name_ja, name_en, name_kana, kind, country, region, city, address, website, "
                             "notes FROM organisation ORDER BY id").fetchall()
    # The generator repeats a name now and then; a real list names each partner once, so
    # a repeated name gets a branch number as a second office would.
    from db.exchange.names import match_key

    seen: dict[str, int] = {}
    found = []
    for row in every[:rows]:
        key = match_key(row[1] or row[2])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            row = (row[0], f"{row[1]} 第{seen[key]}事業所" if row[1] else None,
                   f"{row[2]} (office {seen[key]})" if row[2] else None, *row[3:])
        found.append(row)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("連携先一覧")
    sheet.append(HEADER)
    for org_id, ja, en, kana, kind, country, region, city, address, website, notes in found:
        sheet.append([ja, en, kana, KIND_JA.get(kind, kind), country, region, city, address, website,
                      "\n".join(tags.get(org_id, [])) or None, notes])
    partial = target.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.replace(target)
    return target


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("exchange_child.py")), *args], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def import_measure(source: Path, rows: int, empty: Path, repeats: int) -> tuple[dict, dict]:
    book = workbook(source, rows)
    runs = [_child("import", str(book), str(empty)) for _ in range(repeats)]
    raws = [_child("raw", str(book)) for _ in range(repeats)]
    runs.sort(key=lambda r: r["seconds"])
    raws.sort(key=lambda r: r["seconds"])
    return runs[len(runs) // 2], raws[len(raws) // 2]


def export_measure(source: Path, repeats: int) -> tuple[float, float]:
    """Median ms of the styled export and of a plain write-only write of its values."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    from db.exchange import export
    from db.lifecycle import open_database

    styled, plain = [], []
    with tempfile.TemporaryDirectory() as folder, open_database(source, user="benchmark") as db:
        from db.services.organisations import OrganisationQuery, list_organisations

        ids = [o.id for o in list_organisations(db, OrganisationQuery(limit=10_000)).items]
        out = Path(folder) / "styled.xlsx"
        for _ in range(repeats):
            started = time.perf_counter()
            export.export_xlsx(db, "partners", out, lang="ja", ids=ids)
            styled.append(time.perf_counter() - started)
        values = CalamineWorkbook.from_path(out).get_sheet_by_index(0).to_python()
        for _ in range(repeats):
            started = time.perf_counter()
            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet("plain")
            for row in values:
                sheet.append(row)
            book.save(Path(folder) / "plain.xlsx")
            plain.append(time.perf_counter() - started)
    styled.sort()
    plain.sort()
    return styled[len(styled) // 2] * 1000, plain[len(plain) // 2] * 1000


def measure(source: Path, size: int, repeats: int, log) -> dict[str, tuple[float, float | None, str]]:
    from db.lifecycle import open_database

    found: dict[str, tuple[float, float | None, str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.sqlite3"
        open_database(empty, user="benchmark").close()
        sizes = [10_000] + ([100_000] if size >= 100_000 else [])
        for rows in sizes:
            log(f"  importing {rows:,} rows …")
            run, raw = import_measure(source, rows, empty, 3 if rows <= 10_000 else 1)
            name = "import_10k" if rows == 10_000 else "import_100k"
            found[name] = (run["seconds"] * 1000, raw["seconds"] * 1000,
                           f"{run['created']:,} created, {run['errors']} errors; baseline: calamine read + "
                           f"executemany ({raw['peak_mb']:.0f} MB)")
            if rows == 100_000 and run["peak_mb"] is not None:
                found["import_memory"] = (run["peak_mb"], raw["peak_mb"], "peak resident memory of the process")
    styled, plain = export_measure(source, repeats)
    found["export_10k"] = (styled, plain, "baseline: openpyxl write-only, the same values unstyled")
    return found
