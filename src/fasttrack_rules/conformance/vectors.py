"""Reading the vectors: the packaged files or those of a folder (an exported kit,
perhaps edited), each checked against ``vectors.schema.json``; the vectors given to
:func:`~fasttrack_rules.conformance.run_command` checked the same way; and the line
each vector sends."""

from __future__ import annotations

import json
import os
import pathlib
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from fasttrack_rules.conformance.comparison import strict_json
from fasttrack_rules.conformance.packaged import package_file, validator, vector_validator
from fasttrack_rules.conformance.vector_set import SUBJECTS
from fasttrack_rules.errors import InvalidTypeError, InvalidValueError

__all__ = [
    "MAX_VECTOR_FILE_BYTES",
    "check_vectors",
    "line_of",
    "line_pieces",
    "load_subjects",
    "load_vectors",
]

#: The largest vector file read from a folder (the packaged ones are under 4 MB).
MAX_VECTOR_FILE_BYTES = 64 << 20
#: The most padding :func:`line_pieces` sends in one piece.
_PIECE = 1 << 16


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
            raw = package_file("vectors", name).read_bytes()
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
        data = strict_json(raw)
    except ValueError as e:
        raise InvalidValueError(name, None, f"not JSON: {e}") from None
    violations = validator("vectors").violations(data)
    if violations:
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        raise InvalidValueError(name, None, f"does not match vectors.schema.json: {violations[0]}{more}")
    assert isinstance(data, dict)
    if data["subject"] != subject:
        raise InvalidValueError(
            name, data["subject"], f"the file's subject is {data['subject']}, not {subject}"
        )
    return data


def check_vectors(
    vectors: Mapping[str, Sequence[Mapping[str, Any]]],
) -> Mapping[str, Sequence[Mapping[str, Any]]]:
    """``vectors`` if each is a vector of ``vectors.schema.json`` under a known subject,
    whose line can be sent.

    Raises:
        InvalidTypeError: ``vectors`` is not a mapping of subjects to lists.
        InvalidValueError: an unknown subject, or a vector that is not one of
            ``vectors.schema.json`` (``field`` says which: ``vectors.SUBJECT[K]``).
    """
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
            found = vector_validator().violations(vector)
            if found or has_surrogate(vector):
                why = found[0] if found else "a string holds a lone surrogate, which is not Unicode text"
                raise InvalidValueError(
                    f"vectors.{subject}[{k}]", vector, f"not a vector of vectors.schema.json: {why}"
                )
    return vectors


def line_of(vector: Mapping[str, Any]) -> bytes:
    """The line a vector sends, without its ``\\n``: its ``input`` as one line of JSON,
    or, for a vector of a raw line, the bytes of ``line_hex`` followed by
    ``line_padding`` ASCII spaces (none when absent)."""
    if "line_hex" in vector:
        return bytes.fromhex(vector["line_hex"]) + b" " * int(vector.get("line_padding", 0))
    return json.dumps(vector["input"], ensure_ascii=False).encode("utf-8")


def line_pieces(vector: Mapping[str, Any]) -> Iterator[bytes]:
    """:func:`line_of` and its ``\\n`` in pieces of at most 64 KiB of padding each, so
    that a padded line is sent without being built whole."""
    if "line_hex" not in vector:
        yield line_of(vector) + b"\n"
        return
    yield bytes.fromhex(vector["line_hex"])
    padding = vector.get("line_padding", 0)
    while padding > 0:
        yield b" " * min(padding, _PIECE)
        padding -= _PIECE
    yield b"\n"
