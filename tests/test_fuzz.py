"""A small fuzz run of `fasttrack assess` in the suite (the 100,000-line run is
scripts/fuzz_cli.py; figures in docs/robustness.md)."""

from __future__ import annotations

from scripts.fuzz_cli import fuzz


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
    ):
        assert outcomes.get(code, 0) > 0, code
