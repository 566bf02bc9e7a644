"""The vector builder's searches on small cases, checked by hand, and its refusals (the
"vectors are current" test in test_conformance.py covers every vector it writes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from scripts.make_vectors.common import iso
from scripts.make_vectors.compose import GENERATED, by_subject
from scripts.make_vectors.reason_codes import find_partner, moved
from scripts.make_vectors.search import search_pair
from scripts.make_vectors.vector import Filed

D = dt.date
#: No request: the first meeting is due at the end of week 8, first day + 55 = 2025-04-27.
NO_REQUEST = {"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}


def _meeting_on(day: D) -> dict[str, Any]:
    return {**NO_REQUEST, "first_meeting": iso(day), "plan_agreed": False, "as_of": iso(day)}


def test_the_search_finds_the_last_compliant_day_and_the_next() -> None:
    assert search_pair(_meeting_on, "first_meeting", D(2025, 4, 12)) == (D(2025, 4, 27), D(2025, 4, 28))


def test_the_search_gives_up_after_its_limit() -> None:
    with pytest.raises(AssertionError, match="no boundary for first_meeting from 2025-04-12"):
        search_pair(_meeting_on, "first_meeting", D(2025, 4, 12), limit=15)


def test_the_partner_is_the_nearest_move_that_takes_the_code_away() -> None:
    # Pending until the due day 2025-04-27: as_of moved 39 days is 2025-04-28. Moving the
    # first day 39 days earlier would do too, but later moves are tried first.
    field, days, shifted = find_partner("FT-MEETING-PENDING", NO_REQUEST)
    assert (field, days, shifted) == ("as_of", 39, {**NO_REQUEST, "as_of": "2025-04-28"})


def test_no_move_of_a_date_brings_a_request() -> None:
    with pytest.raises(AssertionError, match="no partner for FT-NO-REQUEST"):
        find_partner("FT-NO-REQUEST", NO_REQUEST)


def test_a_moved_date_inside_an_object_is_a_copy() -> None:
    base = {"request": {"by": "employer", "date": "2025-03-18"}}
    assert moved(base, "request", -2) == {"request": {"by": "employer", "date": "2025-03-16"}}
    assert base["request"]["date"] == "2025-03-18"


def test_vectors_are_filed_by_subject_in_order_and_ids_are_unique() -> None:
    filed = [Filed("errors", {"id": "B"}), Filed("consent", {"id": "A"}), Filed("errors", {"id": "C"})]
    grouped = by_subject(filed)
    assert list(grouped) == list(GENERATED)
    assert grouped["errors"] == [{"id": "B"}, {"id": "C"}]
    assert grouped["consent"] == [{"id": "A"}]
    with pytest.raises(AssertionError, match="A"):
        by_subject([*filed, Filed("meeting", {"id": "A"})])
