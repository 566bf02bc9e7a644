"""The benchmark's cases: three typical kinds, each moved through 20 weeks of 2025.

Every row of the benchmark uses the same cases, so that its figures compare: the floor
and ``assess`` in process, the API with JSON, and the command line over a batch of
lines (each line one of these cases with an ``id`` of its own). Moving a case by whole
weeks keeps its weekdays and its story (the consent in time, the meeting held, no
request) but meets other holidays, so that no answer is simply remembered.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["BROKEN_LINE", "CASES", "TEMPLATES", "batch_lines", "case_lines", "moved"]

#: The three kinds: an employer's request with the employee's consent in time, a sick
#: person's request with the first meeting held, and no request at all.
TEMPLATES: dict[str, dict[str, Any]] = {
    "employer, consent in time": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": "2025-03-18"},
        "letter_sent": "2025-03-18",
        "consent": {"answer": "agrees", "date": "2025-03-19"},
        "answers": {"employer": {"affected_functions": "lifting", "affected_duration": "3 weeks"}},
        "as_of": "2025-03-20",
    },
    "sick person, meeting held": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "unemployed",
        "over_8_weeks": True,
        "request": {"by": "sick_person", "date": "2025-03-18"},
        "first_meeting": "2025-03-28",
        "plan_agreed": True,
        "as_of": "2025-04-02",
    },
    "no request (ordinary)": {"first_day_of_absence": "2025-03-03", "as_of": "2025-05-02"},
}
WEEKS = 20
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A line that is an error (a date that does not exist), mixed into the batch whose
#: outputs are compared between ``--jobs 1`` and ``--jobs 2``.
BROKEN_LINE = b'{"first_day_of_absence": "2025-02-30", "as_of": "2025-03-20"}'


def moved(value: Any, days: int) -> Any:
    """``value`` (a JSON case or a part of it) with every ISO date moved by ``days``."""
    if isinstance(value, dict):
        return {key: moved(item, days) for key, item in value.items()}
    if isinstance(value, str) and _ISO.fullmatch(value):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    return value


#: Every benchmark case as a JSON object: each kind in each of :data:`WEEKS` weeks.
CASES: list[dict[str, Any]] = [
    moved(template, 7 * week) for week in range(WEEKS) for template in TEMPLATES.values()
]


def case_lines() -> list[bytes]:
    """Each case as one JSON line (without its newline)."""
    return [json.dumps(case).encode() for case in CASES]


def batch_lines(count: int, *, broken_every: int = 0) -> Iterator[bytes]:
    """``count`` lines with their newlines, cycling through the cases, each with the
    ``id`` of its line number; every ``broken_every``-th line (if not 0) an error line."""
    bodies = [json.dumps(case)[1:].encode() for case in CASES]  # each without its "{"
    for number in range(1, count + 1):
        if broken_every and number % broken_every == 0:
            yield BROKEN_LINE + b"\n"
        else:
            yield b'{"id": "%d", %s\n' % (number, bodies[number % len(bodies)])
