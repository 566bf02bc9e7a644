"""Strict JSON Lines (specification: errors, lines): the six checks of a line in their
order, each shown with small byte strings and, where two faults meet, the earlier step
winning; the bounded reader (``read_lines``); and the splitting at ``\\n`` only."""

from __future__ import annotations

import io
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules.errors import DuplicateKeyError, FasttrackError, InvalidEncodingError, LineTooLongError
from fasttrack_rules.protocol.lines import (
    MAX_LINE_BYTES,
    has_surrogate,
    json_lines,
    json_text,
    parse_line,
    read_lines,
)


def code_of(line: bytes) -> str:
    """The code of the error of the line checks 2-6 for ``line``."""
    with pytest.raises(FasttrackError) as raised:
        parse_line(line)
    if raised.value.code != "DUPLICATE_KEY":
        assert raised.value.field is None  # Codes 1-5 have field null.
    return raised.value.code


def lines(data: bytes, limit: int) -> list[bytes | str]:
    """What ``read_lines`` gives for ``data``: each line, or the code of its error."""
    return [
        item.code if isinstance(item, LineTooLongError) else item
        for item in read_lines(io.BytesIO(data), limit)
    ]


# -- step 1: the length ----------------------------------------------------------------------------
def test_the_limit_is_a_mebibyte() -> None:
    assert MAX_LINE_BYTES == 1_048_576


def test_a_line_of_the_limit_is_read_and_one_byte_more_is_too_long() -> None:
    assert lines(b"abcd\nabcde\n", 4) == [b"abcd", "LINE_TOO_LONG"]


def test_a_carriage_return_counts_and_the_newline_does_not() -> None:
    assert lines(b"abc\r\nabc\n", 3) == ["LINE_TOO_LONG", b"abc"]


def test_the_length_is_checked_before_blanks_and_encoding() -> None:
    # Steps 1 before 2 and 3: a long blank line and a long line of bad bytes are too long.
    assert lines(b"     \n\xff\xff\xff\xff\n", 3) == ["LINE_TOO_LONG", "LINE_TOO_LONG"]


def test_a_long_line_is_read_past_and_the_next_line_read() -> None:
    data = b"x" * 200_000 + b"\n{}\n"
    (too_long, after) = read_lines(io.BytesIO(data), 10)
    assert isinstance(too_long, LineTooLongError)
    assert too_long.message == "the line has 200,000 bytes; the limit is 10"
    assert after == b"{}"


