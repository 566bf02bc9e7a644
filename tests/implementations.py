"""Fake implementations for the tests of the vectors runner: shell commands that replay,
bend or break the answers of the real one, and the vectors they answer."""

from __future__ import annotations

import functools
import json
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fasttrack_rules.conformance import line_of, load_subjects

PY = shlex.quote(sys.executable)
#: The real implementation, this library's command line.
REAL = f"{PY} -m fasttrack_rules assess"
ALL = load_subjects()
BY_ID = {v["id"]: v for vs in ALL.values() for v in vs}
WE = ALL["worked_examples"]
ERROR_CASE = next(v for v in ALL["errors"] if "input" in v)
RAW = next(v for v in ALL["errors"] if "line_hex" in v and "line_padding" not in v)
#: Three results and two errors (one a raw line): small, and every kind of answer.
SMALL = {"worked_examples": WE[:3], "errors": [ERROR_CASE, RAW]}


@functools.cache
def answers(ids: tuple[str, ...]) -> tuple[bytes, ...]:
    """The real implementation's output lines for these vectors."""
    vectors = [BY_ID[i] for i in ids]
    done = subprocess.run(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        input=b"".join(line_of(v) + b"\n" for v in vectors),
        capture_output=True,
        check=False,
    )
    lines = tuple(done.stdout.split(b"\n")[:-1])
    assert len(lines) == len(vectors)
    return lines


def small_answers() -> list[bytes]:
    """The real answers to :data:`SMALL`."""
    return list(answers(tuple(v["id"] for vs in SMALL.values() for v in vs)))


def we_answers() -> list[bytes]:
    """The real answers to the worked examples."""
    return list(answers(tuple(v["id"] for v in WE)))


def replay(tmp_path: Path, lines: list[bytes], *, before: str = "", after: str = "") -> str:
    """A fake implementation: it reads all it is sent, then writes ``lines``."""
    path = tmp_path / "answers.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return f"{before}cat >/dev/null; cat {shlex.quote(str(path))}{after}"


def bend(line: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """An answer line, changed."""
    obj = json.loads(line)
    change(obj)
    return json.dumps(obj, ensure_ascii=False).encode()


def _parent(obj: dict[str, Any], path: str) -> tuple[dict[str, Any], str]:
    *parents, last = path.split(".")
    for key in parents:
        obj = obj[key]
    return obj, last


def set_field(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """A change for :func:`bend`: the field at the dotted ``path`` becomes ``value``."""

    def change(obj: dict[str, Any]) -> None:
        parent, key = _parent(obj, path)
        parent[key] = value

    return change


def delete_field(path: str) -> Callable[[dict[str, Any]], None]:
    """A change for :func:`bend`: the field at the dotted ``path`` goes."""

    def change(obj: dict[str, Any]) -> None:
        parent, key = _parent(obj, path)
        del parent[key]

    return change


def gone(pid: int) -> bool:
    """Whether process ``pid`` ends within 5 s (a zombie counts as ended: it is dead and
    waits only for its parent to reap it)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return True
        if stat.rsplit(")", 1)[1].split()[0] == "Z":  # dead, not yet reaped by its new parent
            return True
        time.sleep(0.05)
    return False
