"""Many lines on all cores (``fasttrack_rules.batch``): the answers of the workers are
those of one line at a time, in input order; the input is read lazily and a bounded
number of chunks ahead; the workers end with the run, however it ends."""

from __future__ import annotations

import errno
import itertools
import json
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules import assess_many
from fasttrack_rules.batch import (
    CHUNK_BYTES,
    CHUNK_LINES,
    CHUNKS_PER_WORKER,
    Answered,
    Line,
    WorkerError,
    answer_chunks,
    worker_count,
)
from fasttrack_rules.batch.chunks import answer_chunk, chunked, next_chunk, portable
from fasttrack_rules.batch.pool import Pool
from fasttrack_rules.batch.worker import answer_from, write_all
from fasttrack_rules.errors import FasttrackError, InvalidTypeError, InvalidValueError, LineTooLongError
from fasttrack_rules.protocol.answers import Options, answer_line
from tests.cases import case

DEFAULT = Options()
GOOD = json.dumps(case(id="Søren"), ensure_ascii=False).encode()
#: Lines of every kind: results, error lines of each reading error, and a line too long.
MIXED: list[Line] = [
    GOOD,
    b"",
    b"{not json",
    b"\xff\xfe",
    json.dumps({**case(id="late"), "as_of": "2025-02-30"}).encode(),
    LineTooLongError("the line has 2,000,000 bytes; the limit is 1,048,576"),
    b'{"a": 1, "a": 2}',
    b"  ",
    json.dumps(case(id="a\u2028b\u202e")).encode(),
]


def serial(lines: list[Line], options: Options = DEFAULT, first: int = 1) -> bytes:
    """What ``fasttrack assess`` writes for ``lines``, one line at a time."""
    return "".join(answer_line(n, line, options).text + "\n" for n, line in enumerate(lines, first)).encode()


def output(lines: list[Line], options: Options = DEFAULT, jobs: int = 2, chunk_lines: int = 2) -> bytes:
    return b"".join(a.output for a in answer_chunks(lines, options, jobs, chunk_lines=chunk_lines))


def no_workers_left() -> bool:
    return multiprocessing.active_children() == []


# -- the workers' answers are the answers -------------------------------------------------------
@pytest.mark.parametrize("options", [Options(), Options(lang="da", pretty=True)])
def test_workers_answer_as_one_line_at_a_time_does_in_input_order(options: Options) -> None:
    lines = MIXED * 7  # 63 lines in chunks of 2: 32 chunks over two workers
    assert output(lines, options) == serial(lines, options)
    assert no_workers_left()


def test_the_exit_flag_says_whether_any_line_of_a_chunk_failed() -> None:
    answered = list(answer_chunks([GOOD, GOOD, GOOD, b"{", GOOD, GOOD], Options(), 2, chunk_lines=2))
    assert [a.failed for a in answered] == [False, True, False]


@settings(max_examples=10)
@given(
    lines=st.lists(st.sampled_from(MIXED) | st.binary(max_size=40), min_size=2, max_size=30),
    chunk_lines=st.integers(min_value=1, max_value=4),
)
@pytest.mark.slow
def test_any_lines_in_any_chunks_give_the_serial_answers(lines: list[Line], chunk_lines: int) -> None:
    assert output(lines, chunk_lines=chunk_lines) == serial(lines)


@given(
    texts=st.lists(
        st.sampled_from([GOOD.decode(), "{", "", "[1]", '{"id": "x\\ud800"}', "\ud800"])
        | st.text(max_size=20),
        max_size=12,
    ),
    jobs=st.sampled_from([1, 2]),
    lang=st.sampled_from(["en", "da"]),
)
def test_assess_many_equals_the_serial_answers(texts: list[str], jobs: int, lang: str) -> None:
    as_bytes = [t.encode("utf-8", "surrogatepass") for t in texts]
    expected = [answer_line(n, line, Options(lang=lang)).text for n, line in enumerate(as_bytes, 1)]  # type: ignore[arg-type]
    assert list(assess_many(texts, jobs=jobs, lang=lang)) == expected  # type: ignore[arg-type]
    assert list(assess_many(as_bytes, jobs=jobs, lang=lang)) == expected  # type: ignore[arg-type]


