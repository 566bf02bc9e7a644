"""The synthetic cohort: reproducible from its seed, drawn lazily, every line a valid
history whose case the rules assess, with the events the report counts."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules.engine import assess
from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.evaluation import history_from_json, synthetic_histories
from fasttrack_rules.evaluation.tally import as_of

START = dt.date(2023, 1, 1)


def cohort(n: int, seed: int = 1, **options: Any) -> list[dict[str, Any]]:
    return list(synthetic_histories(n, seed=seed, start=START, **options))


def test_the_same_seed_gives_the_same_cohort_and_another_seed_another() -> None:
    assert cohort(200, seed=3) == cohort(200, seed=3)
    assert cohort(200, seed=3) != cohort(200, seed=4)


def test_the_cohort_is_drawn_lazily() -> None:
    """Ten million cases would not fit in the time of a test if they were drawn first."""
    first = list(itertools.islice(synthetic_histories(10_000_000, seed=1, start=START), 3))
    assert [h["key"] for h in first] == ["synthetic-0000001", "synthetic-0000002", "synthetic-0000003"]


def test_every_line_is_marked_synthetic_and_first_days_run_in_order_over_the_months() -> None:
    lines = cohort(500, months=12)
    assert all(h["synthetic"] is True and h["key"].startswith("synthetic-") for h in lines)
    days = [dt.date.fromisoformat(h["case"]["first_day_of_absence"]) for h in lines]
    assert days == sorted(days)
    assert days[0] == START
    assert days[-1] <= dt.date(2023, 12, 31)
    assert days[-1] >= dt.date(2023, 12, 1)


def test_the_cohort_holds_every_event_the_report_counts() -> None:
    lines = cohort(3000)
    cases = [h["case"] for h in lines]
    who = Counter(c["request"]["by"] for c in cases if "request" in c)
    assert set(who) == {"employer", "sick_person", "jobcenter"}
    late = [
        c
        for c in cases
        if "request" in c and (_day(c["request"]["date"]) - _day(c["first_day_of_absence"])).days > 34
    ]
    assert late
    answers = Counter(c["consent"]["answer"] for c in cases if "consent" in c)
    assert answers["refuses"] > 0
    assert answers["agrees"] > 0
    assert any("municipality_continues" in c for c in cases)
    assert any(c.get("over_8_weeks") and "first_meeting" not in c for c in cases)
    assert any("benefit_end" in h for h in lines)
    sizes = [h["employer"]["employees"] for h in lines if "employer" in h]
    assert min(sizes) < 10
    assert max(sizes) >= 250


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@settings(max_examples=20)
@given(seed=st.integers(0, 2**32), effect=st.integers(0, 12), months=st.integers(1, 36))
def test_every_line_is_a_history_the_rules_assess(seed: int, effect: int, months: int) -> None:
    for line in synthetic_histories(60, seed=seed, start=START, months=months, effect_weeks=effect):
        history = history_from_json(line)
        result = assess(history.case, as_of=as_of(history, history.case.first_day_of_absence))
        assert result.track in ("fast_track", "ordinary")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"cases": -1}, "cases"),
        ({"months": 0}, "months"),
        ({"months": 121}, "months"),
        ({"effect_weeks": 13}, "effect_weeks"),
        ({"effect_weeks": -1}, "effect_weeks"),
        ({"start": dt.date(1999, 12, 1)}, "start"),
        ({"start": dt.date(2098, 6, 1)}, "start"),
        ({"cases": True}, "cases"),
        ({"start": dt.datetime(2023, 1, 1)}, "start"),
    ],
)
def test_bad_arguments_are_typed_errors_naming_them(options: dict[str, Any], field: str) -> None:
    arguments: dict[str, Any] = {"cases": 5, "seed": 1, "start": START, **options}
    with pytest.raises(FasttrackError) as caught:
        list(synthetic_histories(**arguments))
    assert caught.value.field == field


def test_no_cases_is_an_empty_cohort() -> None:
    assert cohort(0) == []


def test_a_meeting_on_or_after_the_end_of_the_case_is_not_held() -> None:
    import random

    from fasttrack_rules.evaluation.synth import _meeting

    case: dict[str, Any] = {"first_day_of_absence": "2023-01-02"}
    for seed in range(20):  # whatever the draw: the case ended on its first day
        _meeting(random.Random(seed), case, START, START, fast=False, long=True)
    assert "first_meeting" not in case
