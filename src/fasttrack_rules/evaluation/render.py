"""A report written as Markdown, HTML, CSV or JSON. Each writes the same values, already
suppressed by :func:`~fasttrack_rules.evaluation.report.build_report`: a suppressed
value is ``<N>`` in Markdown, HTML and CSV (N the smallest cell shown, as ``<5``) and
``null`` in JSON, where ``min_cell`` says why.

Markdown and HTML show the plots (:mod:`fasttrack_rules.evaluation.plots`) when the
report has them: HTML holds each SVG inline, Markdown links each ``NAME.svg`` beside it
(written by ``--out``); without matplotlib both say the plots are unavailable.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping
from typing import Any

from fasttrack_rules._safe import safe_markdown
from fasttrack_rules.evaluation.report import Report, Table, Value
from fasttrack_rules.protocol.lines import json_text

__all__ = ["FORMATS", "NOT_WRITTEN", "UNAVAILABLE", "inert", "render", "report_json"]

#: The formats of ``--format``, each with the suffix of its file under ``--out``.
FORMATS = {"md": "md", "html": "html", "csv": "csv", "json": "json"}
#: What a report says of its plots when matplotlib is not installed.
UNAVAILABLE = 'Plots are unavailable: they need matplotlib (pip install "fasttrack_rules[report]").'
#: What a Markdown report printed rather than written says of its plots.
NOT_WRITTEN = "The plots are written as SVG files beside the report with --out DIR."
_PLAIN = re.compile(r"<?[A-Za-z0-9 (),_.-]+", re.ASCII)


def render(report: Report, fmt: str, drawn: Mapping[str, str] | None = None, *, linked: bool = False) -> str:
    """``report`` as text in ``fmt`` (``md``, ``html``, ``csv`` or ``json``). ``drawn``
    holds the plots' SVG by name (``None``: matplotlib is missing); ``linked``: the
    Markdown links ``NAME.svg`` files written beside it."""
    if fmt == "json":
        return json_text(report_json(report), pretty=True) + "\n"
    if fmt == "html":
        return _html(report, drawn)
    return _csv(report) if fmt == "csv" else _markdown(report, drawn, linked)


def _cell(value: Value, min_cell: int) -> str:
    if value is None:
        return f"<{min_cell}"
    return str(value)


def report_json(report: Report) -> dict[str, Any]:
    """``report`` as a JSON object: the options, the lines, the notes and each table with
    its columns and rows (a row: its label and one value per column, ``null`` where suppressed)."""
    options = report.options
    return {
        "period": {"from": options.start.isoformat(), "to": options.end.isoformat()},
        "by": options.by,
        "min_cell": options.min_cell,
        "target_weeks": list(options.target_weeks),
        "bootstrap": {"seed": options.seed, "rounds": options.reps},
        "lines": report.lines,
        "notes": list(report.notes),
        "tables": [
            {
                "name": t.name,
                "title": t.title,
                "columns": list(t.columns),
                "rows": [{"label": label, "values": list(values)} for label, values in t.rows],
            }
            for t in report.tables
        ],
    }


def _csv(report: Report) -> str:
    """One row per value: table, row label, column, value; the notes and the lines first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("table", "row", "column", "value"))
    for k, note in enumerate(report.notes, 1):
        writer.writerow(("notes", str(k), "note", note))
    for name, value in report.lines.items():
        writer.writerow(("lines", name, "lines", _cell(value, report.options.min_cell)))
    for table in report.tables:
        for label, values in table.rows:
            for column, value in zip(table.columns, values, strict=True):
                writer.writerow((table.name, inert(label), column, _cell(value, report.options.min_cell)))
    return out.getvalue()


#: The first characters that make a spreadsheet read a cell as a formula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def inert(label: str) -> str:
    """A cell of text from the input (an employer's id or name) that a spreadsheet shows
    as text, never runs as a formula: one that would start a formula gets a leading ``'``."""
    return "'" + label if label.startswith(_FORMULA) else label


def _period(report: Report) -> str:
    options = report.options
    return (
        f"Cases whose first day of absence falls from {options.start.isoformat()} "
        f"to {options.end.isoformat()}" + (f", by {options.by}." if options.by else ".")
    )


