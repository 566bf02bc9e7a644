"""The rows of the reason catalogue (``fasttrack_rules.reason_catalogue``) and the
catalogue made of them: one entry a code, every provision known, every event named, and
every text one a reader of its language accepts (``tests.texts``)."""

from __future__ import annotations

import datetime as dt
from typing import get_args

import pytest

from fasttrack_rules import CATALOGUE, PROVISIONS
from fasttrack_rules.reason_catalogue import EVENTS, REASON_ROWS, Event
from fasttrack_rules.reasons import cite_reason
from fasttrack_rules.vocab import Lang
from tests.texts import problems


def test_every_row_is_one_entry_in_order() -> None:
    codes = [row[0] for row in REASON_ROWS]
    assert len(set(codes)) == len(codes)  # a repeated code would silently replace another
    assert list(CATALOGUE) == codes
    for code, provisions, event, da, en in REASON_ROWS:
        entry = CATALOGUE[code]
        assert (entry.provisions, entry.event, entry.da, entry.en) == (provisions, event, da, en)


def test_events_are_the_values_of_the_event_type() -> None:
    assert (
        EVENTS == get_args(Event) == ("first_day_of_absence", "request", "letter", "form", "deadline", "none")
    )
    assert {row[2] for row in REASON_ROWS} == set(EVENTS)


@pytest.mark.parametrize("row", REASON_ROWS, ids=lambda row: row[0])
def test_every_provision_of_a_reason_is_known(row: tuple[str, tuple[str, ...], Event, str, str]) -> None:
    code, provisions, *_ = row
    assert set(provisions) <= set(PROVISIONS), code
    assert len(set(provisions)) == len(provisions), code
    cited = cite_reason(code, dt.date(2025, 6, 2))
    assert len(cited.citations) == len(provisions)


# -- the texts, as a reader reads them -----------------------------------------------------------
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("code", list(CATALOGUE))
def test_every_text_reads_as_its_language_without_machine_words(code: str, lang: Lang) -> None:
    """No identifier, code, ISO date, placeholder or word of the other language (the
    acceptance test of issue 12: in Danish mode no identifier and no ISO date)."""
    assert problems(CATALOGUE[code].text(lang), lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "objection"),
    [
        ("Indhent svar på: adaptation_tried", "da", "a snake_case identifier"),
        ("Se FT-MEETING-MET.", "da", "a reason code"),
        ("Fristen udløber 2025-03-20.", "da", "an ISO date"),
        ("Fristen udløber 20/3.", "da", "a date with slashes"),
        ("Fristen udløber {due}.", "en", "a placeholder"),
        ('Flyttet (fortolkningen "forward").', "da", "a protocol value in quotes"),
        ("Fristen for the meeting.", "da", "a word of the other language"),
        ("The deadline is fristen.", "en", "a word of the other language"),
        ("The meeting at the jobcentre in Århus.", "en", "a Danish letter"),
        ("Samtalen holdes inden udgangen af uge 8.", "da", "week written the English way"),
        ("Reglen fra 1 January 2025.", "da", "a month of the other language"),
        ("The rule from 1. januar 2025.", "en", "a month of the other language"),
        ("Reglen fra januar 2025.", "da", "a date not written out"),
        ("The rule from January 1, 2025.", "en", "a date not written out"),
    ],
)
def test_the_reader_objects_to_what_it_must(text: str, lang: str, objection: str) -> None:
    assert any(p.startswith(objection) for p in problems(text, lang)), problems(text, lang)
