"""Conformance vectors and JSON Schemas: the test oracle for other implementations.

The vectors ship inside the package (``fasttrack_rules/vectors/*.json``) with the
normative ``INTERPRETING.md``; the schemas in ``fasttrack_rules/schemas``. This module
loads them, compares an implementation's output with a vector's expectation, runs
another implementation over the vectors (:func:`run_command`, the engine of
``fasttrack vectors run``), and exports everything to a folder.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import os
import pathlib
import re
import selectors
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import IO, Any

import attrs

from fasttrack_rules._jsonschema import Validator
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError

__all__ = [
    "FLAGS",
    "KIT_FILES",
    "MAX_OUTPUT_LINE_BYTES",
    "STDERR_TAIL_BYTES",
    "VECTOR_SET_VERSION",
    "Difference",
    "Report",
    "Row",
    "calendar_table",
    "compare",
    "differences",
    "export",
    "json_same",
    "line_of",
    "load_subjects",
    "load_vectors",
    "printable",
    "reason_catalogue",
    "run_command",
    "schema",
    "show",
    "write_csv",
]

#: Version of the vector set (SemVer: a removed or changed vector is a major change).
VECTOR_SET_VERSION = "3.0.0"

#: The flags a vector may carry, and what each means.
FLAGS: dict[str, str] = {
    "BOUNDARY": "one of a pair: the last compliant day or the first non-compliant day",
    "HOLIDAY": "a helligdag or closing day lies between the start event and the due day, or on it",
    "WEEKEND": "a deadline or event falls on a Saturday or Sunday",
    "YEAR_END": "dates around 24 December - 5 January",
    "LAW_CHANGE": "dates around a change of rule: 5 January 2015, Store bededag 2023/2024, 1 January 2025",
    "LEAP_YEAR": "29 February lies in the period",
    "MISSING_FACT": "the result is undetermined in part and lists missing facts",
    "INTERPRETATION": "the input chooses a non-default interpretation",
    "CALENDAR": "the input adjusts the municipal calendar",
    "REASON_CODE": "the vector exists to produce a given reason code",
    "WORKED_EXAMPLE": "a worked example of the specification (specification.md#worked-examples)",
    "ERROR": "the input is invalid; the expected output is an error",
}
SUBJECTS = (
    "worked_examples",
    "request_window",
    "consent",
    "questions",
    "doctor",
    "meeting",
    "calendars",
    "errors",
)

#: The longest output line :func:`run_command` reads by default, in bytes before its
#: ``\n`` (1 MiB); a longer line fails its vector and is read past, never held.
MAX_OUTPUT_LINE_BYTES = 1 << 20
#: How much of the implementation's stderr a :class:`Report` keeps: the last 64 KiB.
STDERR_TAIL_BYTES = 1 << 16
_CHUNK = 1 << 16


def _package_file(*parts: str) -> Any:
    return resources.files("fasttrack_rules").joinpath(*parts)


def schema(which: str) -> dict[str, Any]:
    """The JSON Schema ``input``, ``output``, ``error`` or ``vectors``."""
    text = _package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@functools.cache
def _validator(which: str) -> Validator:
    return Validator(schema(which))


# -- strict JSON -------------------------------------------------------------------------------
def _strict_json(raw: bytes) -> object:
    """One JSON value, read as the protocol reads a line (I-JSON, RFC 7493): UTF-8, no
    ``NaN``/``Infinity``, no key twice in an object, no lone surrogate, any depth safe.

    Raises:
        ValueError: the bytes are not such a value; the message says why.
    """
    from fasttrack_rules.errors import DuplicateKeyError, EmptyLineError, LineError
    from fasttrack_rules.protocol import parse_line

    try:
        return parse_line(raw)
    except DuplicateKeyError as e:
        raise ValueError(f"the key {show(e.value)} appears twice in one object") from None
    except EmptyLineError:
        raise ValueError("an empty line") from None
    except LineError as e:
        raise ValueError(e.message) from None


# -- loading the vectors -------------------------------------------------------------------------
def load_subjects(
    directory: str | os.PathLike[str] | None = None, subjects: Iterable[str] = SUBJECTS
) -> dict[str, list[dict[str, Any]]]:
    """The vectors of each subject, in the order of :data:`SUBJECTS` and file order.

    Args:
        directory: a folder holding the vector files ``SUBJECT.json`` (an exported kit,
            perhaps edited); ``None`` (the default) reads the packaged vectors.
        subjects: the subjects to read (default all); each file must be there.

    Every file is read as strict JSON and must validate against
    ``schemas/vectors.schema.json``, name its own subject, and no id may appear twice.

    Raises:
        InvalidValueError: an unknown subject, or a vector file that breaks the rules
            above (``field`` names the file).
        InvalidTypeError: ``subjects`` is a string, not a collection of them.
        OSError: a vector file cannot be read.
    """
    if isinstance(subjects, str):
        raise InvalidTypeError("subjects", subjects, "expected a collection of subject names, not a string")
    wanted = set(subjects)
    unknown = sorted(str(s) for s in wanted - set(SUBJECTS))
    if unknown:
        raise InvalidValueError(
            "subjects", unknown[0], f"unknown subject; the subjects are {', '.join(SUBJECTS)}"
        )
    by_subject: dict[str, list[dict[str, Any]]] = {}
    seen: dict[str, str] = {}
    for subject in (s for s in SUBJECTS if s in wanted):
        name = f"{subject}.json"
        if directory is None:
            raw = _package_file("vectors", name).read_bytes()
        else:
            name = str(pathlib.Path(directory) / name)
            raw = _read_vector_file(name)
        data = _vector_file(name, raw, subject)
        for vector in data["vectors"]:
            if vector["id"] in seen:
                raise InvalidValueError(
                    name, vector["id"], f"the id {vector['id']} is also in {seen[vector['id']]}"
                )
            seen[vector["id"]] = name
        by_subject[subject] = data["vectors"]
    return by_subject


#: The largest vector file read from a folder (the packaged ones are under 4 MB).
MAX_VECTOR_FILE_BYTES = 64 << 20


def _read_vector_file(name: str) -> bytes:
    """A vector file of a folder: a regular file of at most MAX_VECTOR_FILE_BYTES, read
    without following it into a pipe or a device.

    Raises:
        OSError: it cannot be read.
        InvalidValueError: it is not a regular file, or too large.
    """
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidValueError(name, None, "is not a regular file")
        data = f.read(MAX_VECTOR_FILE_BYTES + 1)
    if len(data) > MAX_VECTOR_FILE_BYTES:
        raise InvalidValueError(name, None, f"is larger than {MAX_VECTOR_FILE_BYTES:,} bytes")
    return data


def _vector_file(name: str, raw: bytes, subject: str) -> dict[str, Any]:
    try:
        data = _strict_json(raw)
    except ValueError as e:
        raise InvalidValueError(name, None, f"not JSON: {e}") from None
    violations = _validator("vectors").violations(data)
    if violations:
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        raise InvalidValueError(name, None, f"does not match vectors.schema.json: {violations[0]}{more}")
    assert isinstance(data, dict)
    if data["subject"] != subject:
        raise InvalidValueError(
            name, data["subject"], f"the file's subject is {data['subject']}, not {subject}"
        )
    return data


def load_vectors(
    directory: str | os.PathLike[str] | None = None, subjects: Iterable[str] = SUBJECTS
) -> list[dict[str, Any]]:
    """Every vector, in subject order and file order (see :func:`load_subjects`).

    Raises:
        InvalidValueError: as :func:`load_subjects`.
        InvalidTypeError: as :func:`load_subjects`.
        OSError: as :func:`load_subjects`.
    """
    return [v for vectors in load_subjects(directory, subjects).values() for v in vectors]


def line_of(vector: Mapping[str, Any]) -> bytes:
    """The line a vector sends, without its ``\\n``: its ``input`` as one line of JSON,
    or, for a vector of a raw line, the bytes of ``line_hex`` followed by
    ``line_padding`` ASCII spaces (none when absent)."""
    if "line_hex" in vector:
        return bytes.fromhex(vector["line_hex"]) + b" " * int(vector.get("line_padding", 0))
    return json.dumps(vector["input"], ensure_ascii=False).encode("utf-8")


def _line_pieces(vector: Mapping[str, Any]) -> Iterator[bytes]:
    """:func:`line_of` and its ``\\n`` in pieces of at most 64 KiB of padding each, so
    that a padded line is sent without being built whole."""
    if "line_hex" not in vector:
        yield line_of(vector) + b"\n"
        return
    yield bytes.fromhex(vector["line_hex"])
    padding = vector.get("line_padding", 0)
    while padding > 0:
        yield b" " * min(padding, _CHUNK)
        padding -= _CHUNK
    yield b"\n"


# -- comparing ---------------------------------------------------------------------------------
def json_same(a: object, b: object) -> bool:
    """Equality of JSON values with their JSON types exactly: ``true`` is not ``1``, ``1``
    is not ``1.0``, ``0`` is not ``false``, ``null`` only ``null``; arrays item by item
    in order, objects key by key in any order. (Python's ``==`` conflates the first
    three.)"""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(json_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(json_same(v, b[k]) for k, v in a.items())
    return a == b


class _Absent:
    """A key that the output does not have (:func:`show` writes ``(absent)``; equal to
    nothing)."""


ABSENT: Any = _Absent()
_UNPRINTABLE = re.compile(r"[^\t\n -~]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch.isprintable():
        return ch
    code = ord(ch)
    if code > 0xFFFF:  # a JSON escape is a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def show(value: object, limit: int = 200) -> str:
    """``value`` as JSON on one line, safe to print: every character that is not
    printable (controls, bidirectional overrides, line separators) is written as its JSON
    ``\\u`` escape, so the text is still the same JSON value; cut to about ``limit``
    characters with ``…``. An absent key shows as ``(absent)``."""
    if value is ABSENT:
        return "(absent)"
    try:
        text = _UNPRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False, sort_keys=True))
    except RecursionError:
        return "(nested too deeply to show)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def printable(text: str) -> str:
    """``text`` with every character that is not printable written as a ``\\u`` escape
    (tabs and newlines included), for one line of a report."""
    return re.sub(r"[^ -~]", _escape, text)


@attrs.frozen
class Difference:
    """One way an output line fails its vector.

    Attributes:
        field: what differs, for the tally of a report: an output field as a dotted
            path (``deadlines.first_meeting.due``, ``reasons``, ``error.code``), or
            ``schema``, ``output`` (the line is no JSON object, no JSON, no UTF-8 or too
            long) or ``not answered``.
        message: the difference in words, every value written as JSON.
    """

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


def _differ(field: str, want: object, got: object) -> Difference:
    return Difference(field, f"{field}: expected {show(want)}, got {show(got)}")


def _json_set(values: object) -> set[str] | None:
    """A JSON array as a set of its items' canonical JSON, or ``None`` if not an array."""
    if not isinstance(values, list):
        return None
    return {json.dumps(v, sort_keys=True, ensure_ascii=False) for v in values}