def _markdown_plots(report: Report, drawn: Mapping[str, str] | None, linked: bool) -> str:
    if drawn is None or not linked:
        return f"## Plots\n\n{UNAVAILABLE if drawn is None else NOT_WRITTEN}"
    return "## Plots\n\n" + "\n\n".join(f"![{p.title}]({p.name}.svg)" for p in report.plots)


def _markdown(report: Report, drawn: Mapping[str, str] | None = None, linked: bool = False) -> str:
    options = report.options
    head = [
        "# Fast track evaluation report",
        "",
        _period(report),
        "",
        *(f"- {note}" for note in report.notes),
        "",
        "| | read | rejected | outside the period | assessed |",
        "|---|---:|---:|---:|---:|",
        "| lines | " + " | ".join(_cell(v, options.min_cell) for v in report.lines.values()) + " |",
    ]
    parts = ["\n".join(head)]
    parts.extend(_markdown_table(t, options.min_cell) for t in report.tables)
    if report.plots:
        parts.append(_markdown_plots(report, drawn, linked))
    return "\n\n".join(parts) + "\n"


def _markdown_table(table: Table, min_cell: int) -> str:
    lines = [f"## {table.title}", ""]
    if not table.rows:
        return "\n".join([*lines, "Nothing to show."])
    lines.append("| | " + " | ".join(table.columns) + " |")
    lines.append("|---|" + "---:|" * len(table.columns))
    for label, values in table.rows:
        cells = [_escape(label), *(_escape(_cell(v, min_cell)) for v in values)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _escape(text: str) -> str:
    """A table cell as Markdown that renders literally: plain words, numbers and ``<5``
    as they are, anything else (an employer's id is the history's text) escaped."""
    return text if _PLAIN.fullmatch(text) else safe_markdown(text)


_STYLE = (
    "body{font-family:sans-serif;max-width:72em;margin:auto}"
    "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em}td{text-align:right}"
)


def _html_table(title: str, columns: tuple[str, ...], rows: Any, min_cell: int) -> list[str]:
    e = html.escape
    out = [f"<h2>{e(title)}</h2>"]
    if not rows:
        return [*out, "<p>Nothing to show.</p>"]
    out.append("<table><thead><tr><th></th>" + "".join(f"<th>{e(c)}</th>" for c in columns) + "</tr></thead>")
    out.append("<tbody>")
    for label, values in rows:
        cells = "".join(f"<td>{e(_cell(v, min_cell))}</td>" for v in values)
        out.append(f"<tr><th>{e(label)}</th>{cells}</tr>")
    return [*out, "</tbody></table>"]


def _html_plots(report: Report, drawn: Mapping[str, str] | None) -> list[str]:
    if not report.plots:
        return []
    if drawn is None:
        return ["<h2>Plots</h2>", f"<p>{html.escape(UNAVAILABLE)}</p>"]
    figures = [drawn[p.name][drawn[p.name].index("<svg") :] for p in report.plots]
    return ["<h2>Plots</h2>", *(f"<figure>{svg}</figure>" for svg in figures)]


def _html(report: Report, drawn: Mapping[str, str] | None) -> str:
    """The report as one HTML document (its plots inline), every text escaped."""
    min_cell = report.options.min_cell
    lines = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">',
        f"<title>Fast track evaluation report</title>\n<style>{_STYLE}</style>\n</head>\n<body>",
        "<h1>Fast track evaluation report</h1>",
        f"<p>{html.escape(_period(report))}</p>",
        "<ul>" + "".join(f"<li>{html.escape(note)}</li>" for note in report.notes) + "</ul>",
        *_html_table(
            "Lines",
            ("read", "rejected", "outside the period", "assessed"),
            [("lines", tuple(report.lines.values()))],
            min_cell,
        ),
    ]
    for t in report.tables:
        lines += _html_table(t.title, t.columns, t.rows, min_cell)
    lines += _html_plots(report, drawn)
    return "\n".join([*lines, "</body>\n</html>"]) + "\n"
