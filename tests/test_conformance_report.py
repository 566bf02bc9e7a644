"""A run's rows and report, and the rows as CSV (:mod:`fasttrack_rules.conformance.report`)."""

from __future__ import annotations

from pathlib import Path

from fasttrack_rules import conformance
from fasttrack_rules.conformance import Difference, Report, Row


def test_write_csv_to_a_file_name(tmp_path: Path) -> None:
    rows = [Row("A-1", True, "", "errors"), Row("B-2", False, 'x, "y"', "consent")]
    conformance.write_csv(rows, tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines() == [
        "id,subject,result,detail",
        "A-1,errors,PASS,",
        'B-2,consent,FAIL,"x, ""y"""',
    ]


def test_a_report_counts() -> None:
    rows = (Row("A", True, ""), Row("B", False, "x", "s", (Difference("f", "x"),)))
    report = Report(rows, 2, 0, None, False, 1.0, "", (), 0.1)
    assert (report.passed, report.failed, report.ok) == (1, 1, False)
    assert str(rows[1].differences[0]) == "x"
    assert Report(rows[:1], 1, 0, None, False, 1.0, "", (), 0.1).ok
    assert not Report(rows[:1], 1, 0, None, False, 1.0, "", ("p",), 0.1).ok