def _set_text(items: Iterable[str]) -> str:
    return show([json.loads(i) for i in sorted(items)])


def differences(expected: Mapping[str, Any], output: object) -> list[Difference]:
    """The differences between a vector's ``expected`` and an implementation's output
    (parsed JSON), by the rules of INTERPRETING.md, with JSON types compared exactly
    (:func:`json_same`). Empty: the vector passes. The output's schema is not checked
    here (see :func:`run_command`)."""
    if not isinstance(output, dict):
        return [Difference("output", f"output is not a JSON object: {show(output, 80)}")]
    if "error" in expected:
        got = output.get("error", ABSENT)
        if not isinstance(got, dict):
            return [Difference("error", f"expected error {show(expected['error']['code'])}, got a result")]
        return [
            _differ(f"error.{key}", expected["error"][key], got.get(key, ABSENT))
            for key in ("code", "field")
            if not json_same(got.get(key, ABSENT), expected["error"][key])
        ]
    if "error" in output:
        return [Difference("error", f"expected a result, got error {show(output['error'], 120)}")]
    found: list[Difference] = []
    for key, want in expected.items():
        if key == "deadlines":
            found += _deadline_differences(want, output.get("deadlines", ABSENT))
        elif key == "reasons":
            reasons = output.get("reasons")
            codes = _json_set(
                [r["code"] for r in reasons if isinstance(r, dict) and "code" in r]
                if isinstance(reasons, list)
                else []
            )
            wanted = _json_set(want)
            assert codes is not None
            assert wanted is not None
            if codes != wanted:
                found.append(
                    Difference(
                        "reasons",
                        f"reasons: missing {_set_text(wanted - codes)}, extra {_set_text(codes - wanted)}",
                    )
                )
        elif key == "reason_citations":
            found += _reason_citation_differences(want, output.get("reasons"))
        elif key in ("missing_facts", "breaches"):
            if _json_set(output.get(key, ABSENT)) != _json_set(want):
                found.append(
                    Difference(
                        key,
                        f"{key}: expected {show(sorted(want))} (as a set), "
                        f"got {show(output.get(key, ABSENT))}",
                    )
                )
        elif not json_same(output.get(key, ABSENT), want):
            found.append(_differ(key, want, output.get(key, ABSENT)))
    return found


