"""Hypothesis strategies for downstream property tests against ``assess``.

Import this module only in tests: it imports Hypothesis (a test dependency), which
``fasttrack_rules`` itself never does.

>>> from hypothesis import given
>>> from fasttrack_rules import assess
>>> from fasttrack_rules.testing import cases
>>> @given(cases())
... def test_never_crashes(pair):
...     case, as_of = pair
...     assess(case, as_of=as_of)
>>> test_never_crashes()
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from hypothesis import strategies as st

from fasttrack_rules.calendars import Calendar, danish_bank_days, municipal_working_days
from fasttrack_rules.facts import Answers, Case, Consent, Interpretation, Request
from fasttrack_rules.vocab import INTERPRETATIONS, QUESTIONS, SICK_PERSONS, Requester

__all__ = [
    "answers",
    "calendars",
    "cases",
    "covered_dates",
    "interpretations",
    "invalid_json_cases",
    "json_cases",
]

_ROUTES: tuple[Requester, ...] = ("employer", "sick_person", "jobcenter")


def covered_dates(
    min_value: _dt.date = _dt.date(2000, 1, 1), max_value: _dt.date = _dt.date(2100, 12, 31)
) -> st.SearchStrategy[_dt.date]:
    """Dates inside the calendars' coverage (2000-2100), or a narrower range."""
    return st.dates(
        min_value=max(min_value, _dt.date(2000, 1, 1)), max_value=min(max_value, _dt.date(2100, 12, 31))
    )


def calendars() -> st.SearchStrategy[Calendar]:
    """The bank calendar, the default municipal calendar, and municipal calendars with
    up to three extra closing days (weekdays that are open by default)."""
    muni = municipal_working_days()
    extra = st.lists(covered_dates(_dt.date(2015, 1, 1), _dt.date(2030, 12, 31)), max_size=3).map(
        lambda days: municipal_working_days(extra_closed=[d for d in days if muni.is_open(d)])
    )
    return st.one_of(st.just(danish_bank_days()), st.just(muni), extra)


def answers() -> st.SearchStrategy[Answers]:
    """Answers to the three questions: each unanswered, blank or a short text."""
    text = st.one_of(st.none(), st.just(""), st.just("  "), st.text(min_size=1, max_size=20))
    return st.fixed_dictionaries(dict.fromkeys(QUESTIONS, text)).map(lambda kw: Answers(**kw))


def interpretations() -> st.SearchStrategy[Interpretation]:
    """Every combination of the named interpretations."""
    return st.builds(
        Interpretation,
        **{name: st.sampled_from(values) for name, values in INTERPRETATIONS.items()},
    )


@st.composite
def cases(
    draw: st.DrawFn,
    *,
    routes: tuple[Requester, ...] = _ROUTES,
    first_days: st.SearchStrategy[_dt.date] | None = None,
    interpretation: st.SearchStrategy[Interpretation] | None = None,
    complete: bool = False,
) -> tuple[Case, _dt.date]:
    """A valid case and an ``as_of`` no earlier than any of its events.

    Args:
        routes: the requesters to draw from (a request may also be absent unless
            ``complete``).
        first_days: first days of absence (default 2014-12-01 to 2030-12-31, so that
            the start of Fast track is crossed).
        interpretation: interpretations to draw (default: the library's defaults).
        complete: every fact that can decide the track is given.
    """
    first = draw(
        st.dates(_dt.date(2014, 12, 1), _dt.date(2030, 12, 31)) if first_days is None else first_days
    )
    draws = _Draws(draw, first, complete)
    by = draw(st.sampled_from(routes) if complete else st.one_of(st.none(), st.sampled_from(routes)))
    request = None if by is None else Request(by=by, date=draws.day(-3, 60))
    facts: dict[str, Any] = {}
    events = [first]
    if request is not None:
        events.append(request.date)
        _request_facts(draws, request, facts, events)
    _later_facts(draws, facts, events)
    as_of = max(events) + _dt.timedelta(days=draw(st.integers(0, 60)))
    people = st.sampled_from(SICK_PERSONS)
    case = Case(
        first_day_of_absence=first,
        sick_person=draw(people if complete else st.one_of(st.none(), people)),
        request=request,
        answers_employer=draw(answers()),
        answers_sick_person=draw(answers()),
        standby=draw(st.integers(0, 9)) == 0,
        interpretation=Interpretation() if interpretation is None else draw(interpretation),
        **facts,
    )
    return case, as_of


