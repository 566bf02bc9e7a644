"""Writing: UTF-8 whatever the locale, JSON lines that are safe to print, and the one
``fasttrack:`` line on stderr."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import IO

__all__ = ["say", "silence_stdout", "stdout_fd", "utf8", "write_bytes", "write_json", "write_line"]


def utf8(stream: IO[str] | None) -> None:
    """Write UTF-8 whatever the locale; escape what cannot be encoded (a lone surrogate
    becomes ``\\udXXX``, which is also its JSON escape) instead of failing."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):  # a stream that cannot change stays as it is
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def say(message: str) -> None:
    """One line on stderr, ``fasttrack: message``, if there is a stderr."""
    from fasttrack_rules._safe import safe_text

    if sys.stderr is not None:
        try:
            sys.stderr.write(f"fasttrack: {safe_text(message)}\n")
            sys.stderr.flush()
        except OSError:  # pragma: no cover - stderr gone too: nothing left to tell
            pass


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's own flush at exit cannot
    fail a second time and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # pragma: no cover - not a real file (tests)
        pass


def write_json(obj: object, *, pretty: bool = False) -> None:
    """Write ``obj`` to stdout as one JSON line (indented when ``pretty``) and flush it,
    with the characters a terminal would act on written as ``\\u`` escapes."""
    from fasttrack_rules.protocol.lines import json_text

    write_line(json_text(obj, pretty=pretty))


def write_line(text: str, *, flush: bool = True) -> None:
    """Write ``text`` and a newline to stdout, and flush it unless told not to."""
    sys.stdout.write(text + "\n")
    if flush:
        sys.stdout.flush()


def stdout_fd() -> int | None:
    """The file descriptor of stdout, flushed (what was written first stays first), for
    other processes to write to; None for a stdout that takes only text or has none (an
    embedding program's)."""
    sys.stdout.flush()
    if getattr(sys.stdout, "buffer", None) is None:
        return None
    try:
        return sys.stdout.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both
        return None


def write_bytes(data: bytes) -> None:
    """Write ``data`` (UTF-8 text) to stdout as it is, and flush it; to a stdout that
    takes only text (an embedding program's), decoded."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    sys.stdout.flush()  # whatever was written as text goes first
    buffer.write(data)
    buffer.flush()
