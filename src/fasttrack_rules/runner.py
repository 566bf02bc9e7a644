"""``fasttrack vectors run``: run another implementation over the conformance vectors.

The command line builds its parser with :func:`add_run_arguments` and runs the command
with :func:`run_main`; the engine is :func:`fasttrack_rules.conformance.run_command`,
the reports are those of :mod:`fasttrack_rules.conformance.render`. This module imports
only ``argparse``, the standard library and the plain data of the vector set at the top,
so that building the parser stays fast; the rest is imported when a run starts.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from fasttrack_rules import _args
from fasttrack_rules.conformance.vector_set import SUBJECTS

__all__ = ["FORMATS", "add_run_arguments", "run_main"]

#: The report formats of ``--format``.
FORMATS = ("text", "tap", "junit")
_DEFAULT_TIMEOUT = 600.0
_DEFAULT_MAX_LINE_BYTES = 1 << 20


# -- the command line ------------------------------------------------------------------------------
def _subjects(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected subject names separated by commas")
    for name in names:
        if name not in SUBJECTS:
            raise argparse.ArgumentTypeError(
                f"unknown subject {name!r}; the subjects are {', '.join(SUBJECTS)}"
            )
    return names


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``vectors run`` to ``parser``."""
    parser.add_argument(
        "--command",
        dest="implementation",
        required=True,
        type=_args.text("the command"),
        metavar="CMD",
        help="the implementation under test (a shell command)",
    )
    _add_choice_arguments(parser)
    _add_report_arguments(parser)
    parser.add_argument(
        "--timeout",
        type=_args.seconds,
        default=_DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"kill the implementation (and its process group) after SECONDS (default {_DEFAULT_TIMEOUT:g}); "
        "the vectors it answered until then count",
    )
    _args.add_max_line_bytes(parser, default=_DEFAULT_MAX_LINE_BYTES, read="output", over="fails its vector")


def _add_choice_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose the vectors: ``--only``, ``--subject``, ``--vectors``."""
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ID_OR_GLOB",
        help="run only the vectors whose id matches (a glob such as 'RW-*'; repeatable); each must match",
    )
    parser.add_argument(
        "--subject",
        action="append",
        type=_subjects,
        default=[],
        metavar="S1,S2",
        help=f"run only these subjects, comma-separated: {', '.join(SUBJECTS)}",
    )
    parser.add_argument(
        "--vectors",
        metavar="DIR",
        help="run the vector files in DIR (an exported kit, perhaps edited) instead of the packaged ones",
    )


def _add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the report: ``--format``, ``--csv``, ``--quiet``."""
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="the report on stdout: text (default), tap or junit"
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV to FILE")
    parser.add_argument(
        "--quiet", action="store_true", help="text: print only the failures and the summary, no PASS lines"
    )


def run_main(args: argparse.Namespace) -> int:
    """Run ``vectors run`` with parsed ``args``; write the report to stdout and return
    the exit code: 0 when every vector passed and the run had no problem, else 1.

    Raises:
        ExitError: ``--vectors DIR`` cannot be read or holds an invalid vector file
            (``NOINPUT``); an ``--only`` pattern matches no vector (``USAGE``); the
            ``--csv`` file cannot be written (``CANTCREAT``).
        OSError: writing stdout failed (the command line reports it).
    """
    from fasttrack_rules import conformance, exits
    from fasttrack_rules.exits import ExitError

    by_subject = _load(args)
    chosen = _select(by_subject, args.only)
    csv_file = None
    if args.csv:
        try:
            csv_file = open(args.csv, "w", newline="", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as e:
            raise ExitError(exits.CANTCREAT, f"cannot write {args.csv}: {e.strerror or e}") from None
    try:
        report = conformance.run_command(
            args.implementation, vectors=chosen, timeout=args.timeout, max_line_bytes=args.max_line_bytes
        )
        vectors = {v["id"]: v for vs in chosen.values() for v in vs}
        if args.format == "tap":
            text = conformance.render_tap(report, vectors)
        elif args.format == "junit":
            text = conformance.render_junit(report, vectors)
        else:
            text = conformance.render_text(report, vectors, quiet=args.quiet)
        sys.stdout.write(text)
        sys.stdout.flush()
        if csv_file is not None:
            try:
                conformance.write_csv(report.rows, csv_file)
                csv_file.close()
            except OSError as e:
                raise ExitError(exits.CANTCREAT, f"cannot write {args.csv}: {e.strerror or e}") from None
    finally:
        if csv_file is not None:  # closed already, unless something failed on the way
            with contextlib.suppress(OSError):
                csv_file.close()
    return exits.OK if report.ok else exits.FAILED


def _load(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """The vectors of the chosen subjects, packaged or from ``--vectors DIR``."""
    import os

    from fasttrack_rules import conformance, exits
    from fasttrack_rules.errors import FasttrackError
    from fasttrack_rules.exits import ExitError

    subjects = [s for group in args.subject for s in group] or list(SUBJECTS)
    if args.vectors is None:
        return conformance.load_subjects(None, subjects)
    where = f"cannot read the vectors in {args.vectors}"
    if not os.path.isdir(args.vectors):
        raise ExitError(exits.NOINPUT, f"{where}: no such folder")
    try:
        return conformance.load_subjects(args.vectors, subjects)
    except FasttrackError as e:
        raise ExitError(exits.NOINPUT, f"{where}: {e.field}: {e.message}") from None
    except OSError as e:
        raise ExitError(exits.NOINPUT, f"{where}: {e.filename}: {e.strerror or e}") from None


def _select(
    by_subject: Mapping[str, list[dict[str, Any]]], patterns: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """The vectors whose id matches one of ``patterns`` (all when there is none)."""
    from fnmatch import fnmatchcase

    from fasttrack_rules import exits
    from fasttrack_rules.exits import ExitError

    if not patterns:
        return dict(by_subject)
    ids = [v["id"] for vs in by_subject.values() for v in vs]
    for pattern in patterns:
        if not any(fnmatchcase(i, pattern) for i in ids):
            raise ExitError(exits.USAGE, f"--only {pattern}: matches no vector of the chosen subjects")
    chosen = {
        s: [v for v in vs if any(fnmatchcase(v["id"], p) for p in patterns)] for s, vs in by_subject.items()
    }
    return {s: vs for s, vs in chosen.items() if vs}
