"""The engine's generated tables (:mod:`fasttrack_rules.engine.compiled`) against their
sources, and the plain path they make possible: a case in its plain form is answered
without importing attrs, the law or the reasons' typed catalogue."""

from __future__ import annotations

import json
import subprocess
import sys

from scripts.make_engine_tables import MODULE, data, render

from fasttrack_rules.engine import compiled, edge
from fasttrack_rules.law import PROVISIONS
from fasttrack_rules.reasons import CATALOGUE


def test_the_shipped_tables_are_those_of_their_sources_byte_for_byte() -> None:
    # After changing the law, a reason's provisions, a calendar or a case field:
    # python -m scripts.make_engine_tables, review, commit.
    shipped = MODULE.read_text(encoding="utf-8")
    assert render(data()) == shipped, "run python -m scripts.make_engine_tables"


def test_the_shipped_values_are_the_generated_ones() -> None:
    for name, value in data().items():
        assert getattr(compiled, name) == value, name


def test_every_provision_and_reason_has_a_table_and_every_citation_a_number() -> None:
    assert set(compiled.PROVISIONS) == set(PROVISIONS)
    assert set(compiled.REASONS) == set(CATALOGUE)
    count = len(edge.CITATIONS)
    assert len(compiled.CITATION_JSON) == len(compiled.CITATION_SHORT) == len(compiled.CITATION_LAW) == count
    assert len(set(edge.CITATIONS)) == count  # one number per citation
    for days, numbers in compiled.PROVISIONS.values():
        assert list(days) == sorted(set(days))
        assert len(numbers) == len(days) + 1
        assert all(-1 <= n < count for n in numbers)
    for days, cited in compiled.REASONS.values():
        assert len(cited) == len(days) + 1
        assert all(0 <= n < count for numbers in cited if numbers is not None for n in numbers)


def test_a_citation_text_is_the_json_of_its_citation() -> None:
    from fasttrack_rules.protocol import citation_json, short_reference

    for number, citation in enumerate(edge.CITATIONS):
        assert json.loads(compiled.CITATION_JSON[number]) == citation_json(citation)
        assert json.loads(compiled.CITATION_SHORT[number]) == short_reference(citation)


_PLAIN_RUN = """
import json, sys
before = set(sys.modules)
from fasttrack_rules.protocol.answers import Options, answer_line
text, failed = answer_line(1, sys.argv[1].encode(), Options(lang=sys.argv[2], compact=sys.argv[3] == "1"))
added = sorted(set(sys.modules) - before)
print(json.dumps({"failed": failed, "added": added, "text": text}))
"""


def _plain(line: str, lang: str = "en", compact: bool = False) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PLAIN_RUN, line, lang, "1" if compact else "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


_HEAVY = ("attr", "attrs", "fasttrack_rules.law", "fasttrack_rules.reasons", "fasttrack_rules.rules")


def test_a_plain_case_is_answered_without_attrs_or_the_law() -> None:
    line = (
        '{"first_day_of_absence": "2025-03-03", "sick_person": "employee", "over_8_weeks": true,'
        ' "request": {"by": "employer", "date": "2025-03-18"}, "as_of": "2025-03-20"}'
    )
    for lang, compact in (("en", False), ("da", False), ("en", True)):
        report = _plain(line, lang, compact)
        assert report["failed"] is False
        assert '"track": "undetermined"' in str(report["text"])  # the consent is awaited
        added = report["added"]
        assert isinstance(added, list)
        assert not [m for m in added if m.split(".")[0] in _HEAVY or m.startswith(_HEAVY[2:])], lang


def test_a_case_of_the_general_path_still_imports_what_it_needs() -> None:
    # An adjusted calendar goes the general way: the typed case, the rules and attrs.
    line = (
        '{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20",'
        ' "calendar": {"extra_closed": ["2025-03-21"]}}'
    )
    report = _plain(line)
    assert report["failed"] is False
    added = report["added"]
    assert isinstance(added, list)
    assert "fasttrack_rules.rules" in added
    assert "attr" in added
