"""Every script in examples/ runs, and says what it should."""

from __future__ import annotations

import pathlib
import subprocess
import sys

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


def test_sample_month() -> None:
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "sample_month.py"), "2025", "5"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "fre 2025-05-30 -     yes" in out  # bank closing day, municipal working day
    assert out.rstrip().endswith("bank days: 20, municipal working days: 21")


def test_sample_month_december() -> None:
    from examples.sample_month import month_table

    lines = month_table(2025, 12)
    assert lines[-1] == "bank days: 19, municipal working days: 19"


def test_assess_case_example() -> None:
    from examples.assess_case import main

    text = main()
    assert text.startswith("track: fast_track")
    assert "first_meeting            2025-04-01   pending" in text
    assert "still to obtain: adaptation_tried" in text


def test_cli_examples() -> None:
    import json

    single = subprocess.run(
        [sys.executable, "-m", "fasttrack_rules", "assess", str(EXAMPLES / "case.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(single.stdout)["id"] == "example-employer"
    many = subprocess.run(
        [sys.executable, "-m", "fasttrack_rules", "assess", str(EXAMPLES / "cases.jsonl")],
        capture_output=True,
        text=True,
    )
    assert many.returncode == 1  # the last line is a deliberate error
    tracks = [json.loads(line).get("track") for line in many.stdout.splitlines()]
    assert tracks == ["fast_track", "ordinary", "undetermined", None]
