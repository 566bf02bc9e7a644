"""The rows of whole processes: ``fasttrack assess`` over a batch against a bare echo
(row 3), ``--jobs 2`` against ``--jobs 1`` (row 4), and the cold start of one case
against a bare interpreter (row 5).

The command's optional options (``--compact``, ``--jobs``) are found in its ``--help``,
so that the rows that need them appear when the command has them.
"""

from __future__ import annotations

import compileall
import hashlib
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import fasttrack_rules
from benchmarks.cases import batch_lines
from benchmarks.report import Row, ms, per_second
from benchmarks.timing import CHILD_ENV, command, interleave, median, ratio

__all__ = ["ECHO", "batch_rows", "bytecode", "cli", "cli_options", "cold_rows", "write_lines"]

#: The bare echo: one process that reads the file line by line and writes each line's
#: JSON value again, buffered, as ``fasttrack assess`` writes its answers when it reads a
#: file (it flushes line by line only when it reads a pipe or a terminal).
ECHO = (
    "import json, sys\n"
    "out = sys.stdout\n"
    "with open(sys.argv[1], 'rb') as lines:\n"
    "    for line in lines:\n"
    "        out.write(json.dumps(json.loads(line)) + '\\n')\n"
)


def cli() -> list[str]:
    """The ``fasttrack`` command beside this interpreter (as installed), else the module."""
    script = Path(sys.executable).with_name("fasttrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fasttrack_rules"]


def cli_options() -> set[str]:
    """Which of the optional options ``fasttrack assess`` has."""
    text = subprocess.run([*cli(), "assess", "--help"], capture_output=True, text=True, check=True).stdout
    return {option for option in ("--compact", "--jobs") if re.search(rf"{option}\b", text)}


def bytecode() -> str:
    """Compile the package's bytecode where it is missing or stale (an installed wheel has
    it; an editable install under PYTHONDONTWRITEBYTECODE=1 would not), and say so."""
    folder = Path(fasttrack_rules.__file__).parent
    sources = sorted(folder.rglob("*.py"))
    compileall.compile_dir(str(folder), quiet=1)
    missing = [p for p in sources if not Path(importlib.util.cache_from_source(str(p))).exists()]
    if missing:
        return f"bytecode missing for {len(missing)} of the package's {len(sources)} modules (read-only)"
    return "the package's bytecode compiled"


def write_lines(path: Path, lines: Iterable[bytes]) -> Path:
    with open(path, "wb") as out:
        out.writelines(lines)
    return path


def _digest(argv: list[str]) -> tuple[str, int]:
    """SHA-256 and size of what ``argv`` writes on stdout."""
    digest, size = hashlib.sha256(), 0
    with subprocess.Popen(argv, stdout=subprocess.PIPE, env=CHILD_ENV) as child:
        assert child.stdout is not None
        while chunk := child.stdout.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _jobs_row(times: dict[str, list[float]], same: bool, count: int) -> Row:
    x = ratio(times["jobs 1"], times["jobs 2"])
    return Row(
        "4",
        "`fasttrack assess --jobs 2 FILE`",
        "`--jobs 1`",
        per_second(count, median(times["jobs 2"])),
        per_second(count, median(times["jobs 1"])),
        f"{x:.2f}x",
        "≥ 1.6x (speed-up), same output",
        x >= 1.6 and same,
        (f"The outputs of `--jobs 1` and `--jobs 2` are {'byte-identical' if same else '**different**'}.",),
    )


def batch_rows(folder: Path, count: int, check_count: int, rounds: int) -> list[Row]:
    """Rows 3, 3b (``--compact``) and 4 (``--jobs``): a batch of ``count`` lines."""
    options, assess_ = cli_options(), [*cli(), "assess"]
    batch = str(write_lines(folder / "batch.jsonl", batch_lines(count)))
    measures = {
        "cli": command([*assess_, batch]),
        "echo": command([sys.executable, "-c", ECHO, batch]),
    }
    if "--compact" in options:
        measures["compact"] = command([*assess_, "--compact", batch])
    if "--jobs" in options:
        measures["jobs 1"] = command([*assess_, "--jobs", "1", batch])
        measures["jobs 2"] = command([*assess_, "--jobs", "2", batch])
    times = interleave(measures, rounds, label=f"fasttrack assess over {count:,} lines")
    rows = []
    for key, name, figure, target in (
        ("3", "cli", "`fasttrack assess FILE`", 0.3),
        ("3b", "compact", "`fasttrack assess --compact FILE`", None),
    ):
        if name in times:
            x = ratio(times["echo"], times[name])
            rows.append(
                Row(
                    key,
                    figure,
                    "bare echo (`json.loads` + `json.dumps` a line)",
                    per_second(count, median(times[name])),
                    per_second(count, median(times["echo"])),
                    f"{x:.2f}",
                    "reported" if target is None else f"≥ {target} (baseline / figure)",
                    None if target is None else x >= target,
                )
            )
    if "--jobs" in options:
        check = str(write_lines(folder / "check.jsonl", batch_lines(check_count, broken_every=97)))
        one, two = _digest([*assess_, "--jobs", "1", check]), _digest([*assess_, "--jobs", "2", check])
        same = one == two and one[1] > 0
        rows.append(_jobs_row(times, same, count))
    return rows


def cold_rows(folder: Path, rounds: int) -> list[Row]:
    """Row 5: one case through a fresh ``fasttrack assess`` against a fresh ``python -c
    "import json"``; row 5b: what ``import fasttrack_rules`` adds to a fresh interpreter."""
    one = str(write_lines(folder / "one.jsonl", batch_lines(1)))
    times = interleave(
        {
            "cli": command([*cli(), "assess", one]),
            "json": command([sys.executable, "-c", "import json"]),
            "import": command([sys.executable, "-c", "import fasttrack_rules"]),
            "bare": command([sys.executable, "-c", "pass"]),
        },
        rounds,
        label="cold start",
    )
    x = ratio(times["cli"], times["json"])
    extra = median([a - b for a, b in zip(times["import"], times["bare"], strict=True)])
    return [
        Row(
            "5",
            "one case, `fasttrack assess FILE`",
            '`python -c "import json"`',
            ms(median(times["cli"])),
            ms(median(times["json"])),
            f"{x:.1f}x",
            "≤ 4x",
            x <= 4,
        ),
        Row(
            "5b",
            '`python -c "import fasttrack_rules"`',
            '`python -c "pass"`',
            ms(median(times["import"])),
            ms(median(times["bare"])),
            f"{extra * 1e3:+.1f} ms",
            "≤ +30 ms",
            extra <= 0.030,
        ),
    ]
