"""The three formats of a report carry the same values; a text from the history (an
employer's id) is written so that it renders as itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from fasttrack_rules.evaluation import (
    Report,
    ReportOptions,
    build_report,
    history_from_json,
    render,
    synthetic_histories,
)

START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)


def report(by: str | None = "quarter", lines: list[dict[str, object]] | None = None) -> Report:
    lines = lines if lines is not None else list(synthetic_histories(600, seed=2, start=START, months=12))
    read = ((n, history_from_json(line)) for n, line in enumerate(lines, 1))
    return build_report(read, ReportOptions(start=START, end=END, by=by, reps=20))


def test_json_and_csv_hold_the_same_values() -> None:
    made = report()
    as_json = json.loads(render(made, "json"))
    rows = list(csv.DictReader(io.StringIO(render(made, "csv"))))
    from_csv = {(r["table"], r["row"], r["column"]): r["value"] for r in rows}
    for table in as_json["tables"]:
        for row in table["rows"]:
            for column, value in zip(table["columns"], row["values"], strict=True):
                assert from_csv[table["name"], row["label"], column] == (
                    "<5" if value is None else str(value)
                )
    assert [r["value"] for r in rows if r["table"] == "notes"] == as_json["notes"]
    assert as_json["period"] == {"from": "2023-01-01", "to": "2023-12-31"}
    assert as_json["min_cell"] == 5


def test_markdown_has_a_heading_per_table_and_a_row_per_group() -> None:
    text = render(report(), "md")
    assert text.startswith("# Fast track evaluation report\n")
    for title in (
        "## Uptake",
        "## Compliance",
        "## Breaches by type",
        "## Benefit period by track",
        "## Difference against the target",
        "## Employers",
    ):
        assert title in text
    assert "| 2023-Q4 |" in text
    assert ", by quarter." in text


def test_an_employer_id_is_escaped_in_markdown_and_kept_in_csv() -> None:
    line: dict[str, object] = {
        "key": "K-1",
        "employer": {"id": "[x](javascript:1)|", "employees": 3, "employees_in_municipality": 1},
        "case": {"first_day_of_absence": "2023-02-01", "sick_person": "employee"},
    }
    made = report("employer", [line])
    text = render(made, "md")
    assert "[x](javascript" not in text
    assert "\\[x\\]\\(javascript\\:1\\)\\|" in text
    assert "[x](javascript:1)|" in render(made, "csv")


def test_an_empty_table_says_so_in_markdown() -> None:
    text = render(report(None, []), "md")
    assert "## Breaches by type\n\nNothing to show." in text


@pytest.mark.parametrize("employer_id", ["=HYPERLINK(1)", "+1", "-1+1", "@SUM(1)"])
def test_an_employer_id_that_would_start_a_formula_is_text_in_csv(employer_id: str) -> None:
    """Regression: an employer's id "=HYPERLINK(...)" was a formula when the CSV was
    opened in a spreadsheet."""
    line: dict[str, object] = {
        "key": "K-1",
        "employer": {"id": employer_id, "employees": 3, "employees_in_municipality": 1},
        "case": {"first_day_of_absence": "2023-02-01", "sick_person": "employee"},
    }
    rows = list(csv.reader(io.StringIO(render(report("employer", [line]), "csv"))))
    labels = {row[1] for row in rows if row[0] == "uptake"}
    assert "'" + employer_id in labels
    assert not any(label.startswith(("=", "+", "-", "@", "\t")) for label in labels)
