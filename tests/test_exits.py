"""The exit codes of the command line: the values of docs/cli.md ("Exit codes"), BSD
``sysexits`` where one fits, 128 + the signal for a signal, all distinct."""

from __future__ import annotations

import os
import pathlib
import re
import signal

import pytest

from fasttrack_rules import exits

ROOT = pathlib.Path(__file__).resolve().parent.parent
#: Each named code and its value, worked from docs/cli.md and sysexits(3).
EXPECTED = {
    "OK": 0,
    "FAILED": 1,
    "USAGE": 2,
    "NOINPUT": 66,  # EX_NOINPUT
    "SOFTWARE": 70,  # EX_SOFTWARE
    "CANTCREAT": 73,  # EX_CANTCREAT
    "IOERR": 74,  # EX_IOERR
    "INTERRUPTED": 130,  # 128 + SIGINT (2)
    "CLOSED_OUTPUT": 141,  # 128 + SIGPIPE (13)
}


def named_codes() -> dict[str, int]:
    return {name: getattr(exits, name) for name in exits.__all__ if name != "ExitError"}


def test_the_named_codes_have_their_values() -> None:
    assert named_codes() == EXPECTED


def test_the_codes_are_distinct() -> None:
    assert len(set(named_codes().values())) == len(named_codes())


def test_the_codes_are_the_table_of_the_command_line_documentation() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    table = text[text.index("## Exit codes") :].split("\n\n")[1].splitlines()[2:]
    documented = {int(code) for row in table for code in re.findall(r"\d+", row.split("|")[1])}
    # 129 and 143 (SIGHUP, SIGTERM) are computed from the signal, not named.
    assert documented == {*EXPECTED.values(), 129, 143}


@pytest.mark.parametrize("name", ["NOINPUT", "SOFTWARE", "CANTCREAT", "IOERR"])
def test_the_sysexits_codes_are_those_of_the_system(name: str) -> None:
    system = getattr(os, f"EX_{name}", None)
    if system is None:
        pytest.skip("this system's os module has no sysexits")
    assert getattr(exits, name) == system


def test_the_signal_codes_are_128_plus_the_signal() -> None:
    assert exits.INTERRUPTED == 128 + signal.SIGINT
    assert exits.CLOSED_OUTPUT == 128 + signal.SIGPIPE


def test_an_exit_error_carries_its_status_and_message() -> None:
    error = exits.ExitError(exits.NOINPUT, "fasttrack: stdin is closed")
    assert (error.status, error.message) == (66, "fasttrack: stdin is closed")
    assert error.args == (66, "fasttrack: stdin is closed")
    assert isinstance(error, Exception)
