"""A one-page sheet of a partner, printed or saved as PDF: what staff take to a visit.

Names, address, contacts, membership, agreements with their dates and deadlines, and
the latest activities, on one A4 page, in the user's language and date style.  The
sheet is HTML (``partner_sheet_html``) laid out by a ``QTextDocument``, which prints to
the printer the person picks or to a PDF file.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from db.services.activities import ActivityQuery, list_activities
from db.services.agreements import AgreementQuery, list_agreements
from db.services.contacts import ContactQuery, list_contacts
from db.services.memberships import MembershipQuery, list_memberships
from db.services.organisations import get_organisation
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.partners.memberships import fee_text, fiscal_years_text

# What fits on one page beside the names and contacts.
MAX_AGREEMENTS = 12
MAX_ACTIVITIES = 8
MAX_CONTACTS = 8
FONT_POINTS = 9
LAYOUT_DPI = 96

STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 11pt; margin-top: 12px; margin-bottom: 3px; border-bottom: 1px solid #888; }
p.sub { color: #444; margin: 0; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8e8e8; text-align: left; font-weight: bold; }
table.grid td, table.grid th { border: 1px solid #bbb; padding: 2px 4px; }
td.late { color: #b71c1c; font-weight: bold; }
p.none { color: #666; }
p.foot { color: #666; font-size: 7pt; margin-top: 10px; }
"""


def _table(headers: list[str], rows: list[list[str]], late: set[tuple[int, int]] = frozenset(),
           widths: tuple[int, ...] = ()) -> str:
    """An HTML table; cells are already escaped; (row, column) in ``late`` are marked;
    ``widths`` in percent (long titles get room, short dates do not wrap)."""
    head = "".join(f"<th width='{widths[n]}%'>{h}</th>" if n < len(widths) else f"<th>{h}</th>"
                   for n, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td class='late'>{c}</td>" if (r, n) in late else f"<td>{c}</td>"
                         for n, c in enumerate(row)) + "</tr>"
        for r, row in enumerate(rows))
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{head}</tr>{body}</table>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _none(text: str) -> str:
    return f"<p class='none'>{escape(text)}</p>"


