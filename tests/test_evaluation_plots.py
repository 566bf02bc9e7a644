"""The report's plots and its HTML: every point suppressed by the tables' rule, the same
SVG bytes for the same report, the plots embedded in HTML and linked from Markdown, a
report without matplotlib that says so and still works, and small cells suppressed in
HTML as in every format."""

from __future__ import annotations

import datetime as dt
import html
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from fasttrack_rules.cli import main
from fasttrack_rules.evaluation import (
    Report,
    ReportOptions,
    build_report,
    history_from_json,
    render,
    synthetic_histories,
)
from fasttrack_rules.evaluation.plots import DURATION_BIN_WEEKS, Plot, draw
from fasttrack_rules.evaluation.render import NOT_WRITTEN, UNAVAILABLE

START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)


def report(lines: list[dict[str, object]] | None = None, *, plots: bool = True) -> Report:
    lines = lines if lines is not None else list(synthetic_histories(1500, seed=5, start=START, months=12))
    read = ((n, history_from_json(line)) for n, line in enumerate(lines, 1))
    return build_report(read, ReportOptions(start=START, end=END, reps=20, plots=plots))


def by_name(made: Report) -> dict[str, Plot]:
    return {p.name: p for p in made.plots}


def test_plots_only_when_asked_with_every_month_and_every_bin() -> None:
    assert report(plots=False).plots == ()
    plots = by_name(report())
    assert list(plots) == ["uptake", "compliance", "duration"]
    assert [x for x, _ in plots["uptake"].series[0][1]] == [f"2023-{m:02d}" for m in range(1, 13)]
    assert [label for label, _ in plots["compliance"].series] == ["Fast track", "ordinary"]
    bins = [x for x, _ in plots["duration"].series[0][1]]
    assert bins[0] == f"0-{DURATION_BIN_WEEKS - 1}"
    assert bins[-1] == "52+"


def test_every_point_rests_on_enough_persons() -> None:
    # Four cases, each expected over 8 weeks and asked for in time: every point is small.
    case = {"first_day_of_absence": "2023-03-01", "sick_person": "employee", "over_8_weeks": True}
    asked = {**case, "request": {"by": "employer", "date": "2023-03-05"}, "recovered": "2023-06-01"}
    plots = report([{"key": f"k{n}", "case": asked} for n in range(4)]).plots
    assert all(y is None for p in plots for _, points in p.series for _, y in points)
    many = by_name(report([{"key": f"k{n}", "case": asked} for n in range(6)]))
    uptake = dict(many["uptake"].series[0][1])
    assert uptake == {"2023-03": 1.0}  # only the months that have cases


def test_the_same_report_draws_the_same_svg() -> None:
    made = report()
    first = draw(made.plots)
    assert first is not None
    assert set(first) == {"uptake", "compliance", "duration"}
    assert first == draw(made.plots)
    assert all(svg.lstrip().startswith("<?xml") and "<svg" in svg for svg in first.values())
    assert "Benefit periods by track" in first["duration"]


def test_html_embeds_the_plots_and_markdown_links_them() -> None:
    made = report()
    drawn = draw(made.plots)
    page = render(made, "html", drawn)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<figure><svg") == 3
    assert "<h2>Uptake</h2>" in page
    linked = render(made, "md", drawn, linked=True)
    assert "![Uptake by month: share of cases expected over 8 weeks with a request](uptake.svg)" in linked
    assert NOT_WRITTEN in render(made, "md", drawn)
    assert "## Plots" not in render(report(plots=False), "md")
    assert "<h2>Plots</h2>" not in render(report(plots=False), "html")


def test_without_matplotlib_the_report_says_so_and_still_works(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    made = report()
    assert draw(made.plots) is None
    assert UNAVAILABLE in render(made, "md", None, linked=True)
    assert html.escape(UNAVAILABLE) in render(made, "html", None)
    history = tmp_path / "history.jsonl"
    history.write_text(
        "\n".join(json.dumps(line) for line in synthetic_histories(50, seed=1, start=START)) + "\n"
    )
    out = tmp_path / "out"
    assert (
        main(
            [
                "report",
                str(history),
                "--from",
                "2023-01-01",
                "--to",
                "2024-12-31",
                "--format",
                "html",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["report.html"]
    assert capsys.readouterr().out == f"{out / 'report.html'}\n"


def test_small_cells_are_suppressed_in_html_too() -> None:
    employer = {"id": "<b>E&1</b>", "employees": 3, "employees_in_municipality": 1}
    lines: list[dict[str, object]] = [
        {
            "key": f"k{n}",
            "employer": employer,
            "case": {"first_day_of_absence": "2023-03-01", "over_8_weeks": True},
        }
        for n in range(3)
    ]
    page = render(report(lines), "html", None)
    assert "<td>3</td>" not in page
    assert "<td>&lt;5</td>" in page
    assert "<b>" not in page
    assert "Nothing to show." in page


def test_the_command_writes_the_plots_beside_the_html(tmp_path: Path, capsys: Any) -> None:
    history = tmp_path / "history.jsonl"
    history.write_text(
        "\n".join(json.dumps(line) for line in synthetic_histories(300, seed=1, start=START)) + "\n"
    )
    out = tmp_path / "out"
    period = ["--from", "2023-01-01", "--to", "2024-12-31"]
    assert main(["report", str(history), *period, "--format", "html", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out / 'report.html'}\n"
    assert sorted(p.name for p in out.iterdir()) == [
        "compliance.svg",
        "duration.svg",
        "report.html",
        "uptake.svg",
    ]
    assert (out / "report.html").read_text(encoding="utf-8").count("<figure><svg") == 3
    assert main(["report", str(history), *period, "--format", "md"]) == 0
    assert NOT_WRITTEN in capsys.readouterr().out
    assert main(["report", str(history), *period, "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["report.csv"]
