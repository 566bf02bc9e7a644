"""The entry point :func:`main`: the signals it stops on, and the exit code and the one
stderr line of every way a run can end (:mod:`fasttrack_rules.exits`)."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Sequence

from fasttrack_rules import exits
from fasttrack_rules.cli.commands import COMMANDS
from fasttrack_rules.cli.parser import build_parser
from fasttrack_rules.cli.writing import say, silence_stdout, utf8
from fasttrack_rules.exits import ExitError

__all__ = ["main"]


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: stop as Ctrl-C does (the vectors runner kills the
    implementation it started)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _: object) -> None:
    raise _Stopped(signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see :mod:`fasttrack_rules.exits`)."""
    utf8(sys.stdout)
    utf8(sys.stderr)
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return _exit_code(argv)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _exit_code(argv: Sequence[str] | None) -> int:
    """Run the command; turn every way it can end into its exit code and one stderr line."""
    try:
        return _run(argv)
    except ExitError as e:
        say(e.message)
        return e.status
    except KeyboardInterrupt:
        say("interrupted")
        return exits.INTERRUPTED
    except _Stopped as e:
        say(f"stopped by {signal.Signals(e.signum).name}")
        return 128 + e.signum
    except BrokenPipeError:
        silence_stdout()
        say("stdout was closed by its reader; stopped")
        return exits.CLOSED_OUTPUT
    except OSError as e:  # writing stdout: a full disk, an I/O error
        silence_stdout()
        say(f"cannot write the output: {e.strerror or e}")
        return exits.IOERR
    except Exception as e:  # pragma: no cover - a bug; one line, never a traceback
        say(f"internal error, please report it: {type(e).__name__}: {e}")
        return exits.SOFTWARE


def _run(argv: Sequence[str] | None) -> int:
    """Parse ``argv``, run its sub-command and flush stdout; return the command's exit code.

    Raises:
        SystemExit: ``--help``, ``--version`` or a usage error (argparse has written).
        ExitError: there is no stdout (74), or the command ended with an exit code.
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:  # --help, --version or a usage error: argparse has written
        if sys.stdout is not None:
            sys.stdout.flush()
        raise
    if sys.stdout is None:
        raise ExitError(exits.IOERR, "stdout is closed")
    status = COMMANDS[args.command](args)
    sys.stdout.flush()
    return status
