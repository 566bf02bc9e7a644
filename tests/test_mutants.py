"""Suite adequacy: every deliberately wrong implementation fails at least one vector,
and docs/mutants.md shows the current kill table."""

from __future__ import annotations

import pathlib

from tests.mutants import MUTANTS, kill_table, render

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "mutants.md"


def test_every_mutant_is_killed_and_the_table_is_current() -> None:
    rows = kill_table()
    assert [name for name, _, killed, _ in rows if not killed] == []
    assert len(rows) == len(MUTANTS) >= 20
    assert DOC.read_text(encoding="utf-8") == render(rows), (
        "run python -m tests.mutants --table > docs/mutants.md"
    )