def compare(expected: Mapping[str, Any], output: object) -> list[str]:
    """The differences between a vector's ``expected`` and an implementation's output
    line, as readable strings (empty: the vector passes). The rules are those of
    INTERPRETING.md; see :func:`differences`."""
    return [d.message for d in differences(expected, output)]


def _deadline_differences(want: Mapping[str, Mapping[str, Any]], deadlines: object) -> list[Difference]:
    found = []
    for name, fields in want.items():
        got = deadlines.get(name, ABSENT) if isinstance(deadlines, dict) else ABSENT
        for field, value in fields.items():
            have = got.get(field, ABSENT) if isinstance(got, dict) else ABSENT
            if not _matches(value, have):
                found.append(_differ(f"deadlines.{name}.{field}", value, have))
    return found


def _matches(want: object, got: object) -> bool:
    """A citation is compared on the keys the vector lists; anything else exactly."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(json_same(got.get(k, ABSENT), v) for k, v in want.items())
    return json_same(want, got)


def _reason_citation_differences(
    want: Mapping[str, list[dict[str, object]]], reasons: object
) -> list[Difference]:
    by_code: dict[str, object] = {}
    if isinstance(reasons, list):
        by_code = {
            r["code"]: r.get("citations", ABSENT)
            for r in reasons
            if isinstance(r, dict) and type(r.get("code")) is str
        }
    found = []
    for code, citations in want.items():
        got = by_code.get(code, ABSENT)
        if (
            not isinstance(got, list)
            or len(got) != len(citations)
            or not all(_matches(w, g) for w, g in zip(citations, got, strict=True))
        ):
            found.append(_differ(f"reasons[{code}].citations", citations, got))
    return found


# -- running -----------------------------------------------------------------------------------
@attrs.frozen
class Row:
    """One vector's line of a report.

    Attributes:
        id: the vector's id.
        passed: whether the vector passed.
        detail: why it failed (the differences joined by ``; ``), or ``""``.
        subject: the vector's subject (its file).
        differences: the differences, one by one.
        answered: ``False`` when the implementation wrote no line for the vector.
    """

    id: str
    passed: bool
    detail: str
    subject: str = ""
    differences: tuple[Difference, ...] = ()
    answered: bool = True


@attrs.frozen
class Report:
    """What :func:`run_command` found.

    Attributes:
        rows: one row per vector sent, in the order sent.
        lines_written: how many lines the implementation wrote (a last line without
            ``\\n`` counts).
        exit_status: the implementation's exit status as :mod:`subprocess` gives it (a
            negative number ``-N``: killed by signal ``N``); ``None`` if it never ran.
        signal: the signal that killed it, from either a negative ``exit_status`` or a
            shell's ``128 + N``; ``None`` if none did, or if the runner killed it at
            the timeout.
        timed_out: the runner killed it (and its process group) at the timeout.
        timeout: the timeout, in seconds.
        stderr_tail: the last 64 KiB of its stderr, decoded as UTF-8 (bad bytes
            replaced).
        problems: what went wrong with the run as a whole (the line count, the exit,
            a crash, the timeout), one sentence each; each one fails the run.
        seconds: how long the run took.
    """

    rows: tuple[Row, ...]
    lines_written: int
    exit_status: int | None
    signal: int | None
    timed_out: bool
    timeout: float
    stderr_tail: str
    problems: tuple[str, ...]
    seconds: float

    @property
    def passed(self) -> int:
        """How many vectors passed."""
        return sum(r.passed for r in self.rows)

    @property
    def failed(self) -> int:
        """How many vectors failed."""
        return len(self.rows) - self.passed

    @property
    def ok(self) -> bool:
        """Whether the run passes: every vector passed and the run had no problem."""
        return not self.problems and self.failed == 0


@attrs.frozen
class _TooLong:
    size: int


class _Lines:
    """Cuts a byte stream into lines (only ``\\n`` ends one; a last line may lack it),
    holding at most ``limit`` bytes of a line: a longer line comes out as its size."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._line = bytearray()
        self._over: int | None = None

    @property
    def held(self) -> int:
        """How many bytes of the current line are held."""
        return len(self._line)

    def feed(self, chunk: bytes) -> list[bytes | _TooLong]:
        """The lines that ``chunk`` completes."""
        done: list[bytes | _TooLong] = []
        view, start = memoryview(chunk), 0
        while True:
            end = chunk.find(b"\n", start)
            piece = view[start : len(chunk) if end < 0 else end]
            if self._over is not None:
                self._over += len(piece)
            elif len(self._line) + len(piece) > self.limit:
                self._over = len(self._line) + len(piece)
                self._line = bytearray()
            else:
                self._line += piece
            if end < 0:
                return done
            done.append(self._end())
            start = end + 1

    def close(self) -> list[bytes | _TooLong]:
        """The last line, if the stream did not end with ``\\n``."""
        return [self._end()] if self._line or self._over is not None else []

    def _end(self) -> bytes | _TooLong:
        line: bytes | _TooLong = bytes(self._line) if self._over is None else _TooLong(self._over)
        self._line, self._over = bytearray(), None
        return line


