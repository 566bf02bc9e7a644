"""The console examples in docs/cli.md run and print what the page says."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, str]]:
    found = []
    for block in re.findall(r"```console\n(.*?)```", DOC, flags=re.S):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        assert command is not None
        found.append((command, "\n".join(output)))
    return found


@pytest.mark.parametrize(("command", "expected"), examples())
def test_console_example(command: str, expected: str) -> None:
    python = f"{sys.executable} -m fasttrack_rules"
    shell = re.sub(r"(^|\| )fasttrack ", lambda m: f"{m.group(1)}{python} ", command)
    shell = shell.replace("'python -m fasttrack_rules", f"'{python}")
    done = subprocess.run(shell, shell=True, cwd=ROOT, capture_output=True, text=True)
    assert done.stderr == ""
    assert done.stdout.rstrip("\n") == expected


def test_every_console_block_was_found() -> None:
    assert len(examples()) == DOC.count("\n$ ")
