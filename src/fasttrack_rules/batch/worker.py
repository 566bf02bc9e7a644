"""A worker process: it answers the chunks its pipe brings, in order, until the parent
closes the pipe or is gone."""

from __future__ import annotations

import os
import queue
import signal
import threading
from multiprocessing.connection import Connection

from fasttrack_rules.batch.chunks import Chunk, answer_chunk
from fasttrack_rules.protocol.answers import Options

__all__ = ["STOPS", "answer_from", "serve"]

#: The signals that stop a run: the parent handles them and then ends its workers.
STOPS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


def serve(pipe: Connection, options: Options) -> None:
    """A worker's life (the target of its process). It ignores Ctrl-C, which the
    terminal sends to the whole process group while the parent decides; it started with
    the :data:`STOPS` held and now lets SIGTERM and SIGHUP end it. Its standard input
    and output become ``/dev/null``, as only the parent reads the input and writes the
    output. Then it answers the chunks of ``pipe`` (:func:`answer_from`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
    nothing = os.open(os.devnull, os.O_RDWR)
    os.dup2(nothing, 0)
    os.dup2(nothing, 1)
    os.close(nothing)
    answer_from(pipe, options)


def answer_from(pipe: Connection, options: Options) -> None:
    """Answer each chunk from ``pipe`` on ``pipe``, until it ends. A thread takes the
    chunks in as they come, so the parent never waits to send while this waits to
    answer."""
    inbox: queue.SimpleQueue[Chunk | None] = queue.SimpleQueue()
    threading.Thread(target=_take_in, args=(pipe, inbox), daemon=True).start()
    while (chunk := inbox.get()) is not None:
        try:
            pipe.send(answer_chunk(*chunk, options))
        except OSError:  # the parent is gone
            return


def _take_in(pipe: Connection, inbox: queue.SimpleQueue[Chunk | None]) -> None:
    try:
        while True:
            inbox.put(pipe.recv())
    except (EOFError, OSError):  # the parent closed its end or is gone
        inbox.put(None)
