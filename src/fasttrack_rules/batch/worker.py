"""A worker process: it answers the chunks its pipe brings, in order, until the parent
closes the pipe or is gone."""

from __future__ import annotations

import errno
import os
import queue
import signal
import sys
import threading
from collections import deque
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle

from fasttrack_rules.batch.chunks import Answered, Chunk, answer_chunk
from fasttrack_rules.protocol.answers import Options

__all__ = ["STOPS", "answer_from", "serve", "write_all"]

#: The signals that stop a run: the parent handles them and then ends its workers.
STOPS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
#: How long the thread that takes a turn to write may wait for the one answering lines
#: (Python's switch interval in a worker; its default, 5 ms, made every turn wait that
#: long, and the turns come one after another).
SWITCH_SECONDS = 0.0001


def serve(pipe: Connection, options: Options, direct: bool = False) -> None:
    """A worker's life (the target of its process). It ignores Ctrl-C, which the
    terminal sends to the whole process group while the parent decides; it started with
    the :data:`STOPS` held and now lets SIGTERM and SIGHUP end it. Its standard input
    and output become ``/dev/null``, as only the parent reads the input and writes the
    output. Its switch interval becomes :data:`SWITCH_SECONDS`, so that a turn to write
    is taken at once. Then it answers the chunks of ``pipe`` (:func:`answer_from`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
    sys.setswitchinterval(SWITCH_SECONDS)
    nothing = os.open(os.devnull, os.O_RDWR)
    os.dup2(nothing, 0)
    os.dup2(nothing, 1)
    os.close(nothing)
    answer_from(pipe, options, recv_handle(pipe) if direct else None)


def answer_from(pipe: Connection, options: Options, stdout: int | None = None) -> None:
    """Answer each chunk from ``pipe`` on ``pipe``, until it ends. A thread takes the
    chunks in as they come, so the parent never waits to send while this waits to
    answer. With ``stdout``, the answers stay here and only whether a chunk failed
    goes back; the thread writes the oldest chunk's answers to ``stdout`` when the
    parent gives the turn (an int), at once even while a chunk is being answered."""
    inbox: queue.SimpleQueue[Chunk | None] = queue.SimpleQueue()
    replies = _Replies(pipe, stdout)
    threading.Thread(target=_take_in, args=(pipe, inbox, replies), daemon=True).start()
    while (chunk := inbox.get()) is not None:
        try:
            replies.answered(answer_chunk(*chunk, options))
        except OSError:  # the parent is gone
            return


class _Replies:
    """What goes back to the parent on ``pipe``, from either thread (one at a time):
    the answers (or, with ``stdout``, whether they failed) and the outcome of a turn."""

    def __init__(self, pipe: Connection, stdout: int | None) -> None:
        self._pipe = pipe
        self._stdout = stdout
        self._kept: deque[bytes] = deque()  # answered, not yet written
        self._lock = threading.Lock()

    def answered(self, answered: Answered) -> None:
        """Send ``answered``, or keep its output and send only whether it failed."""
        if self._stdout is not None:
            self._kept.append(answered.output)
            answered = Answered(b"", answered.failed)
        with self._lock:
            self._pipe.send(answered)

    def write(self) -> None:
        """Write the oldest kept output to stdout; send 0, or the errno of the failure."""
        assert self._stdout is not None, "a turn to write without a stdout"
        code = write_all(self._stdout, self._kept.popleft())
        with self._lock:
            self._pipe.send(code)


def write_all(fd: int, data: bytes) -> int:
    """Write all of ``data`` to ``fd``; return 0, or the errno of the failed write."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except OSError as e:
        return e.errno or errno.EIO
    return 0


def _take_in(pipe: Connection, inbox: queue.SimpleQueue[Chunk | None], replies: _Replies) -> None:
    try:
        while True:
            message = pipe.recv()
            if isinstance(message, int):  # a turn to write
                replies.write()
            else:
                inbox.put(message)
    except (EOFError, OSError):  # the parent closed its end or is gone
        inbox.put(None)
