"""A report written as Markdown, CSV or JSON. Each writes the same values, already
suppressed by :func:`~fasttrack_rules.evaluation.report.build_report`: a suppressed
value is ``<N>`` in Markdown and CSV (N the smallest cell shown, as ``<5``) and
``null`` in JSON, where ``min_cell`` says why.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from fasttrack_rules._safe import safe_markdown
from fasttrack_rules.evaluation.report import Report, Table, Value
from fasttrack_rules.protocol.lines import json_text

__all__ = ["FORMATS", "render", "report_json"]

#: The formats of ``--format``, each with the suffix of its file under ``--out``.
FORMATS = {"md": "md", "csv": "csv", "json": "json"}
_PLAIN = re.compile(r"<?[A-Za-z0-9 (),_.-]+", re.ASCII)


def render(report: Report, fmt: str) -> str:
    """``report`` as text in ``fmt`` (``md``, ``csv`` or ``json``)."""
    if fmt == "json":
        return json_text(report_json(report), pretty=True) + "\n"
    return _csv(report) if fmt == "csv" else _markdown(report)


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
                writer.writerow((table.name, _inert(label), column, _cell(value, report.options.min_cell)))
    return out.getvalue()


#: The first characters that make a spreadsheet read a cell as a formula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _inert(label: str) -> str:
    """A row label (an employer's id is the history's text) that a spreadsheet shows as
    text, never runs as a formula: one that would start a formula gets a leading ``'``."""
    return "'" + label if label.startswith(_FORMULA) else label


def _markdown(report: Report) -> str:
    options = report.options
    head = [
        "# Fast track evaluation report",
        "",
        f"Cases whose first day of absence falls from {options.start.isoformat()} "
        f"to {options.end.isoformat()}" + (f", by {options.by}." if options.by else "."),
        "",
        *(f"- {note}" for note in report.notes),
        "",
        "| | read | rejected | outside the period | assessed |",
        "|---|---:|---:|---:|---:|",
        "| lines | " + " | ".join(_cell(v, options.min_cell) for v in report.lines.values()) + " |",
    ]
    parts = ["\n".join(head)]
    parts.extend(_markdown_table(t, options.min_cell) for t in report.tables)
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