def _signal_name(number: int) -> str | None:
    try:
        return signal.Signals(number).name
    except ValueError:
        return None


class _Judge:
    """Turns the implementation's output lines, one at a time, into rows."""

    def __init__(self, vectors: Sequence[tuple[str, Mapping[str, Any]]], limit: int) -> None:
        self.vectors = vectors
        self.limit = limit
        self.rows: list[Row] = []
        self.lines = 0
        self.wrote_error = False

    def line(self, line: bytes | _TooLong) -> None:
        self.lines += 1
        if self.lines > len(self.vectors):
            return
        subject, vector = self.vectors[self.lines - 1]
        found = self._differences(vector, line)
        self.rows.append(
            Row(vector["id"], not found, "; ".join(d.message for d in found), subject, tuple(found))
        )

    def _differences(self, vector: Mapping[str, Any], line: bytes | _TooLong) -> list[Difference]:
        where = f"output line {self.lines}"
        if isinstance(line, _TooLong):
            return [
                Difference(
                    "output",
                    f"{where} has {line.size:,} bytes, more than the limit of {self.limit:,} "
                    "(--max-line-bytes)",
                )
            ]
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            return [Difference("output", f"{where} is not UTF-8 (byte {e.start})")]
        try:
            output = _strict_json(line)
        except ValueError as e:
            shown = show(line.decode("utf-8"), 80)
            return [Difference("output", f"{where} is not JSON ({printable(str(e))}): {shown}")]
        found = []
        if isinstance(output, dict):
            is_error = "error" in output
            self.wrote_error |= is_error
            which = "error" if is_error else "output"
            violations = _validator(which).violations(output)
            found += [
                Difference("schema", f"{which}.schema.json: {printable(str(v))}") for v in violations[:3]
            ]
            if len(violations) > 3:
                found.append(Difference("schema", f"{which}.schema.json: and {len(violations) - 3} more"))
        return differences(vector["expected"], output) + found


