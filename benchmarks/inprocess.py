"""The rows of ``assess`` measured inside this process: against the floor (row 1), and
the API with JSON against the bare JSON work (row 2).

Each row first checks that the two sides give the same answers, then times them
interleaved (:mod:`benchmarks.timing`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import NamedTuple

from benchmarks.cases import CASES, case_lines
from benchmarks.floor import DayTable, Facts, assessed, day_table, facts_of, floor
from benchmarks.report import Row, us
from benchmarks.timing import in_process, interleave, median, ratio
from fasttrack_rules import (
    Case,
    assess,
    assess_json,
    case_from_json,
    danish_bank_days,
    municipal_working_days,
)
from fasttrack_rules.protocol import Options, answer_line

__all__ = ["FloorInputs", "floor_inputs", "floor_row", "json_rows"]


class FloorInputs(NamedTuple):
    """What row 1 times: the prebuilt cases for ``assess`` and the floor's ints and tables."""

    cases: list[tuple[Case, dt.date]]
    facts: list[Facts]
    bank: DayTable
    municipal: DayTable


def floor_inputs() -> FloorInputs:
    """The benchmark cases prepared for both sides, after checking that the floor answers
    each of them exactly as ``assess`` does (so that both compute the same thing)."""
    bank, municipal = day_table(danish_bank_days()), day_table(municipal_working_days())
    cases = [case_from_json(case) for case in CASES]
    facts = [facts_of(case, as_of) for case, as_of in cases]
    for (case, as_of), plain in zip(cases, facts, strict=True):
        got, expected = floor(plain, bank, municipal), assessed(assess(case, as_of=as_of))
        if got != expected:
            raise AssertionError(f"the floor differs from assess on {case}: {got} != {expected}")
    return FloorInputs(cases, facts, bank, municipal)


def floor_row(rounds: int) -> Row:
    """Row 1: ``assess`` on a prebuilt case against the floor on prebuilt ints."""
    cases, facts, bank, municipal = floor_inputs()

    def run_assess() -> None:
        for case, as_of in cases:
            assess(case, as_of=as_of)

    def run_floor() -> None:
        for plain in facts:
            floor(plain, bank, municipal)

    n = len(cases)
    times = interleave(
        {"assess": in_process(run_assess, calls=n), "floor": in_process(run_floor, calls=n)},
        rounds,
        label="assess vs floor",
    )
    x = ratio(times["assess"], times["floor"])
    return Row(
        "1",
        "`assess(case, as_of=...)`",
        "the floor",
        us(median(times["assess"])),
        us(median(times["floor"])),
        f"{x:,.1f}x",
        "≤ 2x",
        x <= 2,
    )


def json_rows(rounds: int) -> list[Row]:
    """Row 2: the API with JSON in and out, and ``answer_line`` (text in, text out),
    against ``json.loads`` of the case and ``json.dumps`` of its result."""
    lines = [line.decode() for line in case_lines()]
    raw = case_lines()
    results = [assess_json(json.loads(line)) for line in lines]
    options = Options()
    for line, result in zip(raw, results, strict=True):
        if json.loads(answer_line(1, line, options).text) != result:
            raise AssertionError(f"answer_line and assess_json differ on {line!r}")

    def api() -> None:
        for line in lines:
            json.dumps(assess_json(json.loads(line)))

    def text() -> None:
        for line in raw:
            answer_line(1, line, options)

    def bare() -> None:
        for line, result in zip(lines, results, strict=True):
            json.loads(line)
            json.dumps(result)

    n = len(lines)
    measures = {name: in_process(fn, calls=n) for name, fn in (("api", api), ("text", text), ("bare", bare))}
    times = interleave(measures, rounds, label="JSON")
    baseline = "`json.loads(line)` + `json.dumps(result)`"
    rows = []
    for key, name, figure, target in (
        ("2", "api", "`json.dumps(assess_json(json.loads(line)))`", 0.6),
        ("2b", "text", "`answer_line(1, line, Options())`", None),
    ):
        x = ratio(times["bare"], times[name])
        rows.append(
            Row(
                key,
                figure,
                baseline,
                us(median(times[name])),
                us(median(times["bare"])),
                f"{x:.2f}",
                "reported" if target is None else f"≥ {target} (baseline / figure)",
                None if target is None else x >= target,
            )
        )
    return rows