def test_assess_many_through_workers_equals_the_serial_answers() -> None:
    lines = [GOOD, b"{", json.dumps(case(id="ø")).encode()] * (CHUNK_LINES // 2)
    expected = [answer_line(n, line, Options(lang="da")).text for n, line in enumerate(lines, 1)]
    assert list(assess_many(lines, jobs=2, lang="da")) == expected
    assert no_workers_left()


# -- lazy and bounded -----------------------------------------------------------------------------
def endless(taken: list[int]) -> Iterator[bytes]:
    for k in itertools.count():
        taken.append(k)
        yield GOOD


def test_without_workers_each_line_is_read_when_its_answer_is_taken() -> None:
    taken: list[int] = []
    first = list(itertools.islice(assess_many(endless(taken)), 10))
    assert len(first) == 10
    assert len(taken) == 10


def test_workers_read_a_bounded_number_of_chunks_ahead_and_end_when_closed() -> None:
    taken: list[int] = []
    texts = assess_many(endless(taken), jobs=2)
    first = list(itertools.islice(texts, 10))
    assert [json.loads(t)["id"] for t in first] == ["Søren"] * 10
    assert len(taken) <= (2 * CHUNKS_PER_WORKER + 1) * CHUNK_LINES + 1
    assert len(multiprocessing.active_children()) == 2
    texts.close()
    assert no_workers_left()


def test_a_chunk_ends_at_its_number_of_lines_or_bytes() -> None:
    long = b"x" * (CHUNK_BYTES // 2)
    source = iter([b"a", b"b", b"c", long, long, long, b"d"])
    assert next_chunk(source, 2) == [b"a", b"b"]
    assert next_chunk(source, 10) == [b"c", long, long]  # past CHUNK_BYTES: ends
    assert next_chunk(source, 10) == [long, b"d"]
    assert next_chunk(source, 10) == []
    error = LineTooLongError("too long")
    assert list(chunked(iter([b"a", error, b"c"]), 5, 2)) == [
        (5, [b"a", (LineTooLongError, "too long")]),
        (7, [b"c"]),
    ]


def test_a_chunk_is_answered_as_its_lines_are() -> None:
    lines = MIXED[:6]
    answered = answer_chunk(4, portable(lines), Options())
    assert answered.output == serial(lines, first=4)
    assert answered.failed


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_chunk_or_one_job_is_answered_without_workers(jobs: int) -> None:
    answered = list(answer_chunks(MIXED, DEFAULT, jobs=jobs, chunk_lines=len(MIXED)))
    assert len(answered) == len(MIXED)  # one line at a time, as read
    assert b"".join(a.output for a in answered) == serial(MIXED)


# -- the arguments --------------------------------------------------------------------------------
def test_jobs_0_is_one_worker_per_cpu_this_process_may_use() -> None:
    assert worker_count(0) == len(os.sched_getaffinity(0))
    assert worker_count(3) == 3


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"jobs": -1}, InvalidValueError, "jobs"),
        ({"jobs": 1025}, InvalidValueError, "jobs"),
        ({"jobs": True}, InvalidTypeError, "jobs"),
        ({"jobs": 2.0}, InvalidTypeError, "jobs"),
        ({"lang": "fr"}, InvalidValueError, "lang"),
        ({"compact": "yes"}, InvalidTypeError, "compact"),
    ],
)
def test_bad_arguments_are_typed_errors_at_the_call(
    kwargs: dict[str, object], error: type[FasttrackError], field: str
) -> None:
    with pytest.raises(error) as raised:
        assess_many([GOOD], **kwargs)  # type: ignore[arg-type]
    assert raised.value.field == field


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_item_neither_text_nor_bytes_is_a_typed_error_when_it_is_reached(jobs: int) -> None:
    texts = assess_many([GOOD, GOOD, {"as_of": "2025-03-20"}], jobs=jobs)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError) as raised:
        list(texts)
    assert raised.value.field == "lines[2]"
    assert no_workers_left()


# -- how the workers end --------------------------------------------------------------------------
def test_a_worker_that_dies_is_an_error_and_the_others_end() -> None:
    answered = answer_chunks(itertools.repeat(GOOD), Options(), jobs=2, chunk_lines=1)
    assert not next(answered).failed
    victim = multiprocessing.active_children()[0]
    assert victim.pid is not None
    os.kill(victim.pid, signal.SIGKILL)
    with pytest.raises(WorkerError, match=r"ended before it answered its lines \(killed by SIGKILL\)"):
        for _ in answered:
            pass
    assert no_workers_left()


def test_a_worker_that_ends_before_answering_is_an_error() -> None:
    pool = Pool(DEFAULT, 1)
    pool.start()
    with pytest.raises(WorkerError, match=r"\(exit code 1\)"):
        list(pool.answers([(1, [12345])]))  # type: ignore[list-item]  # no line: the worker fails
    pool.stop(gracefully=False)


def test_a_worker_that_has_ended_cannot_be_sent_a_chunk() -> None:
    pool = Pool(DEFAULT, 1)
    pool.start()
    (worker,) = multiprocessing.active_children()
    worker.kill()
    worker.join()
    with pytest.raises(WorkerError, match=r"\(killed by SIGKILL\)"):
        list(pool.answers([(1, [GOOD])]))
    pool.stop(gracefully=False)
    assert no_workers_left()


