"""The benchmark's pure parts (docs/performance.md): the floor computes the same dates as
``assess``, the cases and lines it feeds, the interleaving and ratios, the report and
the generated part of the page. Nothing here is timed."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from benchmarks import floor as floor_module
from benchmarks.cases import BROKEN_LINE, CASES, TEMPLATES, batch_lines, moved
from benchmarks.evaluation import REPORT_FLAT, report_row
from benchmarks.floor import ABSENT, Unsupported, assessed, day_table, facts_of, floor
from benchmarks.inprocess import floor_inputs
from benchmarks.memory import Peak, children
from benchmarks.report import BEGIN, END, PAGE, Row, markdown, replace_generated, table
from benchmarks.timing import interleave, ratio
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules import assess, case_from_json, danish_bank_days, municipal_working_days

BANK = day_table(danish_bank_days())
MUNICIPAL = day_table(municipal_working_days())


def floor_and_assess(obj: dict[str, object]) -> tuple[object, object]:
    case, as_of = case_from_json(obj)
    return floor(facts_of(case, as_of), BANK, MUNICIPAL), assessed(assess(case, as_of=as_of))


def test_the_floor_answers_every_benchmark_case_as_assess_does() -> None:
    inputs = floor_inputs()  # raises if any case differs
    assert len(inputs.cases) == len(inputs.facts) == len(CASES) == 60
    tracks = {floor(facts, inputs.bank, inputs.municipal)[0] for facts in inputs.facts}
    assert tracks == {"fast_track", "ordinary"}


def test_the_first_worked_example_in_the_floors_terms() -> None:
    got, expected = floor_and_assess(TEMPLATES["employer, consent in time"])
    assert got == expected
    day = floor_module.BASE
    assert got == (
        "fast_track",
        ("request_window", dt.date(2025, 4, 6).toordinal() - day, "met", ABSENT),
        ("consent_form", dt.date(2025, 3, 20).toordinal() - day, "met", ABSENT),
        ("doctor_consultation", dt.date(2025, 3, 27).toordinal() - day, "pending", ABSENT),
        (
            "first_meeting",
            dt.date(2025, 4, 1).toordinal() - day,
            "pending",
            dt.date(2025, 4, 1).toordinal() - day,
        ),
        (
            "ordinary_first_meeting",
            dt.date(2025, 4, 27).toordinal() - day,
            "pending",
            dt.date(2025, 4, 25).toordinal() - day,
        ),
    )


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(sorted(TEMPLATES)), days=st.integers(0, 240))
def test_the_floor_agrees_with_assess_on_moved_cases(kind: str, days: int) -> None:
    got, expected = floor_and_assess(moved(TEMPLATES[kind], days))
    assert got == expected


@pytest.mark.parametrize(
    "change",
    [
        {"consent": {"answer": "refuses", "date": "2025-03-19"}},
        {"over_8_weeks": False},
        {  # a late request: no consent step
            "request": {"by": "employer", "date": "2025-04-08"},
            "letter_sent": "2025-04-08",
            "consent": {"answer": "agrees", "date": "2025-04-09"},
            "as_of": "2025-04-09",
        },
        {"as_of": "2025-04-10", "doctor_consultation": "2025-03-25", "first_meeting": "2025-04-03"},
        {"as_of": "2025-04-10", "doctor_requested": "2025-03-20"},
        {"as_of": "2025-04-10"},
        {"as_of": "2025-04-10", "doctor_consultation": "2025-03-31"},
        {"as_of": "2025-04-10", "doctor_consultation": "2025-03-31", "doctor_requested": "2025-03-20"},
        {"as_of": "2025-04-10", "first_meeting": "2025-04-02"},
    ],
)
def test_the_floor_agrees_with_assess_beyond_the_benchmark(change: dict[str, object]) -> None:
    got, expected = floor_and_assess({**TEMPLATES["employer, consent in time"], **change})
    assert got == expected


@pytest.mark.parametrize(
    "change",
    [
        {"standby": True},
        {"recovered": "2025-03-20"},
        {"request": {"by": "jobcenter", "date": "2025-03-18"}, "letter_sent": None, "consent": None},
        {"over_8_weeks": None},
        {"sick_person": None},
        {"interpretation": {"roll": "forward"}},
        {"calendar": {"extra_closed": ["2025-03-21"]}},
    ],
)
def test_the_floor_refuses_cases_outside_its_scope(change: dict[str, object]) -> None:
    obj = {
        key: value
        for key, value in {**TEMPLATES["employer, consent in time"], **change}.items()
        if value is not None
    }
    case, as_of = case_from_json(obj)
    with pytest.raises(Unsupported):
        facts_of(case, as_of)


def test_the_floor_refuses_a_form_it_does_not_judge() -> None:
    obj = {**TEMPLATES["employer, consent in time"]}
    del obj["consent"]
    case, as_of = case_from_json(obj)
    with pytest.raises(Unsupported):
        floor(facts_of(case, as_of), BANK, MUNICIPAL)


def test_the_calendar_tables_count_open_days() -> None:
    table_ = day_table(danish_bank_days())
    assert len(table_.prefix) == floor_module.DAYS + 1
    assert table_.prefix[-1] == len(table_.opens)
    easter_monday = dt.date(2025, 4, 21).toordinal() - floor_module.BASE
    assert easter_monday not in table_.opens
    assert easter_monday + 1 in table_.opens


def test_the_cases_move_every_date_and_nothing_else() -> None:
    case = moved(TEMPLATES["employer, consent in time"], 7)
    assert case["request"] == {"by": "employer", "date": "2025-03-25"}
    assert case["answers"] == TEMPLATES["employer, consent in time"]["answers"]
    assert len({json.dumps(case, sort_keys=True) for case in CASES}) == len(CASES)


def test_batch_lines_number_their_ids_and_place_broken_lines() -> None:
    lines = list(batch_lines(200, broken_every=97))
    assert len(lines) == 200
    assert all(line.endswith(b"\n") for line in lines)
    assert [n for n, line in enumerate(lines, 1) if line == BROKEN_LINE + b"\n"] == [97, 194]
    assert json.loads(lines[0])["id"] == "1"
    assert json.loads(lines[1]) == {"id": "2", **CASES[2]}


def test_interleave_rotates_the_order_and_ratio_takes_the_median_of_rounds() -> None:
    order: list[str] = []

    def recorder(name: str, value: float) -> Callable[[], float]:
        def measure() -> float:
            order.append(name)
            return value

        return measure

    times = interleave({"a": recorder("a", 2.0), "b": recorder("b", 1.0)}, 3)
    assert order == ["a", "b", "b", "a", "a", "b"]
    assert times == {"a": [2.0, 2.0, 2.0], "b": [1.0, 1.0, 1.0]}
    assert ratio([1.0, 9.0, 4.0], [1.0, 1.0, 2.0]) == 2.0


def test_the_report_marks_targets_and_the_page_has_its_markers() -> None:
    rows = [
        Row("1", "f", "b", "1 µs", "2 µs", "0.5x", "≤ 2x", True),
        Row("2", "f", "b", "1", "2", "3", "≥ 4", False, ("a detail",)),
        Row("3", "f", "b", "1", "2", "3", "reported", None),
    ]
    text = table(rows)
    assert [line.split("|")[-2].strip() for line in text.splitlines()[2:]] == ["yes", "**no**", "—"]
    assert "Row 2:\n\na detail" in markdown("Machine: x.", rows, "python -m benchmarks")
    page = PAGE.read_text(encoding="utf-8")
    assert page.count(BEGIN) == page.count(END) == 1
    assert replace_generated(f"a\n{BEGIN}\nold\n{END}\nz", "new") == f"a\n{BEGIN}\n\nnew\n\n{END}\nz"
    with pytest.raises(ValueError, match="markers"):
        replace_generated("no markers", "new")


def test_the_report_row_is_met_only_when_memory_stays_flat() -> None:
    mib = 1024 * 1024
    low = Peak(tree=30 * mib, parent=30 * mib, workers=(), seconds=2.0)
    flat = report_row(10_000, 1_000_000, low, Peak(tree=33 * mib, parent=33 * mib, workers=(), seconds=150.0))
    assert flat.met is True
    assert (flat.figure_value, flat.baseline_value, flat.ratio) == ("33.0 MiB", "30.0 MiB", "1.10x")
    assert flat.details[-1] == "- time: 75.0x for 100x the cases (0.75 of linear)"
    assert flat.details[0] == "- 1,000,000 cases: 150.0 s, 6,667 cases/s, 33.0 MiB"
    grown = Peak(tree=30 * mib + REPORT_FLAT + 1, parent=0, workers=(), seconds=150.0)
    assert report_row(10_000, 1_000_000, low, grown).met is False


def test_children_finds_a_process_started_here() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in children(os.getpid())
    finally:
        child.kill()
        child.wait()