def run_command(
    command: str,
    *,
    vectors: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    timeout: float = 600,
    max_line_bytes: int = MAX_OUTPUT_LINE_BYTES,
) -> Report:
    """Run ``command`` (a shell command line) once, feed it the vectors' lines on stdin
    and compare its output lines with the expectations, as INTERPRETING.md says.

    The implementation runs in a session of its own. Its stdin is fed from a thread
    and its stderr read in another (keeping the last 64 KiB), while its stdout is read
    line by line as it comes, each line checked at once: strict JSON (UTF-8, no
    ``NaN``, no key twice), valid against ``output.schema.json`` (a result) or
    ``error.schema.json`` (an object with an ``error`` key), and equal to the
    expectation with JSON types compared exactly. A line longer than
    ``max_line_bytes`` fails its vector and is read past without being held. At the
    timeout the whole process group is killed; the lines written until then count.

    Args:
        command: the implementation, run with ``/bin/sh -c``.
        vectors: the vectors to send, by subject (as :func:`load_subjects` returns
            them); default every packaged vector.
        timeout: seconds the whole run may take.
        max_line_bytes: the longest output line read, in bytes without the ``\\n``.

    Returns:
        The :class:`Report`: a row per vector, and the problems of the run as a whole.

    Raises:
        InvalidTypeError: an argument of the wrong type.
        InvalidValueError: an empty command, a timeout that is not positive, a line
            limit below 1, an unknown subject, or a vector that is not one of
            ``vectors.schema.json``.
    """
    if type(command) is not str:
        raise InvalidTypeError("command", command, "expected a shell command line (a string)")
    if not command.strip():
        raise InvalidValueError("command", command, "the command is empty")
    if type(timeout) not in (int, float):
        raise InvalidTypeError("timeout", timeout, "expected a number of seconds")
    if not 0 < timeout < float("inf"):
        raise InvalidValueError("timeout", timeout, "expected a positive number of seconds")
    if type(max_line_bytes) is not int:
        raise InvalidTypeError("max_line_bytes", max_line_bytes, "expected a whole number of bytes")
    if max_line_bytes < 1:
        raise InvalidValueError("max_line_bytes", max_line_bytes, "expected at least 1 byte")
    chosen = load_subjects() if vectors is None else _checked(vectors)
    sequence = [(subject, v) for subject, vs in chosen.items() for v in vs]
    return _Run(command, sequence, float(timeout), max_line_bytes).report()