def partner_sheet_html(context: AppContext, org_id: int, today: date | None = None) -> str:
    """The sheet of organisation ``org_id`` as HTML, in the user's language and date style."""
    today = today or date.today()
    db, day = context.db, context.format_date
    org = get_organisation(db, org_id)
    contacts = list_contacts(db, ContactQuery(organisation_id=org_id, limit=MAX_CONTACTS)).items
    memberships = list_memberships(db, MembershipQuery(organisation_id=org_id, limit=3)).items
    agreements = list_agreements(db, AgreementQuery(organisation_id=org_id, today=today, order_by="signed",
                                                    descending=True, limit=MAX_AGREEMENTS)).items
    activities = list_activities(db, ActivityQuery(organisation_id=org_id, limit=MAX_ACTIVITIES)).items

    parts = [f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"]
    parts.append(f"<h1>{escape(org.name_ja or org.name_en or '')}</h1>")
    subtitle = [org.name_en if org.name_ja else None, org.name_kana, org.short_name]
    parts.append(f"<p class='sub'>{escape(' / '.join(s for s in subtitle if s))}</p>")

    details = [
        ("kind", tr_value("OrganisationKind", org.kind)),
        ("address", " ".join(p for p in (org.region, org.city, org.address) if p)),
        ("country", org.country if org.country != "JP" else None),
        ("website", org.website),
        ("tags", ", ".join(org.tags)),
    ]
    rows = "".join(f"<tr><td><b>{escape(tr_field('organisation', k))}</b></td><td>{escape(v)}</td></tr>"
                   for k, v in details if v)
    parts.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")

    parts.append(_heading(QCoreApplication.translate("PartnerSheet", "Contacts")))
    if contacts:
        parts.append(_table(
            [escape(QCoreApplication.translate("PartnerSheet", "Name"))]
            + [escape(tr_field("contact", f)) for f in ("title", "department", "email", "phone")],
            [[escape(("★ " if c.is_primary else "") + c.display_name), escape(c.title or ""),
              escape(c.department or ""), escape(c.email or ""), escape(c.phone or "")] for c in contacts],
            widths=(16, 16, 22, 30, 16)))
    else:
        parts.append(_none(QCoreApplication.translate("PartnerSheet", "No contacts recorded.")))

    parts.append(_heading(QCoreApplication.translate("PartnerSheet", "Membership")))
    if memberships:
        parts.append(_table(
            [escape(tr_field("membership", f)) for f in ("tier", "starts_on", "ends_on")]
            + [escape(QCoreApplication.translate("PartnerSheet", "Fiscal years")),
               escape(tr_field("membership", "annual_fee"))],
            [[escape(tr_value("MembershipTier", m.tier)), escape(day(m.starts_on)), escape(day(m.ends_on)),
              escape(fiscal_years_text(context, m)), escape(fee_text(context, m.annual_fee))] for m in memberships]))
    else:
        parts.append(_none(QCoreApplication.translate("PartnerSheet", "Not a member.")))

    parts.append(_heading(QCoreApplication.translate("PartnerSheet", "Agreements")))
    if agreements:
        late: set[tuple[int, int]] = set()
        rows_ = []
        for r, a in enumerate(agreements):
            expiry = a.current_term_end or a.expires_on
            deadline = a.renewal_deadline
            if a.effective_status == "active" and deadline is not None and 0 <= (deadline - today).days <= 90:
                late.add((r, 5))  # a decision due within three months stands out
            rows_.append([escape(a.title), escape(tr_value("AgreementKind", a.kind)),
                          escape(tr_value("AgreementStatus", a.effective_status) if a.effective_status else ""),
                          escape(day(a.signed_on)), escape(day(expiry)), escape(day(deadline))])
        parts.append(_table(
            [escape(tr_field("agreement", f)) for f in ("title", "kind", "effective_status", "signed_on",
                                                         "expires_on", "renewal_deadline")], rows_, late,
            widths=(30, 18, 10, 14, 14, 14)))
    else:
        parts.append(_none(QCoreApplication.translate("PartnerSheet", "No agreements recorded.")))

    parts.append(_heading(QCoreApplication.translate("PartnerSheet", "Recent activities")))
    if activities:
        parts.append(_table(
            [escape(tr_field("activity", f)) for f in ("starts_on", "kind", "title", "place")],
            [[escape(day(a.starts_on)), escape(tr_value("ActivityKind", a.kind)), escape(a.title),
              escape(a.place or "")] for a in activities], widths=(16, 16, 44, 24)))
    else:
        parts.append(_none(QCoreApplication.translate("PartnerSheet", "No activities recorded.")))

    if org.notes:
        parts.append(f"<h2>{escape(tr_field('organisation', 'notes'))}</h2>")
        notes = org.notes if len(org.notes) <= 600 else org.notes[:600] + "…"
        parts.append(f"<p>{escape(notes).replace(chr(10), '<br/>')}</p>")
    printed = QCoreApplication.translate("PartnerSheet", "Printed on {date}").format(date=day(today))
    parts.append(f"<p class='foot'>{escape(printed)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def sheet_document(context: AppContext, org_id: int, today: date | None = None) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSize(FONT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(partner_sheet_html(context, org_id, today))
    return document


def _fit_to_page(document: QTextDocument) -> None:
    """Lay the sheet out on the printable area of A4 (the printer scales it): left alone,
    the document keeps a screen width and prints as a narrow column.  The layout counts
    fonts at 96 dots an inch, so the page is measured in such dots too."""
    document.setPageSize(QSizeF(_a4_layout().paintRectPixels(LAYOUT_DPI).size()))
    document.setDocumentMargin(0)


def _a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def save_partner_sheet_pdf(context: AppContext, org_id: int, path: str | Path, today: date | None = None) -> Path:
    """Write the sheet to ``path`` as a PDF (fonts embedded); returns the path."""
    path = Path(path)
    document = sheet_document(context, org_id, today)
    _fit_to_page(document)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_a4_layout())
    writer.setResolution(300)
    writer.setTitle(get_organisation(context.db, org_id).display_name)
    writer.setCreator("Kakehashi")
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path} was not written")
    return path


def print_partner_sheet(context: AppContext, org_id: int, parent: QWidget | None = None) -> bool:
    """Ask for a printer (the system's dialog) and print the sheet; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    printer.setDocName(get_organisation(context.db, org_id).display_name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = sheet_document(context, org_id)
    _fit_to_page(document)
    document.print_(printer)
    return True


def suggested_file_name(context: AppContext, org_id: int) -> str:
    name = get_organisation(context.db, org_id).display_name or "partner"
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip() or "partner"
    return f"{safe}.pdf"


def page_size_points() -> QSizeF:
    """A4 in points (for previews that draw the sheet at its printed size)."""
    return QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
