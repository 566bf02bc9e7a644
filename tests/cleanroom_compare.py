"""Kit sufficiency, measured: random cases through the library and through the
clean-room implementation in ``tests/cleanroom`` (written from the exported kit alone),
compared on every field the vectors assert.

    python -m tests.cleanroom_compare 100000 [SEED]   # prints {"cases", "agree", "share", "disagreements"}

The cases are drawn with a seeded ``random.Random``: first days 2005-2030, every route,
facts present, absent or contradictory in plausible proportions, non-default
interpretations and municipal calendars now and then, and some invalid inputs.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from typing import Any

from scripts.make_vectors import expected_from

from fasttrack_rules import FasttrackError, assess_json, error_json
from fasttrack_rules.conformance import compare
from tests.cleanroom.impl import assess_json as cleanroom_assess_json

D = dt.date
TEXTS = ("lifting", "", "  ", "3 weeks", None)


def _day(rng: random.Random, base: D, lo: int, hi: int) -> D:
    return base + dt.timedelta(days=rng.randint(lo, hi))


def random_case(rng: random.Random) -> dict[str, Any]:
    """One plausible case (sometimes an invalid one) in its JSON form."""
    first = _day(rng, D(2005, 1, 1), 0, (D(2030, 12, 31) - D(2005, 1, 1)).days)
    case: dict[str, Any] = {"first_day_of_absence": first.isoformat()}
    events = [first]
    route = rng.choice(["employer", "employer", "sick_person", "jobcenter", None])
    if rng.random() < 0.9:
        case["sick_person"] = rng.choice(["employee", "employee", "unemployed", "self_employed"])
    if rng.random() < 0.7:
        case["over_8_weeks"] = rng.random() < 0.85
    elif rng.random() < 0.5:
        case["expected_recovery"] = _day(rng, first, 30, 90).isoformat()
    if route is not None:
        request = _day(rng, first, -3, 45)
        case["request"] = {"by": route, "date": request.isoformat()}
        events.append(request)
        if route == "employer":
            letter = request + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
            if rng.random() < 0.85:
                case["letter_sent"] = letter.isoformat()
            events.append(letter)
            if rng.random() < 0.8:
                answer = "agrees" if rng.random() < 0.85 else "refuses"
                form = _day(rng, letter, 0, 6)
                case["consent"] = {"answer": answer, "date": form.isoformat()}
                events.append(form)
            if rng.random() < 0.4:
                case["municipality_continues"] = rng.random() < 0.5
        if route in ("employer", "sick_person") and rng.random() < 0.4:
            asked = _day(rng, request, 0, 5)
            case["doctor_requested"] = asked.isoformat()
            events.append(asked)
        if route == "jobcenter" and rng.random() < 0.5:
            case["municipal_target_weeks"] = rng.randint(1, 8)
        if rng.random() < 0.5:
            case["answers"] = {
                who: {
                    q: rng.choice(TEXTS)
                    for q in ("affected_functions", "affected_duration", "adaptation_tried")
                }
                for who in ("employer", "sick_person")
                if rng.random() < 0.6
            }
    if rng.random() < 0.3:
        doctor = _day(rng, first, 10, 40)
        case["doctor_consultation"] = doctor.isoformat()
        events.append(doctor)
    if rng.random() < 0.3:
        meeting = _day(rng, first, 10, 60)
        case["first_meeting"] = meeting.isoformat()
        events.append(meeting)
        if rng.random() < 0.8:
            case["plan_agreed"] = rng.random() < 0.7
    if rng.random() < 0.1:
        recovered = _day(rng, first, 5, 60)
        case["recovered"] = recovered.isoformat()
        events.append(recovered)
    if rng.random() < 0.05:
        case["standby"] = True
    if rng.random() < 0.15:
        case["interpretation"] = {
            "roll": rng.choice(["none", "forward"]),
            "sick_person_window": rng.choice(["five_weeks", "none"]),
            "employer_window": rng.choice(["first_five_weeks", "five_weeks_after"]),
            "late_request": rng.choice(["earliest", "request"]),
        }
    if rng.random() < 0.05:
        friday = first + dt.timedelta(days=(4 - first.weekday()) % 7 + 7)
        case["calendar"] = {"extra_closed": [friday.isoformat()]}
    as_of = max(events) + dt.timedelta(days=rng.choice([0, 1, 3, 10, 20, 40, 70]))
    if rng.random() < 0.02:
        as_of = max(events) - dt.timedelta(days=1)  # an event after as_of: an error
    case["as_of"] = min(as_of, D(2100, 12, 31)).isoformat()
    return case


def library(case: object) -> dict[str, Any]:
    try:
        return assess_json(case)
    except FasttrackError as e:
        return error_json(e)


def run(n: int, seed: int = 2026) -> dict[str, Any]:
    rng = random.Random(seed)
    agree = 0
    disagreements: list[dict[str, Any]] = []
    for _ in range(n):
        case = random_case(rng)
        expected = expected_from(library(case))
        problems = compare(expected, cleanroom_assess_json(case))
        if problems:
            disagreements.append({"case": case, "problems": problems[:3]})
        else:
            agree += 1
    return {"cases": n, "agree": agree, "share": agree / n, "disagreements": disagreements[:20]}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(json.dumps(run(count, int(sys.argv[2]) if len(sys.argv) > 2 else 2026), ensure_ascii=False))
