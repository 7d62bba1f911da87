"""A list screen's state between runs, in its own QSettings group.

Columns are remembered by their keys (never by position), so a column added in a
later version appears where it belongs and a removed one is forgotten, instead of a
saved header state shifting every column by one.  Each part is one JSON value:

- ``<group>/columns``: ``{"order": [keys as shown], "hidden": [keys], "widths": {key: px}}``
- ``<group>/sort``: ``{"column": key, "descending": bool}``
- ``<group>/filters``: whatever the screen's filters say about themselves (a dict)
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView

log = logging.getLogger(__name__)


class ListState:
    """Reads and writes one list's remembered state."""

    def __init__(self, settings: QSettings, group: str):
        self.settings, self.group = settings, group

    def _read(self, name: str) -> dict[str, Any]:
        raw = self.settings.value(f"{self.group}/{name}")
        if not raw:
            return {}
        try:
            value = json.loads(str(raw))
        except ValueError:
            log.warning("Ignoring unreadable list state %s/%s", self.group, name)
            return {}
        return value if isinstance(value, dict) else {}

    def _write(self, name: str, value: dict[str, Any]) -> None:
        self.settings.setValue(f"{self.group}/{name}", json.dumps(value, ensure_ascii=False, sort_keys=True))

    # ------------------------------------------------------------------ columns

    def save_columns(self, header: QHeaderView, keys: list[str]) -> None:
        order = sorted(range(len(keys)), key=header.visualIndex)
        self._write("columns", {
            "order": [keys[i] for i in order],
            "hidden": [k for i, k in enumerate(keys) if header.isSectionHidden(i)],
            "widths": {k: header.sectionSize(i) for i, k in enumerate(keys) if not header.isSectionHidden(i)},
        })

    def restore_columns(self, header: QHeaderView, keys: list[str], widths: dict[str, int],
                        hidden: set[str]) -> None:
        """Lay the header out as remembered, else with the screen's default widths and hidden columns."""
        saved = self._read("columns")
        hidden = set(saved.get("hidden", hidden))
        if all(k in hidden for k in keys):  # at least one column always shows
            hidden.discard(keys[0])
        widths = {**widths, **{k: int(w) for k, w in saved.get("widths", {}).items() if isinstance(w, int | float)}}
        for i, key in enumerate(keys):
            header.setSectionHidden(i, key in hidden)
            if key in widths and widths[key] > 0:
                header.resizeSection(i, widths[key])
        order = [k for k in saved.get("order", []) if k in keys]
        order += [k for k in keys if k not in order]  # columns new since the state was saved go last
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), visual)

    # ------------------------------------------------------------------ order and filters

    def sort(self) -> tuple[str | None, bool]:
        saved = self._read("sort")
        return saved.get("column"), bool(saved.get("descending", False))

    def save_sort(self, column: str | None, descending: bool) -> None:
        self._write("sort", {"column": column, "descending": descending})

    def filters(self) -> dict[str, Any]:
        return self._read("filters")

    def save_filters(self, filters: dict[str, Any]) -> None:
        self._write("filters", filters)
