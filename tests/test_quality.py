"""The suite holds the project's static checks: mypy --strict and ruff."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(*args: str) -> None:
    result = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    run("mypy")  # files and strict = true come from pyproject.toml


def test_ruff_lint() -> None:
    run("ruff", "check", ".")


def test_ruff_format() -> None:
    run("ruff", "format", "--check", ".")


def test_source_never_reads_the_clock() -> None:
    for path in (ROOT / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("date.today(", "datetime.now(", "datetime.today(", "time.time("):
            assert forbidden not in text, f"{path.name} reads the clock: {forbidden}"
