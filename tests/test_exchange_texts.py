"""Problems of an import in the interface's language, whichever part of the core wrote them."""

from __future__ import annotations

from db.errors import BAD_URL
from db.exchange.model import Problem
from desktop.exchange.texts import problem_text
from desktop.i18n import switch_language


def test_a_services_rule_and_an_importers_message_are_both_translated(qapp):
    switch_language(qapp, "ja")
    try:
        rule = Problem(BAD_URL, row=12, column="ウェブサイト", params={"value": "8"}, field="website",
                       context="Validation")
        assert "is not a web address" not in problem_text(rule)
        assert "8" in problem_text(rule, with_place=True) and "12" in problem_text(rule, with_place=True)
        own = Problem("This row is the same record as row {first}; keep one of them.", row=5, params={"first": 4})
        assert problem_text(own).startswith("この行は 4 行目")
    finally:
        switch_language(qapp, "en")
