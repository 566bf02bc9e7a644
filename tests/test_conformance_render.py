"""The text, TAP and JUnit reports of a run, from reports made by hand
(:mod:`fasttrack_rules.conformance.render`; ``tests/test_runner.py`` renders real runs)."""

from __future__ import annotations

from typing import Any

import pytest

from fasttrack_rules.conformance import Report, Row
from fasttrack_rules.conformance.render import render_tap, render_text, sent_text, tap_description


def test_the_text_report_when_the_run_failed_without_stderr() -> None:
    rows = (Row("A", True, ""),)
    report = Report(rows, 1, 2, None, False, 1.0, " \n", ("the implementation exited with status 2",), 0.1)
    assert render_text(report, {}, quiet=True) == (
        "problem: the implementation exited with status 2\n1 passed, 0 failed\n"
    )
    tap = render_tap(report, {})
    assert '  problems: ["the implementation exited with status 2"]\n' in tap
    assert "stderr_tail" not in render_tap(Report(rows, 1, 2, None, False, 1.0, "", ("p",), 0.1), {})


@pytest.mark.parametrize(
    ("vector", "shown"),
    [
        ({"line_hex": "7b7d"}, "line_hex 7b7d"),
        ({"line_hex": "7b", "line_padding": 1048576}, "line_hex 7b and 1,048,576 spaces"),
        ({"line_hex": "ab" * 100}, "line_hex " + "ab" * 59 + "a…"),
        ({"input": {"id": "\u202e\x1b"}}, '{"id": "\\u202e\\u001b"}'),
    ],
)
def test_the_line_sent_is_shown_short_and_safe(vector: dict[str, Any], shown: str) -> None:
    assert sent_text(vector) == shown


def test_a_tap_description_escapes_its_hash() -> None:
    assert tap_description("A#1 \\ x") == "A\\#1 \\\\ x"
