"""The evaluation report: it recovers a known effect from synthetic cohorts, suppresses
every small cell in every format, says what it can of empty and one-case histories,
and its counts add up."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.evaluation import (
    Report,
    ReportOptions,
    build_report,
    history_from_json,
    render,
    synthetic_histories,
)
from fasttrack_rules.evaluation.tally import as_of

START, END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def report_of(lines: list[dict[str, Any]], **options: Any) -> Report:
    read = ((n, history_from_json(line)) for n, line in enumerate(lines, 1))
    return build_report(
        read, ReportOptions(start=options.pop("start", START), end=options.pop("end", END), **options)
    )


def cohort(n: int, seed: int, effect: int = 7) -> list[dict[str, Any]]:
    return list(synthetic_histories(n, seed=seed, start=START, months=24, effect_weeks=effect))


def table(report: Report, name: str) -> dict[str, dict[str, Any]]:
    """A table as {row label: {column: value}}."""
    found = next(t for t in report.tables if t.name == name)
    return {label: dict(zip(found.columns, values, strict=True)) for label, values in found.rows}


# -- the effect ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("seed", "effect"), [(1, 7), (2, 0), (3, 4), (4, 12)])
def test_the_report_recovers_a_known_effect_within_its_interval(seed: int, effect: int) -> None:
    report = report_of(cohort(3000, seed, effect), reps=300)
    row = table(report, "difference")["ordinary less Fast track"]
    low, high = row["95% interval from"], row["95% interval to"]
    assert low <= effect <= high
    assert high - low < 3  # an interval that says something


def test_the_interval_is_seeded() -> None:
    lines = cohort(800, 5)
    first = table(report_of(lines, reps=200, seed=1), "difference")
    assert first == table(report_of(lines, reps=200, seed=1), "difference")
    assert first != table(report_of(lines, reps=200, seed=2), "difference")


@pytest.mark.parametrize(
    ("effect", "target", "verdict"),
    [
        (7, (6, 8), None),  # 7 lies in the target; the interval may or may not
        (1, (6, 8), "short of the target"),
        (12, (2, 4), "beyond the target"),
    ],
)
def test_the_difference_is_set_against_the_target(
    effect: int, target: tuple[int, int], verdict: str | None
) -> None:
    row = table(report_of(cohort(3000, 1, effect), reps=200, target_weeks=target), "difference")
    found = row["ordinary less Fast track"]
    assert found["target (weeks)"] == f"{target[0]}-{target[1]}"
    if verdict is None:
        assert found["against the target"] in (
            "within the target",
            "not conclusive (the interval crosses a bound of the target)",
        )
    else:
        assert found["against the target"] == verdict


def test_the_strata_compare_within_sick_person_and_quarter() -> None:
    strata = table(report_of(cohort(3000, 1, 7), reps=50), "strata")
    assert "employee 2023-Q1" in strata
    shown = [row["difference (weeks)"] for row in strata.values() if row["difference (weeks)"] is not None]
    assert len(shown) >= 8
    assert 4 <= sorted(shown)[len(shown) // 2] <= 10  # the median stratum sees the effect


# -- small cells ---------------------------------------------------------------------------------
def every_value(report: Report, fmt: str) -> Iterator[str]:
    """Every value of a report's tables as written in ``fmt`` (text; suppressed: ``<N``)."""
    text = render(report, fmt)
    if fmt == "json":
        for t in json.loads(text)["tables"]:
            for row in t["rows"]:
                yield from ("<5" if v is None else str(v) for v in row["values"])
    elif fmt == "csv":
        yield from (
            row["value"]
            for row in csv.DictReader(io.StringIO(text))
            if row["table"] not in ("lines", "notes")
        )
    else:
        for line in text.splitlines():
            if line.startswith("| ") and not line.startswith("| |") and "---" not in line:
                yield from (cell.strip() for cell in line.strip("|").split("|")[1:])


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
@pytest.mark.parametrize("n", [1, 4])
def test_a_history_of_fewer_than_five_cases_shows_no_figure_in_any_format(fmt: str, n: int) -> None:
    report = report_of([_long_case(k) for k in range(n)], reps=10)
    values = [v for v in every_value(report, fmt) if v != "6-8"]
    assert values
    assert set(values) == {"<5"}, values
    assert "Fewer than 5 cases in the period" in render(report, fmt)


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_groups_of_fewer_than_min_cell_are_suppressed_and_larger_ones_shown(fmt: str) -> None:
    lines = [_long_case(k, first=dt.date(2023, 1, 2)) for k in range(7)] + [
        _long_case(10 + k, first=dt.date(2023, 4, 3)) for k in range(3)
    ]
    report = report_of(lines, by="quarter", reps=10, min_cell=6)
    uptake = table(report, "uptake")
    assert uptake["2023-Q1"]["cases"] == 7
    assert uptake["2023-Q2"]["cases"] is None
    assert uptake["all"]["cases"] is None  # 10 less Q1's 7 would give Q2's 3 away
    assert uptake["all"]["expected over 8 weeks"] is None
    text = render(report, fmt)
    assert "<6" in text or "null" in text
    for small in ("3", "4"):  # Q2's cases and anything counting fewer than 6
        assert all(v != small for v in every_value(report, fmt))


