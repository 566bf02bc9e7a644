"""Cutting an implementation's output into lines, never holding more than the limit
(:mod:`fasttrack_rules.conformance.judge`)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules.conformance.judge import Lines, TooLong


@given(
    data=st.binary(max_size=300).map(lambda b: b.replace(b"\x00", b"\n")),
    cuts=st.lists(st.integers(0, 300), max_size=8),
    limit=st.integers(1, 40),
)
def test_lines_are_cut_the_same_whatever_the_chunks(data: bytes, cuts: list[int], limit: int) -> None:
    lines = Lines(limit)
    got: list[object] = []
    edges = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    for start, end in itertools.pairwise(edges):
        got += lines.feed(data[start:end])
        assert lines.held <= limit
    got += lines.close()
    pieces = data.split(b"\n")
    if pieces[-1] == b"":
        pieces.pop()
    want = [p if len(p) <= limit else TooLong(len(p)) for p in pieces]
    assert got == want


def test_a_long_line_is_read_in_pieces_and_never_held() -> None:
    lines = Lines(1 << 20)
    chunk = b"x" * (1 << 16)
    for _ in range(800):  # 50 MiB
        assert lines.feed(chunk) == []
        assert lines.held <= 1 << 20
    assert lines.feed(b"\n{}\n") == [TooLong(800 << 16), b"{}"]
    assert lines.close() == []
