"""The read-only lists of dated items — Home's attention list and Due soon, the agenda,
the timeline — set up alike: whole rows chosen one at a time, nothing edited in place,
rows of one height (a long list is not measured row by row), alternating shades."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

# Lines a person can aim at.
PADDED = "QTreeView::item { padding: 3px 6px; }"


def read_only_rows(view: QTreeView, *, grouped: bool = False, padded: bool = True) -> QTreeView:
    """Set ``view`` up as such a list.  ``grouped``: bold headings with their rows lined up
    under them, always open; ``padded``: the items' own padding (not for views whose
    delegates draw the whole cell)."""
    view.setRootIsDecorated(False)
    if grouped:
        view.setIndentation(0)
        view.setItemsExpandable(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    if padded:
        view.setStyleSheet(PADDED)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def fit_columns(view: QTreeView, *, stretch: int, adjustable: int, width: int) -> None:
    """Columns as wide as their contents, but ``stretch`` taking the room left and
    ``adjustable`` (partners' names, which run long) ``width`` wide, for a person to change."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(adjustable, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(adjustable, width)
