"""Vectors of errors.json that are cases: the table of error cases, JSON values that are no
case, the hand-written errors, and the edge of the calendars' coverage."""

from __future__ import annotations

import json

from scripts.make_vectors.common import D, case, iso
from scripts.make_vectors.data.cases import BASE
from scripts.make_vectors.data.error_cases import ERROR_CASES
from scripts.make_vectors.data.hand_written import ERRORS
from scripts.make_vectors.vector import Filed, hand_written, vector

#: JSON values that are not objects, with the name JSON gives their kind.
NOT_OBJECTS: tuple[tuple[object, str], ...] = (
    ([], "array"),
    ("a case", "string"),
    (42, "number"),
    (None, "null"),
    (True, "boolean"),
)


def _error_case_id(code: str, field: str, taken: set[str]) -> str:
    """``ER-{code}-{field}`` without underscores, numbered from 2 where it is taken."""
    slug = field.replace(".", "-").replace("[", "-").replace("]", "").replace("_", "")
    vid = f"ER-{code.replace('_', '')}-{slug}"
    n = 2
    while vid in taken:
        vid = f"ER-{code.replace('_', '')}-{slug}-{n}"
        n += 1
    return vid


def _error_cases() -> list[Filed]:
    filed = []
    taken: set[str] = set()
    for changes, code, field in ERROR_CASES:
        vid = _error_case_id(code, field, taken)
        taken.add(vid)
        description = f"{code} on {field}: {json.dumps(changes, ensure_ascii=False)}"
        filed.append(vector("errors", vid, description, case(**changes)))
    return filed


def _not_objects() -> list[Filed]:
    return [
        vector(
            "errors",
            f"ER-NOTOBJECT-{k}",
            f"A JSON {json.dumps(value)} ({kind}) is not a case: INVALID_TYPE on (case).",
            value,
        )
        for k, (value, kind) in enumerate(NOT_OBJECTS, 1)
    ]


def _coverage_edge() -> list[Filed]:
    """The last first day of absence whose week-8 deadline is covered, and the day after."""
    return [
        vector(
            "errors",
            f"ER-COVERAGE-FIRSTDAY-{'LAST' if blamed is None else 'FIRST'}",
            f"First day of absence {iso(day)}: "
            + (
                "its week-8 deadline 2100-12-31 is the last day of the coverage: a result."
                if blamed is None
                else "its week-8 deadline 2101-01-01 falls after the coverage: OUT_OF_RANGE on "
                "first_day_of_absence."
            ),
            case(
                BASE,
                first_day_of_absence=iso(day),
                as_of=iso(day),
                request=None,
                letter_sent=None,
                consent=None,
            ),
            "BOUNDARY",
        )
        for day, blamed in ((D(2100, 11, 6), None), (D(2100, 11, 7), "first_day_of_absence"))
    ]


def error_vectors() -> list[Filed]:
    """The error cases, the values that are no case, the hand-written errors, the coverage's edge."""
    return _error_cases() + _not_objects() + hand_written(ERRORS) + _coverage_edge()
