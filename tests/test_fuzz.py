"""Fuzzing: `fasttrack assess` through scripts/fuzz_cli.py (2,000 lines on every run,
100,000 in the slow job; figures in docs/robustness.md), and the line reader and the
case reader under Hypothesis with arbitrary bytes and arbitrary JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripts.fuzz_cli import CODES, fuzz

from fasttrack_rules import FasttrackError, assess_json, error_json
from fasttrack_rules.protocol import parse_line
from tests.cases import case


def test_fuzz_cli_keeps_its_promises() -> None:
    report = fuzz(2000, seed=1)
    outcomes = report["outcomes"]
    assert report["lines"] == 2000
    assert outcomes.get("(result)", 0) > 100  # many lines are still valid cases
    for code in (
        "INVALID_JSON",
        "INVALID_ENCODING",
        "EMPTY_LINE",
        "INVALID_DATE",
        "UNKNOWN_FIELD",
        "MISSING_FIELD",
        "DUPLICATE_KEY",
    ):
        assert outcomes.get(code, 0) > 0, code


@pytest.mark.slow
def test_fuzz_cli_100_000_lines_in_flat_memory() -> None:
    report = fuzz(100_000, seed=0)
    assert report["lines"] == 100_000
    assert set(report["outcomes"]) - {"(result)"} <= CODES
    assert report["outcomes"].get("LINE_TOO_LONG", 0) > 0
    # The interpreter, its tables and one line of at most 1 MiB: flat, whatever the input.
    assert report["peak_rss_mib"] < 100, report


# -- the readers, in process ------------------------------------------------------------------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_any_bytes_are_a_value_or_a_typed_error(raw: bytes) -> None:
    line = raw.replace(b"\n", b" ")
    try:
        value = parse_line(line)
    except FasttrackError as e:
        error: FasttrackError | None = e
    else:
        error = None
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # every value read can be written
    assert error is None or error.field is None or isinstance(error.field, str)


@settings(max_examples=300)
@given(JSON)
def test_any_json_is_a_result_or_a_typed_error(value: Any) -> None:
    try:
        result = assess_json(value)
    except FasttrackError as e:
        result = error_json(e)
    assert set(result) == {"error"} or "track" in result


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(list(case())), JSON, max_size=6))
def test_any_field_values_are_a_result_or_a_typed_error(changes: dict[str, Any]) -> None:
    try:
        result = assess_json({**case(), **changes})
    except FasttrackError as e:
        result = error_json(e)
        assert isinstance(result["error"]["field"], str)  # type: ignore[index]
    json.dumps(result, ensure_ascii=False).encode("utf-8")
