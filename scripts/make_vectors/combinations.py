"""The combinations an implementer would otherwise have to guess: cases before Fast track,
undetermined tracks, and the doctor rule's change at the new year 2025."""

from __future__ import annotations

from scripts.make_vectors.common import ONE, D, employer_case, iso
from scripts.make_vectors.data.days import DOCTOR_RULE_TRANSITIONS
from scripts.make_vectors.data.hand_written import COMBINATIONS
from scripts.make_vectors.vector import Filed, hand_written, vector

#: First days of absence before Fast track, with the tag of their ids.
BEFORE_FAST_TRACK = ((D(2012, 5, 14), "2012"), (D(2008, 3, 3), "2008"), (D(2014, 12, 29), "2014"))


def _before_fast_track() -> list[Filed]:
    filed = []
    for first, tag in BEFORE_FAST_TRACK:
        filed.append(
            vector(
                "meeting",
                f"PR-{tag}-NOREQUEST",
                f"First day {iso(first)}, before Fast track, no request: the week-8 first follow-up, "
                f"first day + 55 = {iso(first + 55 * ONE)}, cited by the first day.",
                {"first_day_of_absence": iso(first), "as_of": iso(first + 20 * ONE)},
                "LAW_CHANGE",
            )
        )
        filed.append(
            vector(
                "meeting",
                f"PR-{tag}-JOBCENTER",
                f"First day {iso(first)}, a jobcenter's own initiative on day 10: the week-8 rule.",
                {
                    "first_day_of_absence": iso(first),
                    "request": {"by": "jobcenter", "date": iso(first + 9 * ONE)},
                    "as_of": iso(first + 20 * ONE),
                },
                "LAW_CHANGE",
            )
        )
    return filed


def _doctor_rule_transitions() -> list[Filed]:
    filed = []
    for letter, form, tag, what in DOCTOR_RULE_TRANSITIONS:
        inp = employer_case(D(2024, 12, 16), D.fromisoformat(letter), as_of="2025-01-06")
        if form is not None:
            inp["consent"] = {"answer": "agrees", "date": form}
        else:
            inp["consent"] = None
            inp["municipality_continues"] = True
        description = f"Doctor rule transition, letter {letter}, form {form}: {what}."
        filed.append(vector("doctor", f"TR-{tag}", description, inp, "LAW_CHANGE"))
    return filed


def combination_vectors() -> list[Filed]:
    """Cases before Fast track, the hand-written combinations, and the doctor rule's change."""
    return _before_fast_track() + hand_written(COMBINATIONS) + _doctor_rule_transitions()
