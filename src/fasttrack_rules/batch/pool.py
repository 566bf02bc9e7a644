"""The parent's side: worker processes, each on its own pipe; chunks go out to the least
busy, at most :data:`CHUNKS_PER_WORKER` each, and the answers are put back in input
order."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing import get_context, resource_tracker
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import send_handle
from typing import cast

from fasttrack_rules.batch.chunks import Answered, Chunk
from fasttrack_rules.batch.worker import STOPS, serve
from fasttrack_rules.protocol.answers import Options

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - annotations only
    from multiprocessing.process import BaseProcess

__all__ = ["CHUNKS_PER_WORKER", "PIPE_BUFFER_BYTES", "Pool", "WorkerError"]

#: Chunks given to each worker at most at a time: one being answered, others waiting.
CHUNKS_PER_WORKER = 3
#: How long a worker may take to finish its chunk and end once its pipe is closed.
_GRACE_SECONDS = 5.0


class WorkerError(RuntimeError):
    """A worker process ended before it answered its lines (killed, out of memory)."""


class Pool:
    """``workers`` worker processes answering with ``options``: :meth:`start` them,
    take :meth:`answers`, then :meth:`stop` them.

    Given ``stdout`` (a file descriptor), each worker receives a duplicate of it and
    writes its answers there itself, which spares moving them through this process;
    the answers taken then have an empty output (already written). The turns to write
    go out in input order, the next only once the last is written, so the output is
    in input order all the same. A failed write raises :class:`OSError` with its errno
    (:class:`BrokenPipeError` for a closed pipe), as writing here would."""

    def __init__(self, options: Options, workers: int, *, stdout: int | None = None) -> None:
        self._options = options
        self._workers = workers
        self._limit = CHUNKS_PER_WORKER * workers
        self._processes: list[BaseProcess] = []
        self._pipes: list[Connection] = []
        self._holds: list[deque[int]] = []  # per worker, the chunks it holds, in order
        self._ready: dict[int, Answered] = {}
        self._sent = self._written = 0
        self._stdout = stdout
        self._owners: dict[int, int] = {}  # with stdout: the worker of each chunk out
        self._writer: int | None = None  # with stdout: the worker writing chunk _written
        self._wrote = False  # with stdout: it has written it

    def start(self) -> None:
        """Start the workers (``spawn``: see :mod:`fasttrack_rules.batch`)."""
        context = get_context("spawn")
        for _ in range(self._workers):
            mine, theirs = context.Pipe()
            _widen(mine, theirs)
            direct = self._stdout is not None
            process = context.Process(target=serve, args=(theirs, self._options, direct), daemon=True)
            with _signals_held():
                process.start()
                self._processes.append(process)
                self._pipes.append(mine)
                self._holds.append(deque())
            theirs.close()  # the worker's end is the worker's alone: it sees us go
            if self._stdout is not None:
                self._hand_stdout(len(self._pipes) - 1, self._stdout)

    def _hand_stdout(self, worker: int, stdout: int) -> None:
        """Send a duplicate of ``stdout`` to ``worker``, the first thing on its pipe."""
        process = self._processes[worker]
        assert process.pid is not None, "a started process has its pid"
        try:
            send_handle(self._pipes[worker], stdout, process.pid)
        except OSError:  # never a BrokenPipeError: that would be taken for a closed stdout
            raise self._lost(worker) from None

    def answers(self, chunks: Iterable[Chunk]) -> Iterator[Answered]:
        """The answers to ``chunks``, a chunk at a time, in order, each as soon as it
        and those before it are answered."""
        for chunk in chunks:
            self._send(chunk)
            self._receive(block=False)
            yield from self._in_order(most_out=self._limit - 1)
        yield from self._in_order(most_out=0)

    def _in_order(self, most_out: int) -> Iterator[Answered]:
        """The answers ready in input order, waiting for more until at most
        ``most_out`` chunks are out."""
        while True:
            if self._stdout is None:
                while self._written in self._ready:
                    yield self._ready.pop(self._written)
                    self._written += 1
            else:
                yield from self._turns()
            if self._sent - self._written <= most_out:
                return
            self._receive(block=True)

    def _turns(self) -> Iterator[Answered]:
        """With stdout: the answers of the chunk just written, if any, and the turn to
        write the next chunk given to its worker once it is answered."""
        if self._wrote:
            self._wrote, self._writer = False, None
            yield self._ready.pop(self._written)
            del self._owners[self._written]
            self._written += 1
        if self._writer is None and self._written in self._ready:
            self._writer = self._owners[self._written]
            self._tell(self._writer, self._written)

    def _send(self, chunk: Chunk) -> None:
        worker = min(range(self._workers), key=lambda k: len(self._holds[k]))
        self._tell(worker, chunk)
        self._holds[worker].append(self._sent)
        if self._stdout is not None:
            self._owners[self._sent] = worker
        self._sent += 1

    def _tell(self, worker: int, message: Chunk | int) -> None:
        """Send ``message`` to ``worker``: a chunk to answer, or the turn to write."""
        try:
            self._pipes[worker].send(message)
        except OSError:  # never a BrokenPipeError: that would be taken for a closed stdout
            raise self._lost(worker) from None

    def _receive(self, *, block: bool) -> None:
        """Take the answers that are ready (with ``block``, wait for at least one)."""
        busy = {pipe: k for k, pipe in enumerate(self._pipes) if self._holds[k] or k == self._writer}
        for pipe in cast("list[Connection]", wait(list(busy), timeout=None if block else 0)):
            worker = busy[pipe]
            try:
                message = pipe.recv()
            except (EOFError, OSError):
                raise self._lost(worker) from None
            if isinstance(message, int):  # the turn is over
                if message:
                    raise OSError(message, os.strerror(message))  # EPIPE: a BrokenPipeError
                self._wrote = True
            else:
                self._ready[self._holds[worker].popleft()] = message

    def _lost(self, worker: int) -> WorkerError:
        process = self._processes[worker]
        process.join(_GRACE_SECONDS)
        code = process.exitcode
        how = f"killed by {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
        return WorkerError(f"a worker process ended before it answered its lines ({how})")

    def stop(self, *, gracefully: bool) -> None:
        """End the workers: close their pipes and let them finish (``gracefully``), or
        kill them."""
        for pipe in self._pipes:
            pipe.close()
        for process in self._processes:
            if not gracefully:
                process.kill()
            process.join(_GRACE_SECONDS)
            process.kill()  # nothing for a process that has ended
            process.join()
            process.close()


#: The socket buffer asked for each end of a worker's pipe: a chunk's answers (about
#: 1 MB) then cross in a few system calls instead of dozens; the system may give less.
PIPE_BUFFER_BYTES = 4 << 20


def _widen(*ends: Connection) -> None:
    """Ask for :data:`PIPE_BUFFER_BYTES` of socket buffer on each end (a ``Pipe`` is a
    socket pair where the system has them); an end that is no socket stays as it is."""
    for end in ends:
        try:
            pair = socket.socket(fileno=os.dup(end.fileno()))
        except OSError:  # pragma: no cover - not a socket on this system
            continue
        with pair:
            for option in (socket.SO_SNDBUF, socket.SO_RCVBUF):
                pair.setsockopt(socket.SOL_SOCKET, option, PIPE_BUFFER_BYTES)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP while a worker starts. A stop meant for this
    process then comes after the start, never in the middle of it (the worker would
    read half its start-up data and print a traceback). The worker inherits the mask:
    it is deaf to them until :func:`~fasttrack_rules.batch.worker.serve` decides."""
    resource_tracker.ensure_running()  # starting it unblocks SIGINT and SIGTERM: start it first
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