def test_a_share_is_suppressed_when_few_persons_are_on_either_side() -> None:
    from fasttrack_rules.evaluation.figures import share

    assert share(48, 50).shown(5) is None  # 2 persons not counted
    assert share(2, 50).shown(5) is None
    assert share(0, 50).shown(5) == 0
    assert share(50, 50).shown(5) == 1
    assert share(45, 50).shown(5) == 0.9
    assert share(3, 4).shown(5) is None


@pytest.mark.parametrize("min_cell", [4, 0, -1])
def test_the_smallest_cell_may_not_be_lowered(min_cell: int) -> None:
    with pytest.raises(FasttrackError) as caught:
        ReportOptions(start=START, end=END, min_cell=min_cell)
    assert caught.value.field == "min_cell"


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"end": dt.date(2022, 1, 1)}, "to"),
        ({"by": "week"}, "by"),
        ({"target_weeks": (8, 6)}, "target_weeks"),
        ({"target_weeks": (6, 60)}, "target_weeks"),
        ({"reps": 0}, "reps"),
    ],
)
def test_bad_options_are_typed_errors(options: dict[str, Any], field: str) -> None:
    with pytest.raises(FasttrackError) as caught:
        ReportOptions(**{"start": START, "end": END, **options})
    assert caught.value.field == field


# -- empty, one case, errors ---------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_an_empty_history_is_a_report_that_says_so(fmt: str) -> None:
    report = report_of([])
    assert report.notes[0] == "No case in the period: there is nothing to report."
    assert "nothing to report" in render(report, fmt)


def test_cases_outside_the_period_are_counted_apart_and_errors_are_passed_on() -> None:
    lines = [_long_case(k, first=dt.date(2022, 6, 1)) for k in range(6)] + [_long_case(9)]
    read: list[tuple[int, Any]] = [(n, history_from_json(line)) for n, line in enumerate(lines, 1)]
    bad = {**_long_case(20), "case": {**_long_case(20)["case"], "first_meeting": "2022-01-01"}}
    read.append((8, history_from_json(bad)))
    read.append((9, FasttrackError("x", 1, "made up")))
    errors: list[tuple[int, str | None]] = []
    report = build_report(read, ReportOptions(start=START, end=END), lambda n, e: errors.append((n, e.field)))
    assert errors == [(8, "case.first_meeting"), (9, "x")]
    assert report.lines == {"read": 9, "rejected": None, "outside": 6, "assessed": None}


def test_each_case_is_assessed_as_of_its_own_last_day() -> None:
    ended = history_from_json(_long_case(1))
    assert as_of(ended, END) == dt.date(2023, 7, 3)  # its recovery, not the end of the period
    line = _long_case(2)
    del line["case"]["recovered"]
    still_open = history_from_json(line)
    assert as_of(still_open, END) == END
    assert as_of(still_open, dt.date(2023, 1, 20)) == dt.date(2023, 2, 2)  # its first meeting is later


# -- invariants ----------------------------------------------------------------------------------
@settings(max_examples=15)
@given(
    seed=st.integers(0, 2**32), n=st.integers(0, 150), by=st.sampled_from(["month", "quarter", "employer"])
)
def test_counts_add_up_and_shares_lie_between_0_and_1(seed: int, n: int, by: str) -> None:
    report = report_of(cohort(n, seed), by=by, reps=20)
    uptake = table(report, "uptake")
    groups = [row for label, row in uptake.items() if label != "all"]
    if groups and all(row["cases"] is not None for row in groups):  # then the whole is shown too
        assert sum(row["cases"] for row in groups) == uptake["all"]["cases"]
    for t in report.tables:
        for _, values in t.rows:
            for column, value in zip(t.columns, values, strict=True):
                if column.startswith("share") and value is not None:
                    assert isinstance(value, float | int)
                    assert 0 <= value <= 1
    everyone = uptake["all"]
    if everyone["cases"] is not None and everyone["expected over 8 weeks"] is not None:
        assert everyone["expected over 8 weeks"] <= everyone["cases"]


def test_the_groups_add_up_to_the_whole_when_nothing_is_suppressed() -> None:
    report = report_of(cohort(2000, 9), by="quarter", reps=20)
    uptake = table(report, "uptake")
    for column in ("cases", "expected over 8 weeks", "requests by employer"):
        assert sum(row[column] for label, row in uptake.items() if label != "all") == uptake["all"][column]


