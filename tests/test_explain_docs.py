"""The Danish pages are current: the check list shows the texts in use, and the guide's
explanations and timeline are what ``fasttrack explain`` writes for its example today
(``python -m scripts.make_da_docs`` rewrites both)."""

from __future__ import annotations

import re

import pytest
from scripts.make_da_docs import FOLDER, _example, checklist, guide

from fasttrack_rules import CATALOGUE
from tests.texts import problems


@pytest.mark.parametrize(("name", "render"), [("tjekliste.md", checklist), ("sagsbehandler.md", guide)])
def test_the_danish_pages_are_current(name: str, render: object) -> None:
    assert callable(render)
    assert (FOLDER / name).read_text(encoding="utf-8") == render(), "run python -m scripts.make_da_docs"


def test_the_check_list_has_every_reason_and_shows_no_machine_date() -> None:
    text = checklist()
    assert all(f"| ☐ | `{code}` | {reason.da} |" in text for code, reason in CATALOGUE.items())
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)


def test_the_guide_embeds_the_generated_explanations_and_timeline() -> None:
    caseworker, employer, sick_person, chart = _example()
    text = guide()
    for block in (caseworker, employer, sick_person):
        assert f"```text\n{block}```" in text
        assert problems(block, "da") == []
    assert f"```mermaid\n{chart}```" in text
