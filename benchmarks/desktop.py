"""The desktop's measures for benchmarks/run.py, each against a bare PySide6 window with a
QTableView measured in the same run (the child processes are benchmarks/desktop_child.py).

- ``desktop_start``: a whole process, ``kakehashi --db X`` until its main window has
  painted, on the page a first run shows; ``desktop_start_partners`` the same with the
  Partners page remembered as the last one open.  Baseline: a process that shows a bare
  window with a table of 100 rows.
- ``desktop_search``: the worst keystroke of search-as-you-type in the Partners list (the
  service's page and count, the model reset, the count shown); the rows' paint is
  reported beside it.  Baseline: the service's own call for the same page.
- ``desktop_scroll``: fetching and painting down to the last row of the whole list.
  Baseline: the same rows read with sqlite3 into a bare table, painted the same way.
- ``desktop_memory``: the peak memory of the process that did the last two.  Baseline:
  the bare table's process.
- ``desktop_month``: the Calendar's month view switching months, from the call the ‹ ›
  buttons make to the month painted, the worst month of the year both ways, the
  neighbouring months read ahead between clicks as the view does (the median, and the
  same cold — right after a change — in the note; the child is benchmarks/month_child.py).
  Baseline: the core's ``items_between`` of the same six weeks.

Each child runs with application folders of its own (settings, log), never the user's.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).with_name("desktop_child.py")
MONTH_CHILD = Path(__file__).with_name("month_child.py")
BARE_ROWS = 100

# name: (what, unit, goal, whether the goal bounds the value or the ratio)
GOALS = {
    "desktop_start": ("kakehashi --db X to the window painted", "ms", 3.0, "ratio"),
    "desktop_start_partners": ("the same, the Partners page first", "ms", 3.0, "ratio"),
    "desktop_search": ("worst keystroke, Partners list, reset included", "ms", 30.0, "value"),
    "desktop_scroll": ("fetch and paint the whole Partners list", "ms", 3.0, "ratio"),
    "desktop_memory": ("peak memory of the Partners list walked", "MB", 300.0, "value"),
    "desktop_month": ("month view: month switch to the month painted", "ms", 50.0, "value"),
}


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(folder / var.lower())
    env.pop("KAKEHASHI_DB", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) or sys.platform not in ("linux", "darwin", "win32"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(args: list[str], env: dict[str, str], child: Path = CHILD) -> tuple[float, dict]:
    """Run a child; (whole process in ms, its last JSON line)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(child), *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=1800)
    ms = (time.perf_counter() - started) * 1000
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return ms, json.loads(lines[-1])


def _remember_page(env: dict[str, str], page: str | None) -> None:
    """The page the window opens on, as the window keeps it (QSettings ``window/page``)."""
    conf = Path(env["XDG_CONFIG_HOME"]) / "Kakehashi" / "Kakehashi.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    if page is None:
        conf.unlink(missing_ok=True)
    else:
        conf.write_text(f"[window]\npage={page}\n", encoding="utf-8")


def startup(path: Path, repeats: int, page: str | None = None) -> tuple[float, float]:
    """Median whole-process times of the window and of the bare window, taken in turns."""
    import compileall

    for package in ("db", "desktop"):  # bytecode, as an installed program has it
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(Path(folder))
        window, bare = ["start-window", str(path)], ["start-bare", str(BARE_ROWS)]

        def once(args: list[str]) -> float:
            _remember_page(env, page)  # the window stores the page it showed; start from the same one
            return _run(args, env)[0]

        once(window), once(bare)  # warm the file cache and the bytecode
        pairs = [(once(window), once(bare)) for _ in range(repeats)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def partners_list(path: Path, repeats: int) -> tuple[dict, dict]:
    """The Partners page's keystrokes and walk, and the bare table's walk of the same rows."""
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(Path(folder))
        found = _run(["list", str(path), str(repeats)], env)[1]
        bare = _run(["list-bare", str(path)], env)[1]
    return found, bare


def measure(path: Path, repeats: int, log=print) -> dict[str, tuple[float, float | None, str]]:
    """name: (value, baseline, note) for each of :data:`GOALS`."""
    results: dict[str, tuple[float, float | None, str]] = {}
    value, baseline = startup(path, repeats)
    results["desktop_start"] = (value, baseline, f"first page as a new user sees it; baseline: bare window, "
                                                 f"QTableView of {BARE_ROWS} rows")
    log(f"  desktop_start: {value:,.0f} ms (bare {baseline:,.0f} ms)")
    value, baseline = startup(path, repeats, page="partners")
    results["desktop_start_partners"] = (value, baseline, "Partners page remembered; same baseline")
    log(f"  desktop_start_partners: {value:,.0f} ms (bare {baseline:,.0f} ms)")
    found, bare = partners_list(path, max(3, repeats // 2))
    results["desktop_search"] = (found["search_ms"], found["service_ms"],
                                 f"worst key {found['search_key']!r}; rows painted after it: worst "
                                 f"{found['paint_ms']:.1f} ms; baseline: the service's call alone")
    results["desktop_scroll"] = (found["scroll_s"] * 1000, bare["scroll_s"] * 1000,
                                 f"{found['rows']:,} rows; baseline: sqlite3 rows into a bare QTableView")
    if found["peak_mb"] is not None:
        results["desktop_memory"] = (found["peak_mb"], bare["peak_mb"], "the whole list loaded; baseline: the "
                                                                        "bare table's process")
    log(f"  desktop_search: {found['search_ms']:.1f} ms; scroll {found['scroll_s']:.1f} s; "
        f"peak {found['peak_mb']:.0f} MB")
    month = month_switches(path, repeats)
    results["desktop_month"] = (month["worst_ms"], month["service_ms"],
                                f"worst {month['worst']} ({month['worst_items']:,} items in its six weeks), median "
                                f"{month['median_ms']:.1f} ms, neighbours read ahead; cold (after a change) worst "
                                f"{month['cold_worst_ms']:.0f}, median {month['cold_median_ms']:.0f} ms; baseline: "
                                f"items_between alone, worst {month['service_month']}")
    log(f"  desktop_month: worst {month['worst_ms']:.1f} ms, median {month['median_ms']:.1f} ms; cold worst "
        f"{month['cold_worst_ms']:.0f} ms, median {month['cold_median_ms']:.0f} ms")
    return results


def month_switches(path: Path, repeats: int) -> dict:
    """The month view's switches through the year, in a child of its own."""
    with tempfile.TemporaryDirectory() as folder:
        return _run([str(path), str(repeats)], _environment(Path(folder)), MONTH_CHILD)[1]
