"""Many lines on all cores: the machinery behind ``fasttrack assess --jobs N`` and
:func:`assess_many`.

- :mod:`~fasttrack_rules.batch.chunks`: lines cut into chunks, a chunk's answers as output.
- :mod:`~fasttrack_rules.batch.pool`: the parent's side, the worker processes and their pipes.
- :mod:`~fasttrack_rules.batch.worker`: a worker's side.

The input is cut into chunks of consecutive lines (:data:`CHUNK_LINES` lines, fewer
when they pass :data:`CHUNK_BYTES`). Worker processes answer whole chunks with
:func:`~fasttrack_rules.protocol.answers.answer_line`, parsing included, and the
answers come back in input order, each chunk as soon as it and every chunk before it
are answered. At most :data:`CHUNKS_PER_WORKER` chunks per worker are out at a time,
so memory stays bounded whatever the size of the input. An input that fits in one
chunk is answered in this process: no worker is started for it.

Workers are started with ``spawn``, never ``fork``. A forked child inherits the locks
of the caller's threads in whatever state they were (a program that calls
:func:`assess_many` may have threads), its signal handlers and its open files, and
every later worker would hold the pipes of the earlier ones. A spawned worker is a
fresh interpreter that receives its own pipe and nothing else. It pays one import of
the library (about a quarter of a second, the workers in parallel, once per run); an
input of one chunk pays nothing. Because its pipe is its own, a worker sees the pipe
end when the parent is gone, even killed by SIGKILL, and ends too.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Generator, Iterable, Iterator

from fasttrack_rules._args import MAX_JOBS
from fasttrack_rules._validate import check_instance, check_int
from fasttrack_rules.batch.chunks import (
    CHUNK_BYTES,
    CHUNK_LINES,
    Answered,
    Chunk,
    Line,
    answer_chunk,
    chunked,
    next_chunk,
    portable,
)
from fasttrack_rules.batch.pool import CHUNKS_PER_WORKER, Pool, WorkerError
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError
from fasttrack_rules.protocol.answers import Options, answer_line
from fasttrack_rules.vocab import Lang, check_lang

__all__ = [
    "CHUNKS_PER_WORKER",
    "CHUNK_BYTES",
    "CHUNK_LINES",
    "Answered",
    "Line",
    "WorkerError",
    "answer_chunks",
    "assess_many",
    "worker_count",
]


def assess_many(
    lines: Iterable[str | bytes], *, jobs: int = 1, lang: Lang = "en", compact: bool = False
) -> Generator[str, None, None]:
    """The JSON text of the answer to each JSON text of ``lines``, in order: the result,
    or the error line (``{"line": N, "error": ...}``, ``N`` counted from 1), as
    ``fasttrack assess`` writes them.

    Lazy and bounded: ``lines`` is read as the answers are taken, at most a few chunks
    ahead, so it may be a generator of any length. ``jobs`` is the number of worker
    processes (0: one per CPU this process may use; 1, the default: none, all in this
    process). With workers, call it from code under ``if __name__ == "__main__":``, as
    every use of ``multiprocessing`` must be, and exhaust or ``close()`` the iterator to
    end them. A ``str`` is encoded as UTF-8 (a lone surrogate makes an
    ``INVALID_ENCODING`` error line). The items are already in memory, so no line length
    limit applies (``fasttrack assess`` has one, for what it reads).

    Raises:
        InvalidTypeError: ``jobs`` is no int, ``compact`` no bool, or an item of
            ``lines`` neither ``str`` nor ``bytes`` (raised when it is reached).
        InvalidValueError: ``jobs`` is below 0 or above 1,024, or ``lang`` unknown.
        WorkerError: a worker process ended before answering its lines.
    """
    check_int("jobs", jobs, minimum=0)
    if jobs > MAX_JOBS:
        raise InvalidValueError("jobs", jobs, f"must be at most {MAX_JOBS:,}")
    options = Options(lang=check_lang(lang), compact=check_instance("compact", compact, bool))
    return _texts(_encoded(lines), options, jobs)


def _texts(lines: Iterator[bytes], options: Options, jobs: int) -> Generator[str, None, None]:
    if worker_count(jobs) == 1:
        for number, line in enumerate(lines, 1):
            yield answer_line(number, line, options).text
        return
    with contextlib.closing(answer_chunks(lines, options, jobs)) as answered:  # closed: the workers end
        for chunk in answered:  # one line per text: the options are never pretty
            yield from chunk.output.decode("utf-8").split("\n")[:-1]


def _encoded(lines: Iterable[str | bytes]) -> Iterator[bytes]:
    """Each item of ``lines`` as bytes: a ``str`` in UTF-8, a lone surrogate kept as
    the (invalid) bytes it would be, so that its line is answered INVALID_ENCODING."""
    for index, line in enumerate(lines):
        if isinstance(line, str):
            yield line.encode("utf-8", "surrogatepass")
        elif isinstance(line, bytes):
            yield line
        else:
            raise InvalidTypeError(
                f"lines[{index}]", line, f"expected str or bytes, got {type(line).__name__}"
            )


def worker_count(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: itself, or for 0 the number of
    CPUs this process may run on."""
    if jobs:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - no affinity outside Linux
        return os.cpu_count() or 1


def answer_chunks(
    lines: Iterable[Line],
    options: Options,
    jobs: int = 1,
    *,
    chunk_lines: int = CHUNK_LINES,
    stdout: int | None = None,
) -> Generator[Answered, None, None]:
    """The answers to ``lines`` (numbered from 1), in order, as ``fasttrack assess``
    writes them: one line at a time in this process when :func:`worker_count` of
    ``jobs`` is 1 or the input is one chunk, else a chunk at a time from worker
    processes. Close the iterator to end them. Given ``stdout`` (a file descriptor,
    flushed), the worker processes write their answers there themselves, in input
    order, and the answers they give have an empty output (see
    :class:`~fasttrack_rules.batch.pool.Pool`).

    Raises:
        WorkerError: a worker process ended before answering its lines.
        OSError: with ``stdout``, a worker could not write it (its errno).
    """
    workers = worker_count(jobs)
    source = iter(lines)
    if workers > 1:
        first = next_chunk(source, chunk_lines)
        following = next(source, None)
        if following is not None:
            chunks = chunked(itertools.chain(first, [following], source), 1, chunk_lines)
            yield from _in_parallel(Pool(options, workers, stdout=stdout), chunks)
            return
        source = iter(first)  # one chunk: not worth starting a process
    for number, line in enumerate(source, 1):
        yield answer_chunk(number, portable([line]), options)


def _in_parallel(pool: Pool, chunks: Iterator[Chunk]) -> Iterator[Answered]:
    """The answers to ``chunks`` from the processes of ``pool``, which end with it."""
    try:
        pool.start()
        yield from pool.answers(chunks)
    except BaseException:  # an interrupt, a closed pipe, a read error, the caller gone
        pool.stop(gracefully=False)
        raise
    pool.stop(gracefully=True)
