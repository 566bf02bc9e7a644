"""Cases where a single wrong rule would otherwise hide: a refusal and a standby case on
every weekday, who answered the questions, the 8-week forecast's edge, and the first days
of Fast track."""

from __future__ import annotations

from scripts.make_vectors.common import ONE, WEEKDAY, D, case, employer_case, iso, sick_case
from scripts.make_vectors.data.cases import BASE, SICK
from scripts.make_vectors.data.days import WEEKDAY_ANCHORS
from scripts.make_vectors.vector import Filed, vector

_ANSWER = {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
#: Who answered the questions: nobody, either, both, or each a part.
ANSWER_COMBINATIONS = {
    "NOBODY": {},
    "EMPLOYER": {"employer": _ANSWER},
    "SICK": {"sick_person": _ANSWER},
    "BOTH": {"employer": _ANSWER, "sick_person": _ANSWER},
    "SPLIT": {"employer": {"affected_functions": "a"}, "sick_person": {"affected_duration": "b"}},
}


def _refusals_and_standby() -> list[Filed]:
    filed = []
    for a in WEEKDAY_ANCHORS:  # refusal on every weekday: always the ordinary track
        refused = employer_case(a, a, consent={"answer": "refuses", "date": iso(a + ONE)}, as_of=iso(a + ONE))
        filed.append(
            vector(
                "consent",
                f"CR-{iso(a)}",
                f"Employee refuses on {WEEKDAY[(a + ONE).weekday()]} {iso(a + ONE)}: "
                "ordinary track, meeting by the end of week 8.",
                refused,
            )
        )
        standby = sick_case(a - 7 * ONE, a, standby=True, as_of=iso(a + 60 * ONE))
        filed.append(
            vector(
                "meeting",
                f"SB-{iso(a)}",
                f"Standby case, request {iso(a)}, as of 60 days later: "
                "no meeting and no consultation required.",
                standby,
            )
        )
    return filed


def _answers() -> list[Filed]:
    return [
        vector(
            "questions",
            f"QA-{route}-{who}",
            f"{route.lower()} route, answers from {who.lower()}: who "
            "answered each question and what is still to obtain.",
            case(base, answers=answers),
        )
        for route, base in (("EMPLOYER", BASE), ("SICK", SICK))
        for who, answers in ANSWER_COMBINATIONS.items()
    ]


def _eight_week_forecast() -> list[Filed]:
    return [
        vector(
            "request_window",
            f"CD-{iso(a)}-{tag}",
            f"Expected recovery {iso(a + days * ONE)} = first day {iso(a)} + {days}: {verdict}.",
            sick_case(a, a + 14 * ONE, expected_recovery=iso(a + days * ONE), as_of=iso(a + 14 * ONE)),
            "BOUNDARY",
        )
        for a in (*WEEKDAY_ANCHORS, D(2024, 2, 1), D(2023, 12, 20))
        for days, tag, verdict in ((56, "NOTMET", "not over 8 weeks"), (57, "MET", "over 8 weeks"))
    ]


def _fast_track_start() -> list[Filed]:
    return [
        vector(
            "meeting",
            f"FS-{iso(day)}",
            f"Sick person's request on {iso(day)} (Fast track from 2015-01-05): "
            + ("no Fast track; the week-8 rule decides." if day < D(2015, 1, 5) else "Fast track."),
            sick_case(D(2014, 12, 29), day, as_of=iso(day)),
            "LAW_CHANGE",
        )
        for day in (D(2015, 1, 2), D(2015, 1, 4), D(2015, 1, 5), D(2015, 1, 6))
    ]


def coverage_vectors() -> list[Filed]:
    """The cases that keep a single wrong rule from hiding."""
    return _refusals_and_standby() + _answers() + _eight_week_forecast() + _fast_track_start()