@functools.cache
def _vector_validator() -> Validator:
    """One vector of ``vectors.schema.json``, as a schema of its own."""
    whole = schema("vectors")
    return Validator({"$defs": whole["$defs"], **whole["properties"]["vectors"]["items"]})


def _checked(
    vectors: Mapping[str, Sequence[Mapping[str, Any]]],
) -> Mapping[str, Sequence[Mapping[str, Any]]]:
    """``vectors`` if each is a vector of ``vectors.schema.json`` under a known subject,
    whose line can be sent."""
    if not isinstance(vectors, Mapping):
        raise InvalidTypeError(
            "vectors", vectors, "expected the vectors by subject, as load_subjects returns them"
        )
    for subject, vs in vectors.items():
        if subject not in SUBJECTS:
            raise InvalidValueError(
                "vectors", subject, f"unknown subject; the subjects are {', '.join(SUBJECTS)}"
            )
        if not isinstance(vs, Sequence) or isinstance(vs, str):
            raise InvalidTypeError(f"vectors.{subject}", vs, "expected a list of vectors")
        from fasttrack_rules.protocol import has_surrogate

        for k, vector in enumerate(vs):
            found = _vector_validator().violations(vector)
            if found or has_surrogate(vector):
                why = found[0] if found else "a string holds a lone surrogate, which is not Unicode text"
                raise InvalidValueError(
                    f"vectors.{subject}[{k}]", vector, f"not a vector of vectors.schema.json: {why}"
                )
    return vectors


