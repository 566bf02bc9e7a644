"""Strict readers of command-line values, shared by the sub-commands: a bad value is a
usage error (exit 2) naming the value, never an internal error further on."""

from __future__ import annotations

import argparse
import datetime as _dt
import math
import re
from collections.abc import Callable

#: The largest line limit accepted (1 GiB): far above any case, and within every buffer
#: size the operating system takes.
MAX_BYTES = 1 << 30
#: The longest timeout accepted (a week): far above any run, and within the range of the
#: operating system's timers.
MAX_SECONDS = 7 * 24 * 3600.0
#: The most worker processes accepted: far above the cores of any machine that runs one
#: batch, and within what the operating system starts without harm.
MAX_JOBS = 1024

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_INTEGER = re.compile(r"[+-]?[0-9]+", re.ASCII)
_NUMBER = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+", re.ASCII)
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def byte_count(text: str) -> int:
    """A whole number of bytes, 1 to :data:`MAX_BYTES`, in ASCII digits only."""
    if not _DIGITS.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}")
    value = int(text)
    if not 1 <= value <= MAX_BYTES:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_BYTES:,}: {text}")
    return value


def seconds(text: str) -> float:
    """A positive number of seconds, at most :data:`MAX_SECONDS`, in ASCII digits."""
    if not _NUMBER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}")
    value = float(text)
    if not (0 < value <= MAX_SECONDS and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most {MAX_SECONDS:g} seconds: {text}")
    return value


def job_count(text: str) -> int:
    """A number of worker processes, 0 (one per CPU) to :data:`MAX_JOBS`, in ASCII digits only."""
    if not _DIGITS.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a whole number of processes: {text!r}")
    value = int(text)
    if value > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_JOBS:,}: {text}")
    return value


def integer(text: str) -> int:
    """A whole number in ASCII digits, with an optional sign (``int`` also takes other
    scripts' digits, blanks and underscores)."""
    if not _INTEGER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return int(text)


def iso_date(text: str) -> _dt.date:
    """An ISO date YYYY-MM-DD, 2000-2100."""
    try:
        day = _dt.date.fromisoformat(text) if _ISO.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None or not 2000 <= day.year <= 2100:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD in 2000-2100: {text!r}")
    return day


def min_cell(text: str) -> int:
    """The smallest cell a report shows: 5 or more (raised, never lowered)."""
    value = integer(text)
    if value < 5:
        raise argparse.ArgumentTypeError(
            f"must be 5 or more (small cells may be raised, never lowered): {text}"
        )
    return value


def text(what: str) -> Callable[[str], str]:
    """A reader of a value that must not be empty or blank."""

    def read(value: str) -> str:
        if not value.strip():
            raise argparse.ArgumentTypeError(f"{what} is empty")
        return value

    return read


def add_max_line_bytes(parser: argparse.ArgumentParser, *, default: int, read: str, over: str) -> None:
    """Add the option ``--max-line-bytes N`` (a :func:`byte_count`) to ``parser``: the
    longest ``read`` line (``input``, ``output``) read, in bytes; ``over`` says what a
    longer line does (``fails its vector``)."""
    parser.add_argument(
        "--max-line-bytes",
        type=byte_count,
        default=default,
        metavar="N",
        help=f"longest {read} line read, in bytes (default {default:,}); a longer line {over}",
    )
