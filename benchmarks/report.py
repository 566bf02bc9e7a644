"""The benchmark's report: the machine, the table of ratios and the details, in
Markdown; and the replacement of the generated part of docs/performance.md."""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from fasttrack_rules import __version__

__all__ = ["BEGIN", "END", "PAGE", "Row", "machine", "markdown", "replace_generated", "table"]

PAGE = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
BEGIN = "<!-- benchmarks:begin (written by python -m benchmarks --write) -->"
END = "<!-- benchmarks:end -->"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Row:
    """One row of the table: a figure beside its baseline, measured in the same run.

    ``ratio`` is written as given (each row says which way it goes), ``met`` is None
    for a figure reported without a target, and ``details`` are lines of Markdown
    printed under the table."""

    key: str
    figure: str
    baseline: str
    figure_value: str
    baseline_value: str
    ratio: str
    target: str
    met: bool | None
    details: tuple[str, ...] = field(default=())


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def ns(seconds: float) -> str:
    return f"{seconds * 1e9:,.0f} ns"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def per_second(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f} lines/s"


def mib(size: float) -> str:
    return f"{size / MIB:,.1f} MiB"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(notes: tuple[str, ...] = ()) -> str:
    """One paragraph on the machine and the software of the run."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 0
    others = ", ".join(f"{name} {_version(name)}" for name in ("attrs", "holidays", "numpy"))
    libraries = f"fasttrack_rules {__version__}, {others}"
    parts = [
        f"{_cpu_model()}, {os.cpu_count()} cores ({usable} usable)",
        f"{platform.python_implementation()} {sys.version.split()[0]} on {platform.system()}",
        libraries,
        *notes,
    ]
    return "Machine: " + "; ".join(parts) + "."


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| # | figure | baseline | figure | baseline | ratio | target | met |",
        "|---|---|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        met = "—" if row.met is None else "yes" if row.met else "**no**"
        lines.append(
            f"| {row.key} | {row.figure} | {row.baseline} | {row.figure_value} | {row.baseline_value} "
            f"| {row.ratio} | {row.target} | {met} |"
        )
    return "\n".join(lines)


def markdown(machine_line: str, rows: list[Row], command: str) -> str:
    """The whole report: the command, the machine, the table and each row's details."""
    parts = [f"`{command}`", machine_line, table(rows)]
    for row in rows:
        if row.details:
            parts.append(f"Row {row.key}:\n\n" + "\n".join(row.details))
    return "\n\n".join(parts)


def replace_generated(page: str, report: str) -> str:
    """``page`` with the text between the two marker lines replaced by ``report``."""
    head, begin, rest = page.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"the page has no {BEGIN!r} ... {END!r} markers")
    return f"{head}{BEGIN}\n\n{report}\n\n{END}{tail}"
