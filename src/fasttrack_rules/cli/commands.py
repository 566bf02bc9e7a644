"""What each sub-command does with its parsed options (``assess``, ``explain``,
``calendar``, ``vectors``, ``schema``), returning its exit code.

Each imports the modules it needs when it runs, so that ``fasttrack --help`` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator

from fasttrack_rules import exits
from fasttrack_rules.cli.employer import run_employer, run_rollout
from fasttrack_rules.cli.evaluation import run_report, run_synth
from fasttrack_rules.cli.reading import cases_in, is_a_file, lines_in, may_be_one_document
from fasttrack_rules.cli.writing import say, stdout_fd, write_bytes, write_json, write_line
from fasttrack_rules.errors import FasttrackError, InvalidValueError
from fasttrack_rules.exits import ExitError

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only; the commands import lazily to start fast
    from fasttrack_rules.calendars import Calendar
    from fasttrack_rules.facts import Case
    from fasttrack_rules.protocol.answers import Options
    from fasttrack_rules.results import Assessment

__all__ = ["COMMANDS", "run_assess", "run_calendar", "run_explain", "run_schema", "run_vectors"]


def _answers(
    args: argparse.Namespace,
) -> Iterator[tuple[int, object, FasttrackError | tuple[Assessment, Case]]]:
    """(line number, the line's JSON or None when it is no JSON, and the line's typed error
    or its (assessment, case)) for every case of the input."""
    from fasttrack_rules.engine import assess
    from fasttrack_rules.protocol import case_from_json
    from fasttrack_rules.protocol.answers import InternalError

    for number, source in cases_in(args.file, args.max_line_bytes):
        if isinstance(source, FasttrackError):
            yield number, None, source
            continue
        answer: FasttrackError | tuple[Assessment, Case]
        try:
            case, as_of = case_from_json(source)
            answer = assess(case, as_of=as_of), case
        except FasttrackError as e:
            answer = e
        except Exception as e:  # pragma: no cover - a bug; the run must go on
            answer = InternalError(None, None, f"{type(e).__name__}: {e}")
        yield number, source, answer


def run_assess(args: argparse.Namespace) -> int:
    """``fasttrack assess``: one JSON line per case, the result or the error line; with
    ``--jobs`` other than 1, answered by worker processes (a small regular file, which
    may be one pretty-printed case, is answered here all the same).

    Returns:
        1 if some line was an error, else 0.
    """
    from fasttrack_rules.protocol.answers import Options, answer

    options = Options(lang=args.lang, pretty=args.pretty, compact=args.compact)
    if args.jobs != 1 and not may_be_one_document(args.file, args.max_line_bytes):
        return _assess_in_parallel(args, options)
    # A pipe or a terminal may be fed line by line: each answer is flushed as it is made.
    # A file is not waiting for answers: they are written in blocks (flushed at the end).
    flush = not is_a_file(args.file)
    failed = False
    for number, source in cases_in(args.file, args.max_line_bytes):
        text, bad = answer(number, source, options)
        failed = failed or bad
        write_line(text, flush=flush)
    return 1 if failed else 0


def _assess_in_parallel(args: argparse.Namespace, options: Options) -> int:
    """``fasttrack assess --jobs N``: the lines answered by worker processes, written a
    chunk at a time in input order (by the workers themselves when stdout is a file
    descriptor: the answers then need not pass through this process).

    Raises:
        ExitError: a worker process ended before answering its lines (70).
    """
    import contextlib

    from fasttrack_rules import batch

    failed = False
    lines = lines_in(args.file, args.max_line_bytes)
    answered_chunks = batch.answer_chunks(lines, options, args.jobs, stdout=stdout_fd())
    with contextlib.closing(answered_chunks) as chunks:
        try:
            for answered in chunks:
                failed = failed or answered.failed
                if answered.output:  # empty: a worker has written it
                    write_bytes(answered.output)
        except batch.WorkerError as e:
            raise ExitError(exits.SOFTWARE, str(e)) from None
    return 1 if failed else 0


def run_explain(args: argparse.Namespace) -> int:
    """``fasttrack explain``: each case in words (``--format text`` or ``markdown``) or as a
    Mermaid timeline, an empty line between two cases (so that two charts are not read as
    one); a bad line is one line of text on stderr.

    Returns:
        1 if some line was an error, else 0.
    """
    from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text
    from fasttrack_rules.protocol import error_text

    failed = written = False
    for number, source, answer in _answers(args):
        if isinstance(answer, FasttrackError):  # the reader of a text gets the error as text, on stderr
            failed = True
            say(error_text(number, answer, source))
            continue
        result, case = answer
        if args.format == "mermaid":
            text = explain_mermaid(result, case, lang=args.lang)
        elif args.format == "markdown":
            text = explain_markdown(result, case, lang=args.lang, audience=args.audience)
        else:
            text = explain_text(result, case, lang=args.lang, audience=args.audience)
        sys.stdout.write("\n" + text if written else text)
        sys.stdout.flush()
        written = True
    return 1 if failed else 0


def run_calendar(args: argparse.Namespace) -> int:
    """``fasttrack calendar closed|add|count``: the closed days of a year (one JSON line
    each), the N-th open day after a date, or the open days in a range.

    Returns:
        1 after writing the JSON error object of a bad argument, else 0.
    """
    from fasttrack_rules.protocol import closed_day_json, error_json, parse_date

    try:
        chosen = _chosen_calendar(args)
        if args.calendar_command == "closed":
            for day in chosen.closed_days(args.year):
                write_json(closed_day_json(day))
        elif args.calendar_command == "add":
            print(chosen.add(parse_date(args.date, "date"), args.n).isoformat())
        else:
            print(chosen.count(parse_date(args.start, "start"), parse_date(args.end, "end")))
    except FasttrackError as e:
        write_json(error_json(e))
        return 1
    return 0


def _chosen_calendar(args: argparse.Namespace) -> Calendar:
    """The calendar of ``--calendar``, with the days of ``--extra-closed`` and ``--open-on``.

    Raises:
        InvalidValueError: adjustments given for the bank calendar.
        InvalidDateError: an adjusted day that is not an ISO date.
    """
    from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
    from fasttrack_rules.protocol import parse_date

    if args.calendar == "municipal":
        return municipal_working_days(
            extra_closed=[parse_date(d, "--extra-closed") for d in args.extra_closed],
            open_on=[parse_date(d, "--open-on") for d in args.open_on],
        )
    if args.extra_closed or args.open_on:
        option = "--extra-closed" if args.extra_closed else "--open-on"
        raise InvalidValueError(
            option, args.extra_closed or args.open_on, "adjustments apply to the municipal calendar only"
        )
    return danish_bank_days()


def run_vectors(args: argparse.Namespace) -> int:
    """``fasttrack vectors export DIR`` (prints the files written) or ``vectors run``.

    Returns:
        0, or for ``run`` the runner's exit code.

    Raises:
        ExitError: the kit cannot be written to DIR (73).
    """
    from fasttrack_rules import conformance

    if args.vectors_command == "export":
        try:
            written = conformance.export(args.dir)
        except OSError as e:
            raise ExitError(
                exits.CANTCREAT, f"cannot write the kit to {args.dir}: {e.strerror or e}"
            ) from None
        for path in written:
            print(path)
        return 0
    from fasttrack_rules import runner

    return runner.run_main(args)


def run_schema(args: argparse.Namespace) -> int:
    """``fasttrack schema WHICH``: the JSON Schema, indented.

    Returns:
        0.
    """
    from fasttrack_rules import conformance

    write_json(conformance.schema(args.which), pretty=True)
    return 0


#: The function of each sub-command, by its name.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "assess": run_assess,
    "explain": run_explain,
    "calendar": run_calendar,
    "vectors": run_vectors,
    "schema": run_schema,
    "synth": run_synth,
    "report": run_report,
    "employer": run_employer,
    "rollout": run_rollout,
}
