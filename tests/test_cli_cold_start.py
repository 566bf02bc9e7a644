"""What a cold start of the command line imports: one case through ``fasttrack assess``
imports neither ``holidays`` nor ``importlib.metadata`` (and, in its plain form, neither
attrs nor the law), and ``--help`` imports neither the protocol nor the rules. (How long
a start takes is measured in benchmarks/, not asserted here.)"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fasttrack_rules.cli.parser import build_parser
from fasttrack_rules.protocol import MAX_LINE_BYTES

CASE = '{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"}\n'
#: Run the command line in a fresh interpreter, then write on stderr, as JSON, the modules
#: it imported beside those the interpreter had already loaded (site hooks, such as a
#: coverage .pth file, may load some first).
_RUN = """
import json, sys
before = set(sys.modules)
from fasttrack_rules.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as e:
    status = e.code
sys.stdout.flush()
sys.stderr.write(json.dumps({"status": status, "added": sorted(set(sys.modules) - before)}))
"""


def imported_by(*argv: str, stdin: str = "") -> set[str]:
    """The modules a fresh ``fasttrack ARGV`` imports; the run must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *argv], input=stdin, capture_output=True, text=True, check=True
    )
    report = json.loads(done.stderr.splitlines()[-1])
    assert report["status"] == 0, done.stderr
    added: set[str] = set(report["added"])
    return added


def test_one_case_imports_neither_holidays_nor_importlib_metadata() -> None:
    added = imported_by("assess", stdin=CASE)
    assert "fasttrack_rules.engine.core" in added  # the case was assessed here, by the engine
    assert not {name for name in added if name.split(".")[0] in ("attr", "attrs")}
    assert "fasttrack_rules.law" not in added
    assert not {name for name in added if name.split(".")[0] == "holidays"}
    assert "importlib.metadata" not in added


def test_version_reads_the_holidays_release_from_the_shipped_table() -> None:
    added = imported_by("--version")
    assert not {name for name in added if name.split(".")[0] == "holidays"}
    assert "importlib.metadata" not in added


@pytest.mark.parametrize("argv", [("--help",), ("assess", "--help"), ("vectors", "run", "--help")])
def test_help_loads_neither_protocol_nor_rules(argv: tuple[str, ...]) -> None:
    added = imported_by(*argv)
    assert "fasttrack_rules.cli.parser" in added
    assert not added & {"fasttrack_rules.protocol", "fasttrack_rules.rules", "attr"}


def test_the_parser_limits_lines_as_the_protocol_does() -> None:
    parser = build_parser()
    for command in ("assess", "explain"):
        args = parser.parse_args([command])
        assert args.max_line_bytes == MAX_LINE_BYTES