def test_workers_start_from_any_thread() -> None:
    found: list[bytes] = []
    lines = MIXED * 3
    thread = threading.Thread(target=lambda: found.append(output(lines, chunk_lines=3)))
    thread.start()
    thread.join()
    assert found == [serial(lines)]


def test_a_worker_answers_its_chunks_until_its_pipe_ends() -> None:
    parent, worker = multiprocessing.Pipe()
    chunks = list(chunked(iter(MIXED), 1, 4))
    for chunk in chunks:
        parent.send(chunk)
    thread = threading.Thread(target=answer_from, args=(worker, Options()))
    thread.start()
    got = b"".join(parent.recv().output for _ in chunks)
    parent.close()
    thread.join()
    assert got == serial(MIXED)


def test_a_worker_whose_parent_is_gone_stops() -> None:
    parent, worker = multiprocessing.Pipe()
    parent.send((1, [GOOD]))
    parent.close()  # gone before the answer: sending it fails
    answer_from(worker, Options())  # returns
    worker.close()


def test_the_pipe_to_a_worker_asks_for_a_wide_buffer() -> None:
    import os
    import socket
    from multiprocessing import Pipe
    from multiprocessing.connection import Connection

    from fasttrack_rules.batch.pool import _widen

    def buffer(end: Connection) -> int:
        with socket.socket(fileno=os.dup(end.fileno())) as pair:
            return int(pair.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))

    mine, theirs = Pipe()
    with mine, theirs:
        before = buffer(mine)
        _widen(mine, theirs)
        assert buffer(mine) > before


# -- workers that write stdout themselves ---------------------------------------------------------
def direct(lines: list[Line], fd: int, chunk_lines: int = 2) -> list[Answered]:
    return list(answer_chunks(lines, DEFAULT, 2, chunk_lines=chunk_lines, stdout=fd))


def test_workers_given_stdout_write_the_answers_there_in_input_order(tmp_path: Path) -> None:
    lines = MIXED * 7
    with open(tmp_path / "out", "wb") as out:
        answered = direct(lines, out.fileno())
    assert (tmp_path / "out").read_bytes() == serial(lines)
    assert [a.output for a in answered] == [b""] * 32  # written by the workers, not here
    assert [a.failed for a in answered] == [a.failed for a in answer_chunks(lines, DEFAULT, 2, chunk_lines=2)]
    assert no_workers_left()


def test_a_closed_stdout_of_the_workers_is_a_broken_pipe() -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        with pytest.raises(BrokenPipeError):
            direct(MIXED * 7, write)
    finally:
        os.close(write)
    assert no_workers_left()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_workers_is_its_oserror() -> None:
    with open("/dev/full", "wb") as full, pytest.raises(OSError, match="No space left") as raised:
        direct(MIXED * 7, full.fileno())
    assert raised.value.errno == errno.ENOSPC
    assert no_workers_left()


def test_a_worker_that_cannot_be_handed_stdout_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_: object, __: int, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)  # gone before it takes it
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr("fasttrack_rules.batch.pool.send_handle", refused)
    pool = Pool(DEFAULT, 1, stdout=1)
    with pytest.raises(WorkerError, match=r"\(killed by SIGKILL\)"):
        pool.start()
    pool.stop(gracefully=False)
    assert no_workers_left()


def test_a_worker_given_stdout_writes_its_oldest_answers_at_its_turn(tmp_path: Path) -> None:
    parent, worker = multiprocessing.Pipe()
    chunks = list(chunked(iter(MIXED), 1, 4))
    with open(tmp_path / "out", "wb") as out:
        thread = threading.Thread(target=answer_from, args=(worker, Options(), out.fileno()))
        thread.start()
        for chunk in chunks:
            parent.send(chunk)
        replies = [parent.recv() for _ in chunks]
        assert all(reply.output == b"" for reply in replies)
        for turn in range(len(chunks)):
            parent.send(turn)
            assert parent.recv() == 0  # written
        parent.close()
        thread.join()
    assert (tmp_path / "out").read_bytes() == serial(MIXED)


def test_writing_all_goes_on_after_a_short_write_and_gives_the_errno(monkeypatch: pytest.MonkeyPatch) -> None:
    read, write = os.pipe()
    written: list[bytes] = []

    def short(fd: int, data: bytes) -> int:  # two bytes at a time, as a full pipe may take
        written.append(bytes(data[:2]))
        return 2

    with monkeypatch.context() as patched:
        patched.setattr(os, "write", short)
        assert write_all(write, b"hello") == 0
    assert b"".join(written) == b"hello"
    os.close(read)
    assert write_all(write, b"x") == errno.EPIPE
    os.close(write)
    assert write_all(write, b"x") == errno.EBADF