def _long_case(k: int, first: dt.date = dt.date(2023, 1, 2)) -> dict[str, Any]:
    """A case expected over 8 weeks, asked for by its employer, met in time, recovered after 26 weeks."""
    day = first.isoformat()
    request = (first + dt.timedelta(days=10)).isoformat()
    return {
        "key": f"T-{k}",
        "employer": {"id": f"E-{k % 2}", "employees": 20, "employees_in_municipality": 10},
        "case": {
            "first_day_of_absence": day,
            "sick_person": "employee",
            "over_8_weeks": True,
            "request": {"by": "employer", "date": request},
            "letter_sent": request,
            "consent": {"answer": "agrees", "date": request},
            "first_meeting": (first + dt.timedelta(days=31)).isoformat(),
            "recovered": (first + dt.timedelta(days=182)).isoformat(),
        },
    }


def test_open_undetermined_and_unforecast_cases_are_counted_where_they_belong() -> None:
    still_open = _long_case(1)
    del still_open["case"]["recovered"]
    no_form = _long_case(2)
    del no_form["case"]["consent"]
    del no_form["case"]["first_meeting"]
    unforecast = _long_case(3)
    del unforecast["case"]["over_8_weeks"]
    lines = [still_open, no_form, unforecast] + [_long_case(10 + k) for k in range(5)]
    read = ((n, history_from_json(line)) for n, line in enumerate(lines, 1))
    errors: list[int] = []
    made = build_report(read, ReportOptions(start=START, end=END, reps=10), lambda n, e: errors.append(n))
    assert errors == []
    uptake = table(made, "uptake")["all"]
    assert (uptake["cases"], uptake["expected over 8 weeks"], uptake["requests by employer"]) == (8, 7, 8)
    periods = table(made, "periods")["Fast track"]
    assert periods["ended cases"] == 5  # the 5 plain ones: open, undetermined and unforecast left out
    assert "Cases still open are left out (fewer than 5 here)." in made.notes[-1]


def test_an_error_without_a_listener_is_counted() -> None:
    read = [(1, FasttrackError("x", 1, "made up"))] * 5
    made = build_report(read, ReportOptions(start=START, end=END))
    assert made.lines["rejected"] == 5


@pytest.mark.parametrize(
    ("low", "high", "verdict"),
    [
        (6.2, 7.9, "within the target"),
        (6.0, 8.0, "within the target"),
        (3.0, 5.9, "short of the target"),
        (8.1, 9.0, "beyond the target"),
        (5.0, 7.0, "not conclusive (the interval crosses a bound of the target)"),
        (5.0, 9.0, "not conclusive (the interval crosses a bound of the target)"),
    ],
)
def test_the_verdict_of_an_interval(low: float, high: float, verdict: str) -> None:
    from fasttrack_rules.evaluation.tables import _verdict

    assert _verdict(low, high, (6, 8)) == verdict


def plain(first: str, **case: Any) -> dict[str, Any]:
    return {"key": f"K-{first}-{len(case)}", "case": {"first_day_of_absence": first, **case}}


def test_the_lines_read_do_not_give_away_a_suppressed_count_of_cases_assessed() -> None:
    """Regression: 63 read, 10 rejected and 50 outside the period gave the 3 assessed away."""
    good = [(n, history_from_json(plain(f"2024-01-{n:02d}"))) for n in range(1, 4)]
    outside = [(n, history_from_json(plain(f"2022-01-{n:02d}"))) for n in range(1, 29)] * 2
    bad: list[tuple[int, Any]] = [(n, FasttrackError("key", None, "bad")) for n in range(10)]
    report = build_report([*good, *outside[:50], *bad], ReportOptions(start=START, end=END))
    assert report.lines == {"read": None, "rejected": 10, "outside": 50, "assessed": None}


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_the_whole_period_does_not_give_away_a_suppressed_group(fmt: str) -> None:
    """Regression: by month, 10 cases in January and 3 in February showed 13 in all."""
    lines = [plain(f"2024-01-{n:02d}") for n in range(1, 11)] + [plain(f"2024-02-0{n}") for n in range(1, 4)]
    report = report_of(lines, by="month")
    uptake = next(t for t in report.tables if t.name == "uptake")
    assert [row[1][0] for row in uptake.rows] == [10, None, None]
    assert "13" not in render(report, fmt)


def test_the_total_of_employers_does_not_give_away_a_suppressed_employer() -> None:
    """Regression: by employer, 6 and 2 cases showed 8 cases of all employers."""

    def of(employer: str, day: int) -> dict[str, Any]:
        line = plain(f"2024-03-{day:02d}", sick_person="employee")
        return {**line, "employer": {"id": employer, "employees": 9, "employees_in_municipality": 3}}

    lines = [of("E-1", d) for d in range(1, 7)] + [of("E-2", d) for d in range(7, 9)]
    table = next(t for t in report_of(lines, by="employer").tables if t.name == "employers")
    assert dict(table.rows)["E-1"][1] == 6
    assert dict(table.rows)["all employers"][1] is None