class _Draws:
    """The draws of one case: days counted from its first day, and facts that are
    absent at times unless the case must be complete."""

    def __init__(self, draw: st.DrawFn, first: _dt.date, complete: bool) -> None:
        self.draw, self.first, self.complete = draw, first, complete

    def day(self, lo: int, hi: int) -> _dt.date:
        return self.first + _dt.timedelta(days=self.draw(st.integers(lo, hi)))

    def maybe(self, strategy: st.SearchStrategy[Any]) -> Any:
        return self.draw(strategy if self.complete else st.one_of(st.none(), strategy))


def _request_facts(draws: _Draws, request: Request, facts: dict[str, Any], events: list[_dt.date]) -> None:
    """The facts that follow a request: letter, consent and the municipality's decision
    (employer), a municipal target (jobcenter) or the doctor's request."""
    draw = draws.draw
    if request.by == "employer":
        letter = draws.maybe(st.integers(0, 2))
        if letter is not None:
            facts["letter_sent"] = request.date + _dt.timedelta(days=letter)
            events.append(facts["letter_sent"])
        if draw(st.booleans()) or draws.complete:
            start = facts.get("letter_sent", request.date)
            facts["consent"] = Consent(
                answer=draw(st.sampled_from(("agrees", "agrees", "refuses"))),
                date=start + _dt.timedelta(days=draw(st.integers(0, 8))),
            )
            events.append(facts["consent"].date)
        facts["municipality_continues"] = draws.maybe(st.booleans())
    if request.by == "jobcenter":
        facts["municipal_target_weeks"] = draw(st.one_of(st.none(), st.integers(1, 6)))
    elif draw(st.booleans()):
        facts["doctor_requested"] = request.date + _dt.timedelta(days=draw(st.integers(0, 5)))
        events.append(facts["doctor_requested"])


def _later_facts(draws: _Draws, facts: dict[str, Any], events: list[_dt.date]) -> None:
    """The forecast, the events after the request and the plan."""
    draw = draws.draw
    if draw(st.booleans()):
        facts["over_8_weeks"] = draw(st.booleans())
    elif draws.complete or draw(st.booleans()):
        facts["expected_recovery"] = draws.day(1, 120)
    for name in ("doctor_consultation", "first_meeting", "recovered"):
        if draw(st.integers(0, 2)) == 0:
            facts[name] = draws.day(0, 80)
            events.append(facts[name])
    if "first_meeting" in facts:
        facts["plan_agreed"] = draws.maybe(st.booleans())


def json_cases(**kwargs: Any) -> st.SearchStrategy[dict[str, object]]:
    """Valid cases in their JSON form (see :func:`cases` for the arguments)."""
    from fasttrack_rules.protocol import case_to_json

    return cases(**kwargs).map(lambda pair: case_to_json(pair[0], as_of=pair[1]))


def invalid_json_cases(*, routes: tuple[Requester, ...] = _ROUTES) -> st.SearchStrategy[object]:
    """JSON values that are not valid cases: arbitrary JSON, and cases of the given
    routes with a required field dropped, a field renamed or retyped, or an impossible
    date. (A broken case can occasionally still be valid, e.g. when the renamed field
    was optional and absent; callers should accept a result or a typed error.)"""
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )

    @st.composite
    def broken(draw: st.DrawFn) -> object:
        case = draw(json_cases(routes=routes))
        field = draw(st.sampled_from(sorted(case)))
        how = draw(st.sampled_from(("drop", "retype", "unknown", "bad_date")))
        if how == "drop" and field in ("as_of", "first_day_of_absence"):
            del case[field]
        elif how == "unknown":
            case[field + "_x"] = draw(json_values)
        elif how == "bad_date":
            case[draw(st.sampled_from(("as_of", "first_day_of_absence")))] = draw(
                st.sampled_from(("2025-02-30", "2025-13-01", "20250101", "2025-1-1", "9999-99-99", ""))
            )
        else:
            case["as_of"] = draw(
                st.integers() | st.floats(allow_nan=False) | st.booleans() | st.lists(st.none())
            )
        return case

    return st.one_of(json_values, broken())