class Recording(io.BytesIO):
    """A stream that records the size asked of every ``readline``."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.sizes: list[int | None] = []

    def readline(self, size: int | None = -1, /) -> bytes:
        self.sizes.append(size)
        return super().readline(size)


def test_no_read_asks_for_more_than_the_limit_or_a_small_piece() -> None:
    # "A reader keeps no more than the limit in memory": never an unbounded readline.
    stream = Recording(b"y" * 300_000 + b"\nz\n")
    assert [type(item) for item in read_lines(stream, 100)] == [LineTooLongError, bytes]
    assert all(size is not None and 0 < size <= 1 << 16 for size in stream.sizes), stream.sizes


def test_a_last_line_without_newline_counts() -> None:
    assert list(read_lines(io.BytesIO(b"a\nb"), 5)) == [b"a", b"b"]
    assert list(read_lines(io.BytesIO(b""), 5)) == []
    (too_long,) = read_lines(io.BytesIO(b"x" * 100), 5)  # at the end, without a newline
    assert isinstance(too_long, FasttrackError)


def test_an_empty_line_is_a_line() -> None:
    assert lines(b"\n\na\n", 5) == [b"", b"", b"a"]


@settings(max_examples=200)
@given(st.lists(st.binary(max_size=40), max_size=8), st.integers(1, 30))
def test_the_reader_keeps_every_line_and_bounds_each(lines: list[bytes], limit: int) -> None:
    parts = [x.replace(b"\n", b"") for x in lines]
    data = b"".join(p + b"\n" for p in parts)
    got = list(read_lines(io.BytesIO(data), limit))
    assert len(got) == len(parts)
    for part, item in zip(parts, got, strict=True):
        if len(part) > limit:
            assert isinstance(item, FasttrackError)
            assert item.code == "LINE_TOO_LONG"
            assert f"{len(part):,} bytes" in item.message
        else:
            assert item == part


# -- step 2: empty or blank --------------------------------------------------------------------------
@pytest.mark.parametrize("line", [b"", b" ", b"\t", b"\r", b"\x0b", b"\x0c", b" \t\r\x0b\x0c "])
def test_an_empty_or_blank_line(line: bytes) -> None:
    assert code_of(line) == "EMPTY_LINE"


@pytest.mark.parametrize("line", [b"\x1c", b"\x1f", b"\xc2\xa0", b"\xe3\x80\x80", b"\x00"])
def test_other_blanks_are_not_empty_but_no_json(line: bytes) -> None:
    # Only spaces, tabs, carriage returns, vertical tabs and form feeds make a blank line.
    assert code_of(line) == "INVALID_JSON"


# -- step 3: UTF-8 -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        b'"\xff"',
        b"\xa0",
        b" \xff ",  # blanks around a bad byte: not blank (step 2), not UTF-8
        b'"\xc0\xaf"',  # an overlong "/"
        b'"\xed\xa0\x80"',  # U+D800 encoded: no UTF-8
        b'"\xe6\xf8"',  # Latin-1 æø
        b'{"a": 1\xff',  # no JSON either: step 3 comes first
    ],
)
def test_a_line_that_is_not_utf8(line: bytes) -> None:
    assert code_of(line) == "INVALID_ENCODING"


# -- step 4: one JSON value --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        b"NaN",
        b"Infinity",
        b"-Infinity",
        b'{"a": NaN}',
        b"[Infinity]",
        b"\xef\xbb\xbf{}",  # a byte-order mark is no JSON whitespace
        b"{}\x0b",
        b"{}\x0c",
        b"{} {}",
        b"{",
        b"'a'",
        b"[1,]",
        b"1" + b"0" * 4300,  # 4,301 digits
        b'["\\ud800"',  # a lone surrogate in a line that is no JSON: step 4 comes first
        b'{"a": 1, "a": 2',  # a repeated key in a line that is no JSON
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_line_that_is_not_one_json_value(line: bytes) -> None:
    assert code_of(line) == "INVALID_JSON"


def test_a_4301_digit_integer_is_named_in_our_words() -> None:
    with pytest.raises(FasttrackError) as info:
        parse_line(b'{"a": 1' + b"0" * 4300 + b"}")
    assert info.value.message == "an integer of more than 4,300 digits"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (b"{} \t\r", {}),  # space, tab and \r are JSON whitespace
        (b"\r{}", {}),
        (b"1" + b"0" * 4299, 10**4299),  # 4,300 digits: a reader MUST take them
        (b'"\xc3\xa6\xc3\xb8\xc3\xa5"', "æøå"),
        (b"null", None),
        (b"2.0", 2.0),
    ],
)
def test_json_values_are_read(line: bytes, value: object) -> None:
    assert parse_line(line) == value


def test_500_levels_of_nesting_are_read() -> None:
    # "A reader MAY refuse nesting deeper than 500 levels": not 500 itself.
    nested = parse_line(b"[" * 500 + b"]" * 500)
    for _ in range(499):
        assert isinstance(nested, list)
        (nested,) = nested
    assert nested == []


# -- step 5: a lone surrogate --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        b'"\\ud800"',
        b'"\\uD800"',
        b'"\\udc00"',  # a low surrogate alone
        b'"\\ude00\\ud83d"',  # a pair in the wrong order
        b'"\\ud83dx"',
        b'"\\ud800\\u0041"',  # a high surrogate followed by no low one
        b'{"\\ud800": 1}',  # in a key
        b'[1, [{"a": ["\\udfff"]}]]',
        b'{"a": "\\ud800", "a": 1}',  # in a value a repeat overwrote: step 5 before 6
    ],
)
def test_a_lone_surrogate_is_no_text(line: bytes) -> None:
    assert code_of(line) == "INVALID_ENCODING"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (b'"\\ud83d\\ude00"', "\U0001f600"),  # a pair is one character
        (b'"\\\\ud800"', "\\ud800"),  # an escaped backslash: the six characters, no escape
        (b'"\\u00e6"', "æ"),
    ],
)
def test_escapes_that_give_text(line: bytes, value: str) -> None:
    assert parse_line(line) == value


# -- step 6: a repeated key ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "field", "key"),
    [
        (b'{"a": 1, "a": 2}', "a", "a"),
        (b'{"a": 1, "a": 1}', "a", "a"),  # the same value twice: still twice
        (b'[0, {"z": {"q": 1, "q": 2}}]', "[1].z.q", "q"),  # the specification's example
        (b'{"k": 1, "k": {"m": 1, "m": 2}}', "k.m", "m"),  # the inner object closes first
        (b'[{"p": 1, "p": 2}, {"q": 1, "q": 2}]', "[0].p", "p"),  # the first to close
        (b'{"x": 1, "y": 1, "y": 2, "x": 2}', "y", "y"),  # the first key that repeats an earlier one
        (b'{"a\\u002eb": 1, "a.b": 2}', "a.b", "a.b"),  # keys as they are, unescaped
        (b'{"r": [[{"s": {}, "s": {}}]]}', "r[0][0].s", "s"),
    ],
)
def test_a_repeated_key_is_named_by_its_path(line: bytes, field: str, key: str) -> None:
    with pytest.raises(DuplicateKeyError) as raised:
        parse_line(line)
    assert (raised.value.code, raised.value.field, raised.value.value) == ("DUPLICATE_KEY", field, key)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (b'{"a": {"b": 1, "b": 2}, "a": 3}', "a.b"),
        (b'[{"a": {"b": 1, "b": 2}, "a": {}}]', "[0].a.b"),
        (b'{"a": [{"c": 1, "c": 1}], "a": {"d": 1, "d": 2}}', "a[0].c"),
        (b'{"a": {"b": "\\ud800", "b": 2}, "a": 3}', None),
    ],
    ids=["object", "in-array", "two-repeats", "lost-surrogate"],
)
def test_a_repeated_key_inside_an_overwritten_value_is_named(line: bytes, field: str | None) -> None:
    # Errors, lines, step 6: the inner object closes first, and its path is that of the
    # first "a" (the value a later "a" would overwrite); step 5 comes first: a lone
    # surrogate in an overwritten value is INVALID_ENCODING.
    with pytest.raises(FasttrackError) as raised:
        parse_line(line)
    expected = DuplicateKeyError if field is not None else InvalidEncodingError
    assert type(raised.value) is expected
    assert raised.value.field == field


def test_a_repeated_key_beside_scalars_and_the_text_of_a_line_error() -> None:
    with pytest.raises(FasttrackError) as info:
        parse_line(b'[1, "x", {"z": {"a": 1, "q": 1, "q": 2}}, 3]')
    assert info.value.field == "[2].z.q"
    with pytest.raises(FasttrackError) as empty:
        parse_line(b"  ")
    assert str(empty.value) == "EMPTY_LINE: an empty line is not a case"


def test_a_repeated_key_in_a_wide_line_is_found_quickly() -> None:
    line = b'{"k": [' + b",".join([b"1"] * 290_000) + b'], "k": 1}'
    start = time.perf_counter()
    with pytest.raises(FasttrackError) as info:
        parse_line(line)
    assert info.value.code == "DUPLICATE_KEY"
    assert time.perf_counter() - start < 5  # a guard against a quadratic walk, not a benchmark


# -- has_surrogate -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("\ud800", True),
        ({"\udc00": 1}, True),  # in a key
        ({"a": [1, None, {"b": "x\udfffy"}]}, True),
        ("\U0001f600", False),
        ({"a": [1, 2.5, True, None, "æ"]}, False),
        (7, False),
    ],
)
def test_has_surrogate_looks_in_every_string_and_key(value: object, found: bool) -> None:
    assert has_surrogate(value) is found


def test_has_surrogate_walks_any_depth() -> None:
    deep: list[object] = ["\ud800"]
    for _ in range(100_000):
        deep = [deep]
    assert has_surrogate(deep)


# -- json_lines ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "split"),
    [
        (b"", []),
        (b"\n", [b""]),
        (b"\n\n", [b"", b""]),
        (b"a", [b"a"]),
        (b"a\n", [b"a"]),
        (b"a\nb", [b"a", b"b"]),
        (b"a\n\nb\n", [b"a", b"", b"b"]),
        (b"a\r\nb\r\n", [b"a\r", b"b\r"]),  # \r is no line end
        (b'{"a": "\xe2\x80\xa8"}\n{}', [b'{"a": "\xe2\x80\xa8"}', b"{}"]),  # nor U+2028
        (b"a\xc2\x85b\x0bc\x0cd\x1ce\rf", [b"a\xc2\x85b\x0bc\x0cd\x1ce\rf"]),  # nor U+0085, VT, FF, FS
    ],
)
def test_json_lines_splits_at_newlines_only(data: bytes, split: list[bytes]) -> None:
    assert json_lines(data) == split


def test_del_is_escaped_in_an_all_ascii_text() -> None:
    """DEL is ASCII, and written as a ``\\u`` escape all the same (an error line's id, the
    fast writer's id are all-ASCII texts)."""
    assert json_text({"id": "\x7f"}) == '{"id": "\\u007f"}'