def test_the_share_with_any_request_does_not_give_away_a_suppressed_share_by_who_asked() -> None:
    """Regression: by quarter, the employer requests of a quarter with 1-4 were hidden in
    the whole period only as a total, and the share with any request less the other
    shares gave them back."""
    report = report_of(cohort(1000, seed=1), by="quarter")
    uptake = dict(next(t for t in report.tables if t.name == "uptake").rows)
    quarters = [v for k, v in uptake.items() if k != "all"]
    assert any(v[2] is None for v in quarters)  # some quarter has 1-4 employer requests
    assert uptake["all"][2] is None
    assert uptake["all"][5] is None
    assert uptake["all"][6] is None
    employers = dict(next(t for t in report.tables if t.name == "employers").rows)
    assert employers["all employers"][3] is None
    assert employers["all employers"][4] is None


def test_the_benefit_periods_do_not_give_away_a_suppressed_stratum() -> None:
    """Regression: the ended cases of a track less its strata shown gave a stratum of 1-4."""
    long = {"sick_person": "employee", "over_8_weeks": True}
    lines = [plain(f"2024-01-{n:02d}", **long, recovered="2024-06-01") for n in range(1, 11)]
    lines += [plain(f"2024-05-0{n}", **long, recovered="2024-10-01") for n in range(1, 4)]
    periods = dict(next(t for t in report_of(lines).tables if t.name == "periods").rows)
    strata = dict(next(t for t in report_of(lines).tables if t.name == "strata").rows)
    assert strata["employee 2024-Q1"][1] == 10
    assert strata["employee 2024-Q2"][1] is None
    assert periods["ordinary"][0] is None


def test_the_groups_by_employer_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: by employer, every distinct employer kept a tally of its own (100,000
    employers took 693 MB); past MAX_GROUPS they are counted together."""
    monkeypatch.setattr("fasttrack_rules.evaluation.report.MAX_GROUPS", 2)

    def of(employer: str) -> dict[str, Any]:
        line = plain("2024-03-01", sick_person="employee")
        return {**line, "employer": {"id": employer, "employees": 9, "employees_in_municipality": 3}}

    uptake = next(t for t in report_of([of(f"E-{k}") for k in range(6)], by="employer").tables)
    assert [label for label, _ in uptake.rows] == ["(other employers)", "E-0", "E-1", "all"]


def test_a_day_past_the_calendars_names_the_history_field_that_set_it() -> None:
    """Regression: a benefit_end in 2150 was an error of case.as_of, a field no history has."""
    line = {**plain("2024-01-01"), "benefit_end": "2150-01-01"}
    errors: list[FasttrackError] = []
    build_report(
        [(1, history_from_json(line))], ReportOptions(start=START, end=END), lambda n, e: errors.append(e)
    )
    assert [(e.code, e.field, e.value) for e in errors] == [("OUT_OF_RANGE", "benefit_end", "2150-01-01")]


def _pinned(total: Any, parts: list[Any], min_cell: int) -> bool:
    """Whether an attacker who sees a total and its parts, each suppressed part known to
    be below ``min_cell``, finds a suppressed part that cannot be none."""
    if total is None or not all(isinstance(p, int) or p is None for p in parts):
        return False
    hidden = sum(p is None for p in parts)
    rest = total - sum(p for p in parts if p is not None)
    return hidden > 0 and rest > (min_cell - 1) * (hidden - 1)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32), st.integers(8, 120), st.sampled_from(["month", "quarter", "employer"]))
def test_no_total_shown_pins_a_suppressed_group(seed: int, n: int, by: str) -> None:
    """An attacker subtracting the groups shown from the whole period, column by column,
    never finds a suppressed group that must count a person; nor from the lines read."""
    report = report_of(cohort(n, seed), by=by, reps=10)
    for name in ("uptake", "compliance"):
        table = next(t for t in report.tables if t.name == name)
        *groups, (_, total) = table.rows
        for k, column in enumerate(table.columns):
            if not column.startswith(("share", "days")):
                assert not _pinned(total[k], [row[k] for _, row in groups], 5), (name, column)
    employers = next(t for t in report.tables if t.name == "employers")
    *each, (_, everyone) = employers.rows
    for k in (1, 2, 3):
        assert not _pinned(everyone[k], [row[k] for _, row in each], 5) or by != "employer"
    lines = report.lines
    assert not _pinned(lines["read"], [lines["rejected"], lines["outside"], lines["assessed"]], 5)
