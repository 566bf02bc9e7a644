"""The exit codes of the ``fasttrack`` command line (BSD ``sysexits`` where one fits).

| code | name | when |
|---:|---|---|
| 0 | ``OK`` | every input line (or vector) was answered without error |
| 1 | ``FAILED`` | some input line was an error, or some vector failed |
| 2 | ``USAGE`` | the command line itself is wrong (unknown option, bad argument) |
| 66 | ``NOINPUT`` | an input file or folder is missing, unreadable or a folder; stdin is closed |
| 70 | ``SOFTWARE`` | an internal error (a bug: please report it) |
| 73 | ``CANTCREAT`` | an output file or folder cannot be created |
| 74 | ``IOERR`` | reading or writing failed (a full disk, an I/O error) |
| 130 | ``INTERRUPTED`` | interrupted by Ctrl-C (128 + SIGINT) |
| 141 | ``CLOSED_OUTPUT`` | the reader of stdout went away (128 + SIGPIPE), e.g. ``| head -1`` |
| 129, 143 | | stopped by SIGHUP or SIGTERM (128 + the signal) |

Every exit other than 0 and 1 writes one line to stderr, starting ``fasttrack:``.
"""

from __future__ import annotations

__all__ = [
    "CANTCREAT",
    "CLOSED_OUTPUT",
    "FAILED",
    "INTERRUPTED",
    "IOERR",
    "NOINPUT",
    "OK",
    "SOFTWARE",
    "USAGE",
    "ExitError",
]

OK = 0
FAILED = 1
USAGE = 2
NOINPUT = 66
SOFTWARE = 70
CANTCREAT = 73
IOERR = 74
INTERRUPTED = 130
CLOSED_OUTPUT = 141


class ExitError(Exception):
    """Ends the command with ``status`` and the one-line ``message`` on stderr."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message
