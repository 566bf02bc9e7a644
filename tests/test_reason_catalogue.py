"""The rows of the reason catalogue (``fasttrack_rules.reason_catalogue``) and the
catalogue made of them: one entry a code, every provision known, every event named."""

from __future__ import annotations

import datetime as dt
from typing import get_args

import pytest

from fasttrack_rules import CATALOGUE, PROVISIONS
from fasttrack_rules.reason_catalogue import EVENTS, REASON_ROWS, Event
from fasttrack_rules.reasons import cite_reason


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
