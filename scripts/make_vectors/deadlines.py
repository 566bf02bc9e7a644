"""Deadline boundary pairs, found by search from every anchor date: the request window,
the consent form, the doctor's consultation and the first meeting."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from scripts.make_vectors.common import ONE, WEEKDAY, D, due_of, employer_case, iso, sick_case
from scripts.make_vectors.data.days import ANCHORS
from scripts.make_vectors.search import boundary_pair
from scripts.make_vectors.vector import Filed, vector


def _request_by_employer(a: D, d: D) -> dict[str, Any]:
    return employer_case(a, d, as_of=iso(d))


def _request_by_sick_person(a: D, d: D) -> dict[str, Any]:
    return sick_case(a, d, as_of=iso(d))


def _form_returned(a: D, d: D) -> dict[str, Any]:
    consent = {"answer": "agrees", "date": iso(d)}
    return employer_case(a, a, consent=consent, municipality_continues=False, as_of=iso(d))


def _consultation_employer_route(a: D, d: D) -> dict[str, Any]:
    consent = {"answer": "agrees", "date": iso(a)}
    return employer_case(
        a - 7 * ONE,
        a,
        consent=consent,
        doctor_requested=iso(a),
        doctor_consultation=iso(d),
        as_of=iso(max(d, a)),
    )


def _consultation_sick_route(a: D, d: D) -> dict[str, Any]:
    return sick_case(a - 7 * ONE, a, doctor_requested=iso(a), doctor_consultation=iso(d), as_of=iso(d))


def _fast_track_meeting(a: D, d: D) -> dict[str, Any]:
    return sick_case(a - 7 * ONE, a, first_meeting=iso(d), plan_agreed=True, as_of=iso(d))


def _ordinary_meeting(a: D, d: D) -> dict[str, Any]:
    return {"first_day_of_absence": iso(a), "first_meeting": iso(d), "plan_agreed": False, "as_of": iso(d)}


#: (subject, id prefix, deadline, what happens, the case for an anchor and a day, days from
#: the anchor to the search's start)
SEARCHES: tuple[tuple[str, str, str, str, Callable[[D, D], dict[str, Any]], int], ...] = (
    ("request_window", "RWE", "request_window", "Employer request", _request_by_employer, 30),
    ("request_window", "RWS", "request_window", "Sick person's request", _request_by_sick_person, 30),
    ("consent", "CF", "consent_form", "Consent form returned", _form_returned, 0),
    ("doctor", "DE", "doctor_consultation", "Consultation (employer route)", _consultation_employer_route, 0),
    (
        "doctor",
        "DS",
        "doctor_consultation",
        "Consultation (sick person's route)",
        _consultation_sick_route,
        0,
    ),
    ("meeting", "FM", "first_meeting", "Fast track meeting held", _fast_track_meeting, 0),
    ("meeting", "OM", "first_meeting", "Ordinary meeting held (no request)", _ordinary_meeting, 40),
)


def _pending_meeting(a: D) -> list[Filed]:
    """As of the due day the meeting is pending; the day after, it is missed."""
    due = due_of(sick_case(a - 7 * ONE, a, as_of=iso(a)), "first_meeting")
    return [
        vector(
            "meeting",
            f"PM-{iso(a)}-{tag}",
            f"No meeting held, as of {WEEKDAY[day.weekday()]} {iso(day)} (request {iso(a)}): {verdict}.",
            sick_case(a - 7 * ONE, a, as_of=iso(day)),
            "BOUNDARY",
        )
        for day, tag, verdict in (
            (due, "LAST", "still pending on the due day"),
            (due + ONE, "FIRST", "missed the day after the due day"),
        )
    ]


def _earliest_consultation(a: D) -> list[Filed]:
    """Under BEK 2014 the consultation has an earliest day too: the pair around it."""
    if not D(2015, 1, 5) <= a < D(2024, 12, 27):
        return []
    earliest = due_of(_consultation_employer_route(a, a), "doctor_consultation", "earliest")
    return [
        vector(
            "doctor",
            f"DW-{iso(a)}-{tag}",
            f"Consultation on {WEEKDAY[day.weekday()]} {iso(day)} after a letter of {iso(a)} "
            f"(BEK 2014): {verdict}.",
            _consultation_employer_route(a, day),
            "BOUNDARY",
        )
        for day, tag, verdict in (
            (earliest - ONE, "EARLY", "too early: the day before the 6th bank day"),
            (earliest, "EARLIEST", "met: the 6th bank day, the first compliant day"),
        )
    ]


def deadline_pairs() -> list[Filed]:
    """Every deadline's boundary pairs from every anchor date."""
    filed: list[Filed] = []
    for a in ANCHORS:
        for subject, prefix, deadline, what, make, offset in SEARCHES:
            filed += boundary_pair(subject, prefix, deadline, what, partial(make, a), a + offset * ONE, a)
        filed += _pending_meeting(a) + _earliest_consultation(a)
    return filed
