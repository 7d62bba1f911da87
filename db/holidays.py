"""Japanese public holidays, as the calendar marks them.

The days and their names come from jpholiday (the Cabinet Office's list and the rules
for substitute and in-between holidays).  Its names are Japanese; the English ones are
their translations here, under the context "Holidays", so that an English screen reads
"Respect for the Aged Day" and a Japanese one the law's own name.
"""

from __future__ import annotations

from datetime import date

import jpholiday

from db.errors import QT_TRANSLATE_NOOP

# jpholiday's name → the English source text (whose Japanese translation is that name).
NAMES: dict[str, str] = {
    "元日": QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    "成人の日": QT_TRANSLATE_NOOP("Holidays", "Coming of Age Day"),
    "建国記念の日": QT_TRANSLATE_NOOP("Holidays", "National Foundation Day"),
    "天皇誕生日": QT_TRANSLATE_NOOP("Holidays", "The Emperor's Birthday"),
    "春分の日": QT_TRANSLATE_NOOP("Holidays", "Vernal Equinox Day"),
    "昭和の日": QT_TRANSLATE_NOOP("Holidays", "Shōwa Day"),
    "憲法記念日": QT_TRANSLATE_NOOP("Holidays", "Constitution Memorial Day"),
    "みどりの日": QT_TRANSLATE_NOOP("Holidays", "Greenery Day"),
    "こどもの日": QT_TRANSLATE_NOOP("Holidays", "Children's Day"),
    "海の日": QT_TRANSLATE_NOOP("Holidays", "Marine Day"),
    "山の日": QT_TRANSLATE_NOOP("Holidays", "Mountain Day"),
    "敬老の日": QT_TRANSLATE_NOOP("Holidays", "Respect for the Aged Day"),
    "秋分の日": QT_TRANSLATE_NOOP("Holidays", "Autumnal Equinox Day"),
    "スポーツの日": QT_TRANSLATE_NOOP("Holidays", "Sports Day"),
    "体育の日": QT_TRANSLATE_NOOP("Holidays", "Health and Sports Day"),
    "文化の日": QT_TRANSLATE_NOOP("Holidays", "Culture Day"),
    "勤労感謝の日": QT_TRANSLATE_NOOP("Holidays", "Labour Thanksgiving Day"),
    "振替休日": QT_TRANSLATE_NOOP("Holidays", "Substitute holiday"),
    "国民の休日": QT_TRANSLATE_NOOP("Holidays", "Citizens' holiday"),
}
# jpholiday names a substitute holiday after the one it replaces: "勤労感謝の日 振替休日".
SUBSTITUTE = "振替休日"
SUBSTITUTE_FOR = QT_TRANSLATE_NOOP("Holidays", "{holiday} (substitute holiday)")


def holidays_between(first: date, last: date) -> dict[date, str]:
    """The public holidays from ``first`` through ``last``: {day: jpholiday's Japanese name}."""
    if last < first:
        return {}
    return dict(jpholiday.between(first, last))


def holiday_label(name: str, lang: str, translate=None) -> str:
    """A holiday's name to show: the law's own in Japanese, the English one otherwise.

    ``translate(context, source)`` is the caller's translator (the desktop's
    QCoreApplication.translate); without one the English source is given.  A name
    jpholiday adds in a later year and this list does not know stays Japanese."""
    if lang == "ja":
        return name
    # Not named "tr": lupdate would read tr("Holidays", x) as a source with a comment.
    say = translate or (lambda _context, source: source)
    replaced, _, substitute = name.rpartition(" ")
    if substitute == SUBSTITUTE and replaced in NAMES:
        return say("Holidays", SUBSTITUTE_FOR).format(holiday=say("Holidays", NAMES[replaced]))
    source = NAMES.get(name)
    return name if source is None else say("Holidays", source)
