"""A synthetic cohort of case histories: made up, seeded and reproducible, never a person's.

:func:`synthetic_histories` draws each case with ``random.Random(seed)`` alone, in the
order of its first day, and yields it as soon as it is drawn (a cohort of any size is
never held in memory; only the employers, at most :data:`MAX_EMPLOYERS`, are). Each
line is a history (:mod:`fasttrack_rules.evaluation.history`) marked ``synthetic``.

The cohort has employers of varied size, requests for early follow-up by employers,
sick persons and the jobcenter, late requests, refusals, late forms, meetings held late
or not at all, and durations with a known effect: a case expected to last over 8 weeks
draws its ordinary duration (20 weeks and more), and a case on the Fast track (as the
rules decide it) ends ``effect_weeks`` weeks earlier. The shares are the constants below.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Iterator
from typing import Any

from fasttrack_rules._validate import check_date, check_int
from fasttrack_rules.calendars import danish_bank_days
from fasttrack_rules.engine import assess
from fasttrack_rules.errors import InvalidValueError
from fasttrack_rules.protocol.cases import case_from_json

__all__ = ["MAX_EFFECT_WEEKS", "MAX_EMPLOYERS", "synthetic_histories"]

#: The most employers a cohort has (one per 10 cases up to this).
MAX_EMPLOYERS = 5000
#: The largest effect a cohort may be given, in weeks (a Fast track case still lasts 8 weeks).
MAX_EFFECT_WEEKS = 12
MAX_MONTHS = 120

# The shares of the cohort.
P_EMPLOYEE, P_UNEMPLOYED = 0.75, 0.18  # the rest are self-employed
P_LONG = 0.35  # expected to last over 8 weeks
P_REQUEST = 0.55  # of those, a request for early follow-up
P_LATE_REQUEST = 0.10  # a request after the first 5 weeks
P_REFUSES, P_LATE_FORM, P_NO_FORM = 0.08, 0.12, 0.03
P_CONTINUES = 0.7  # the municipality continues after a late or missing form
P_MEETING_LATE, P_MEETING_NEVER = 0.10, 0.05
P_BENEFIT_END = 0.10  # a long case ending other than by recovery
#: Employer sizes (employees): (share, smallest, largest).
SIZES = ((0.50, 1, 9), (0.30, 10, 49), (0.15, 50, 249), (0.05, 250, 2000))
#: Municipalities of residence, by code, and their shares.
MUNICIPALITIES = ("751", "101", "461")
MUNICIPALITY_SHARES = (0.85, 0.10, 0.05)
#: The ordinary duration of a long case: at least this, plus an exponential tail of the
#: mean below, at most a year.
LONG_MIN_DAYS, LONG_MEAN_EXTRA_DAYS, LONG_MAX_DAYS = 140, 70, 364


def synthetic_histories(
    cases: int, *, seed: int, start: _dt.date, months: int = 24, effect_weeks: int = 7
) -> Iterator[dict[str, Any]]:
    """``cases`` synthetic histories as JSON objects, first days spread evenly over
    ``months`` months from ``start``, drawn from ``random.Random(seed)`` only: the same
    arguments give the same histories.

    Raises:
        InvalidValueError: ``cases`` is negative, ``months`` not 1-120, ``effect_weeks``
            not 0-12, or the cohort would reach past 2099.
        InvalidTypeError: an argument of the wrong type.
    """
    _check(cases, seed, start, months, effect_weeks)  # now, not at the first line
    return _drawn(cases, random.Random(seed), start, months, effect_weeks)


def _drawn(
    cases: int, rng: random.Random, start: _dt.date, months: int, effect_weeks: int
) -> Iterator[dict[str, Any]]:
    span = (_add_months(start, months) - start).days
    employers = _employers(rng, min(MAX_EMPLOYERS, cases // 10 + 1))
    weights = _cumulative([e["employees"] for e in employers])
    for k in range(cases):
        first = start + _dt.timedelta(days=k * span // max(cases, 1))
        employer = rng.choices(employers, cum_weights=weights)[0]
        yield _history(rng, k, first, employer, effect_weeks * 7)


def _check(cases: int, seed: int, start: _dt.date, months: int, effect_weeks: int) -> None:
    for name, value in (("cases", cases), ("seed", seed), ("months", months), ("effect_weeks", effect_weeks)):
        check_int(name, value)
    check_date("start", start)
    if cases < 0:
        raise InvalidValueError("cases", cases, "expected 0 or more")
    if not 1 <= months <= MAX_MONTHS:
        raise InvalidValueError("months", months, f"expected 1 to {MAX_MONTHS}")
    if not 0 <= effect_weeks <= MAX_EFFECT_WEEKS:
        raise InvalidValueError("effect_weeks", effect_weeks, f"expected 0 to {MAX_EFFECT_WEEKS}")
    if start.year < 2000 or _add_months(start, months).year > 2098:
        raise InvalidValueError("start", start.isoformat(), "the cohort must lie within 2000-2098")


def _add_months(day: _dt.date, months: int) -> _dt.date:
    """The first day of the month ``months`` after ``day``'s month (the end of the span)."""
    index = day.year * 12 + day.month - 1 + months
    return _dt.date(index // 12, index % 12 + 1, 1)


def _cumulative(values: list[int]) -> list[int]:
    out, total = [], 0
    for v in values:
        total += v
        out.append(total)
    return out


def _employers(rng: random.Random, count: int) -> list[dict[str, Any]]:
    """``count`` employers of sizes drawn from :data:`SIZES`."""
    out = []
    for k in range(count):
        _, low, high = rng.choices(SIZES, weights=[s[0] for s in SIZES])[0]
        employees = rng.randint(low, high)
        local = round(employees * rng.uniform(0.3, 0.9))
        out.append(
            {
                "id": f"synthetic-employer-{k + 1:05d}",
                "employees": employees,
                "employees_in_municipality": local,
            }
        )
    return out


def _history(
    rng: random.Random, k: int, first: _dt.date, employer: dict[str, Any], effect_days: int
) -> dict[str, Any]:
    """One synthetic history: its case drawn step by step, the track decided by the rules."""
    draw = rng.random()
    person = (
        "employee"
        if draw < P_EMPLOYEE
        else "unemployed"
        if draw < P_EMPLOYEE + P_UNEMPLOYED
        else "self_employed"
    )
    case: dict[str, Any] = {"first_day_of_absence": first.isoformat(), "sick_person": person}
    long = rng.random() < P_LONG
    if long or rng.random() < 0.5:
        case["over_8_weeks"] = long
    if long and rng.random() < P_REQUEST:
        _request(rng, case, first, person)
    fast = "request" in case and _track(case) == "fast_track"
    if long:
        days = min(LONG_MIN_DAYS + int(rng.expovariate(1 / LONG_MEAN_EXTRA_DAYS)), LONG_MAX_DAYS)
        days -= effect_days if fast else 0
    else:
        days = rng.randint(3, 55)
    end = first + _dt.timedelta(days=days)
    _meeting(rng, case, first, end, fast, long)
    history: dict[str, Any] = {"key": f"synthetic-{k + 1:07d}", "synthetic": True}
    if person == "employee":
        history["employer"] = employer
    history["municipality"] = rng.choices(MUNICIPALITIES, MUNICIPALITY_SHARES)[0]
    if long and rng.random() < P_BENEFIT_END:
        history["benefit_end"] = end.isoformat()
    else:
        case["recovered"] = end.isoformat()
    history["case"] = case
    return history


def _request(rng: random.Random, case: dict[str, Any], first: _dt.date, person: str) -> None:
    """A request by whoever may ask for ``person``, in the first 5 weeks or late; on the
    employer's route the letter, and the form returned in time, late, refusing, or not at all."""
    draw = rng.random()
    if person == "employee":
        by = "employer" if draw < 0.6 else "sick_person" if draw < 0.9 else "jobcenter"
    else:
        by = "sick_person" if draw < 0.75 else "jobcenter"
    late = rng.random() < P_LATE_REQUEST
    day = first + _dt.timedelta(days=rng.randint(35, 49) if late else rng.randint(5, 34))
    case["request"] = {"by": by, "date": day.isoformat()}
    if by != "employer" or late:
        return
    case["letter_sent"] = day.isoformat()
    due = danish_bank_days().add(day, 2)
    draw = rng.random()
    if draw < P_REFUSES:
        case["consent"] = {"answer": "refuses", "date": (day + _dt.timedelta(days=1)).isoformat()}
        return
    if draw < P_REFUSES + P_NO_FORM:
        case["municipality_continues"] = rng.random() < P_CONTINUES
        return
    late_form = draw < P_REFUSES + P_NO_FORM + P_LATE_FORM
    returned = (
        due + _dt.timedelta(days=rng.randint(1, 10))
        if late_form
        else day + _dt.timedelta(days=rng.randint(0, (due - day).days))
    )
    case["consent"] = {"answer": "agrees", "date": returned.isoformat()}
    if late_form:
        case["municipality_continues"] = rng.random() < P_CONTINUES


def _track(case: dict[str, Any]) -> str:
    """The track the rules give the case, four weeks after its request (past every form)."""
    request = _dt.date.fromisoformat(case["request"]["date"])
    typed, _ = case_from_json({**case, "as_of": (request + _dt.timedelta(days=28)).isoformat()})
    return assess(typed, as_of=request + _dt.timedelta(days=28)).track


def _meeting(
    rng: random.Random, case: dict[str, Any], first: _dt.date, end: _dt.date, fast: bool, long: bool
) -> None:
    """The first meeting of a long case: by its deadline (request + 14 on the Fast track,
    else the end of week 8), late, or never; none once the case has ended."""
    if not long:
        return
    if fast:
        request = _dt.date.fromisoformat(case["request"]["date"])
        due, earliest = request + _dt.timedelta(days=14), request + _dt.timedelta(days=3)
    else:
        due, earliest = first + _dt.timedelta(days=55), first + _dt.timedelta(days=28)
    draw = rng.random()
    if draw < P_MEETING_NEVER:
        return
    if draw < P_MEETING_NEVER + P_MEETING_LATE:
        held = due + _dt.timedelta(days=rng.randint(1, 14))
    else:
        held = earliest + _dt.timedelta(days=rng.randint(0, (due - earliest).days))
    held -= _dt.timedelta(days=max(held.weekday() - 4, 0))  # a meeting is held on a weekday
    if held < end:
        case["first_meeting"] = held.isoformat()
        case["plan_agreed"] = rng.random() < 0.8