class _Run:
    """One run of an implementation (see :func:`run_command`)."""

    def __init__(
        self, command: str, vectors: Sequence[tuple[str, Mapping[str, Any]]], timeout: float, limit: int
    ) -> None:
        self.command = command
        self.vectors = vectors
        self.timeout = timeout
        self.judge = _Judge(vectors, limit)
        self.limit = limit
        self.stderr = bytearray()
        self.input_closed_early = False
        self.timed_out = False

    def report(self) -> Report:
        start = time.monotonic()
        try:
            proc = subprocess.Popen(
                self.command,
                shell=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as e:
            return self._finish(start, None, [f"the command could not be started: {printable(str(e))}"])
        assert proc.stdin is not None
        assert proc.stdout is not None
        assert proc.stderr is not None
        threads = [
            threading.Thread(target=self._feed, args=(proc.stdin,), daemon=True),
            threading.Thread(target=self._drain, args=(proc.stderr,), daemon=True),
        ]
        for thread in threads:
            thread.start()
        deadline = start + self.timeout
        try:
            self._read(proc, deadline)
            if not self.timed_out:
                try:
                    proc.wait(timeout=max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    self.timed_out = True
                    _kill(proc)
        except BaseException:  # Ctrl-C, or a bug: the implementation must not outlive the run
            _kill(proc)
            _reap(proc)
            proc.stdout.close()
            raise
        if self.timed_out:
            _reap(proc)
        for thread in threads:
            thread.join(timeout=2)
        proc.stdout.close()
        return self._finish(start, proc.returncode, [])

    def _feed(self, stdin: IO[bytes]) -> None:
        try:
            for _, vector in self.vectors:
                for piece in _line_pieces(vector):
                    stdin.write(piece)
            stdin.flush()
        except OSError:  # it stopped reading (a broken pipe): its missing lines will tell
            self.input_closed_early = True
        finally:
            try:
                stdin.close()
            except OSError:
                self.input_closed_early = True

    def _drain(self, stderr: IO[bytes]) -> None:
        with stderr:
            while chunk := os.read(stderr.fileno(), _CHUNK):
                self.stderr += chunk
                del self.stderr[:-STDERR_TAIL_BYTES]

    def _read(self, proc: subprocess.Popen[bytes], deadline: float) -> None:
        assert proc.stdout is not None
        lines = _Lines(self.limit)
        fd = proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.timed_out = True
                    _kill(proc)
                    # What it wrote before it was killed is still in the pipe: read it, briefly.
                    deadline = time.monotonic() + 1
                    while selector.select(max(0.0, deadline - time.monotonic())):
                        chunk = os.read(fd, _CHUNK)
                        if not chunk:
                            break
                        self._lines(lines.feed(chunk))
                    break
                if not selector.select(remaining):
                    continue
                chunk = os.read(fd, _CHUNK)
                if not chunk:
                    break
                self._lines(lines.feed(chunk))
        self._lines(lines.close())

    def _lines(self, lines: list[bytes | _TooLong]) -> None:
        for line in lines:
            self.judge.line(line)

    def _finish(self, start: float, status: int | None, problems: list[str]) -> Report:
        killed_by = self._signal(status)
        n, written = len(self.vectors), self.judge.lines
        if self.timed_out:
            problems.append(
                f"timed out after {self.timeout:g} s: the implementation and its process group were killed"
            )
        if status is not None and not self.timed_out:
            problems += self._exit_problems(status, killed_by)
        if written != n and status is not None:
            text = f"the implementation wrote {written} line{'s' * (written != 1)} for {n} "
            text += f"vector{'s' * (n != 1)}"
            if written < n:
                text += f": {n - written} not answered"
            problems.append(text)
        if self.input_closed_early and status is not None and not self.timed_out:
            # Answers without reading every question: a recording, or a crash mid-way.
            problems.append("the implementation stopped reading its input before the last vector was sent")
        unanswered = "not answered"
        if self.timed_out:
            unanswered += f" (timed out after {self.timeout:g} s)"
        elif killed_by is not None:
            unanswered += f" (the implementation crashed: {_signal_name(killed_by)})"
        elif status is None:
            unanswered += " (the command could not be started)"
        rows = self.judge.rows + [
            Row(
                v["id"], False, unanswered, subject, (Difference("not answered", unanswered),), answered=False
            )
            for subject, v in self.vectors[len(self.judge.rows) :]
        ]
        return Report(
            rows=tuple(rows),
            lines_written=written,
            exit_status=status,
            signal=None if self.timed_out else killed_by,
            timed_out=self.timed_out,
            timeout=self.timeout,
            stderr_tail=bytes(self.stderr).decode("utf-8", errors="replace"),
            problems=tuple(problems),
            seconds=time.monotonic() - start,
        )

    @staticmethod
    def _signal(status: int | None) -> int | None:
        if status is None:
            return None
        if status < 0:
            return -status
        if status > 128 and _signal_name(status - 128) is not None:
            return status - 128
        return None

    def _exit_problems(self, status: int, killed_by: int | None) -> list[str]:
        if killed_by is not None:
            how = (
                f"killed by {_signal_name(killed_by)}"
                if status < 0
                else f"exit status {status}, which a shell reports for a process killed by "
                f"{_signal_name(killed_by)}"
            )
            return [f"the implementation crashed: {how}"]
        if status == 0 or (status == 1 and self.judge.wrote_error):
            return []
        if status == 1:
            return [
                "the implementation exited with status 1, but wrote no error object (1 means a line failed)"
            ]
        if status in (126, 127):
            why = "command not found" if status == 127 else "the command cannot be executed"
            return [f"the command could not be started: exit status {status} ({why})"]
        return [f"the implementation exited with status {status}"]


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill the implementation's process group (its children too), once it is over time."""
    # The leader is not reaped yet (a zombie at worst), so its group id is still its own.
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)


def _reap(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(subprocess.TimeoutExpired):  # a process that SIGKILL does not end
        proc.wait(timeout=10)


def write_csv(rows: Iterable[Row], target: str | os.PathLike[str] | IO[str]) -> None:
    """Write a report's rows as CSV to a file name or an open text file: a header, then
    one line per vector with its id, subject, result (``PASS``/``FAIL``) and detail.

    Raises:
        OSError: the file cannot be written.
    """
    if isinstance(target, str | os.PathLike):
        with open(target, "w", newline="", encoding="utf-8") as f:
            write_csv(rows, f)
        return
    writer = csv.writer(target)
    writer.writerow(["id", "subject", "result", "detail"])
    for row in rows:
        writer.writerow([row.id, row.subject, "PASS" if row.passed else "FAIL", row.detail])


def reason_catalogue() -> dict[str, Any]:
    """The reason catalogue as data: every code with its event, provisions and texts,
    every provision with its versions, and every instrument (``reasons.json`` of the
    kit)."""
    from fasttrack_rules.law import INSTRUMENTS, PROVISIONS
    from fasttrack_rules.reasons import CATALOGUE

    def version(v: Any) -> dict[str, object]:
        return {
            "from": None if v.valid_from.year == 1 else v.valid_from.isoformat(),
            "to": None if v.valid_to is None else v.valid_to.isoformat(),
            "family": v.family,
            "instrument": v.instrument,
            "section": v.section,
            "stk": v.stk,
            "nr": v.nr,
            "pkt": v.pkt,
            "name": v.name,
        }

    return {
        "reasons": [
            {"code": r.code, "event": r.event, "provisions": list(r.provisions), "da": r.da, "en": r.en}
            for r in CATALOGUE.values()
        ],
        "provisions": {name: [version(v) for v in versions] for name, versions in PROVISIONS.items()},
        "instruments": [
            {**i.to_json(), "family": i.family, "title": i.title, "short": i.short}
            for i in INSTRUMENTS.values()
        ],
    }


def calendar_table(kind: str) -> dict[str, Any]:
    """A default calendar's closing weekdays over its whole range, as data
    (``calendars/dk-<kind>.json`` of the kit): weekdays not listed are open."""
    from fasttrack_rules.calendars import FIRST_YEAR, LAST_YEAR, danish_bank_days, municipal_working_days

    cal = danish_bank_days() if kind == "bank" else municipal_working_days()
    return {
        "id": cal.id,
        "first_day": f"{FIRST_YEAR}-01-01",
        "last_day": f"{LAST_YEAR}-12-31",
        "content_hash": cal.content_hash,
        "content_hash_definition": "specification.md#content-hash",
        "closed_weekdays": [
            {"date": c.date.isoformat(), "names": list(c.names), "citations": [str(x) for x in c.citations]}
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            for c in cal.closed_days(year)
        ],
    }


#: What ``export`` writes, besides the vector files (for the kit's own index).
KIT_FILES = (
    "README.md",
    "INTERPRETING.md",
    "specification.md",
    "reasons.json",
    "calendars/dk-bank.json",
    "calendars/dk-municipal.json",
    "schemas/input.schema.json",
    "schemas/output.schema.json",
    "schemas/error.schema.json",
    "schemas/vectors.schema.json",
)


def export(directory: str) -> list[str]:
    """Write the oracle kit to ``directory``: the vector files, INTERPRETING.md, the
    specification, the reason catalogue and both calendars as data, and the schemas;
    return the paths written. Nothing in the kit points outside it."""
    out = pathlib.Path(directory)
    (out / "schemas").mkdir(parents=True, exist_ok=True)
    (out / "calendars").mkdir(exist_ok=True)
    written = []

    def write(name: str, text: str) -> None:
        target = out / name
        target.write_text(text, encoding="utf-8")
        written.append(str(target))

    for name in [f"{s}.json" for s in SUBJECTS] + ["INTERPRETING.md"]:
        write(name, _package_file("vectors", name).read_text(encoding="utf-8"))
    write("specification.md", _package_file("specification.md").read_text(encoding="utf-8"))
    write("reasons.json", json.dumps(reason_catalogue(), ensure_ascii=False, indent=1) + "\n")
    for kind in ("bank", "municipal"):
        write(
            f"calendars/dk-{kind}.json", json.dumps(calendar_table(kind), ensure_ascii=False, indent=1) + "\n"
        )
    for which in ("input", "output", "error", "vectors"):
        write(
            f"schemas/{which}.schema.json",
            _package_file("schemas", f"{which}.schema.json").read_text(encoding="utf-8"),
        )
    write(
        "README.md",
        _KIT_README.format(
            files="\n".join(f"- `{f}`" for f in [*(f"{s}.json" for s in SUBJECTS), *KIT_FILES])
        ),
    )
    return written


_KIT_README = """# fasttrack_rules oracle kit

Everything an implementation in another language needs to be checked against the
reference: the rules (`specification.md`), how to run and compare the vectors
(`INTERPRETING.md`), the JSON Schemas, the reason catalogue as data, and both default
calendars as data with the definition of their content hash.

{files}
"""
