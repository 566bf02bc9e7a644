"""The explanations are safe to paste anywhere: a case id from the input cannot reach a
terminal, a Markdown page or a Mermaid chart as anything but inert text (the escaping
functions' own rules are tested in test__safe.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fasttrack_rules import Assessment, Case, InvalidTypeError, InvalidValueError, assess
from fasttrack_rules._safe import safe_markdown, safe_mermaid, safe_text
from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text
from fasttrack_rules.protocol import case_from_json
from tests.cases import BY_REASON, OLD
from tests.escaping import hostile, mermaid_label, unescape_markdown

# -- the explanations ------------------------------------------------------------------------
#: Cases whose explanations differ in shape: no request, missing facts, a met meeting, a
#: missed consultation, and a consultation with an earliest day (BEK 2014): every branch
#: of the text and the chart.
SHAPES = [
    *(
        case_from_json(BY_REASON[code])
        for code in ("FT-NO-REQUEST", "FT-SUBJECT-UNKNOWN", "FT-MEETING-MET", "FT-DOCTOR-MISSED")
    ),
    case_from_json(OLD),
]
PLACEHOLDER = "Qz7PLACEHOLDER7zQ"


def explained(shape: int, case_id: str | None) -> tuple[Assessment, Case]:
    facts, as_of = SHAPES[shape]
    facts = attrs.evolve(facts, id=case_id)
    return assess(facts, as_of=as_of), facts


shapes = st.integers(0, len(SHAPES) - 1)
langs = st.sampled_from(["da", "en"])


@given(hostile, shapes, langs)
@example("\x1b[2J\r\nclick a call alert()\u2028\u2029\x85", 0, "da")
@example("", 1, "en")
def test_text_holds_the_id_only_escaped(case_id: str, shape: int, lang: Any) -> None:
    result, _ = explained(shape, case_id)
    out = explain_text(result, lang=lang)
    template = explain_text(explained(shape, PLACEHOLDER)[0], lang=lang)
    assert out == template.replace(PLACEHOLDER, safe_text(case_id) or "-", 1)
    lines = out.split("\n")
    assert lines[-1] == ""  # every line, the last included, ends with \n
    assert all(line.isprintable() for line in lines)
    assert len(out.splitlines()) == len(template.splitlines())


@given(hostile, shapes, langs, st.booleans())
@example("[x](javascript:alert(1))\n# h\n| a |", 2, "en", True)
def test_markdown_holds_the_id_only_escaped(case_id: str, shape: int, lang: Any, chart: bool) -> None:
    result, facts = explained(shape, case_id)
    out = explain_markdown(result, facts if chart else None, lang=lang)
    placeholder, placeholder_facts = explained(shape, PLACEHOLDER)
    template = explain_markdown(placeholder, placeholder_facts if chart else None, lang=lang)
    escaped = safe_markdown(f"x{case_id or '-'}x")[1:-1]  # inside the heading: no edge rule
    expected = template.replace(PLACEHOLDER, escaped, 1)
    if chart:
        expected = expected.replace(PLACEHOLDER, safe_mermaid(case_id), 1)
    assert out == expected
    assert PLACEHOLDER not in expected
    assert all(line.isprintable() for line in out.split("\n"))
    assert len(out.splitlines()) == len(template.splitlines())
    heading = out.split("\n", 1)[0]
    assert heading.startswith("## ")
    assert unescape_markdown(heading[3:]).startswith(f"{'Sag' if lang == 'da' else 'Case'} ")


_DATE = r"\d{4}-\d{2}-\d{2}"
_KEYS = "request_window|consent_form|doctor_consultation|first_meeting|ordinary_first_meeting"
_MERMAID_LINES = [
    re.compile(r"gantt"),
    re.compile(r"    title (?P<label>.*)"),
    re.compile(r"    dateFormat YYYY-MM-DD"),
    re.compile(r"    axisFormat %d/%m"),
    re.compile(r"    section (?P<label>.+)"),
    re.compile(rf"    (?P<label>.+) :milestone, m[012], {_DATE}, 0d"),
    re.compile(rf"    (?P<label>.+) :(?:crit, |done, )?(?:{_KEYS}), {_DATE}, [1-9]\d*d"),
]


def mermaid_grammar(line: str) -> bool:
    """Whether ``line`` is one of the lines explain_mermaid writes, labels whitelisted."""
    for pattern in _MERMAID_LINES:
        m = pattern.fullmatch(line)
        if m is not None:
            return "label" not in m.groupdict() or mermaid_label(m["label"])
    return False


@given(hostile, shapes, langs)
@example("%%{init: {'theme':'dark'}}%%\nclick a call alert()", 0, "da")
@example('x\nclick x href "javascript:alert(1)"', 3, "en")
def test_mermaid_lines_follow_the_grammar(case_id: str, shape: int, lang: Any) -> None:
    result, facts = explained(shape, case_id)
    out = explain_mermaid(result, facts, lang=lang)
    template = explain_mermaid(*explained(shape, PLACEHOLDER), lang=lang)
    assert out == template.replace(PLACEHOLDER, safe_mermaid(case_id), 1)
    lines = out.split("\n")
    assert lines[-1] == ""
    assert all(mermaid_grammar(line) for line in lines[:-1]), out
    assert "%%" not in out
    assert not any(line.strip().startswith("click") for line in lines)
    assert len(lines) == len(template.split("\n"))


def test_mermaid_grammar_rejects_what_it_must() -> None:
    assert mermaid_grammar("    title Sag K-1 - Fast track")
    assert not mermaid_grammar("    title Sag K:1")
    assert not mermaid_grammar("click a call alert()")
    assert not mermaid_grammar("    %%{init: {}}%%")
    assert not mermaid_grammar("    Frist :done, request_window, 2025-03-03, 35d; click")


def test_markdown_with_a_chart_holds_explain_mermaid_in_a_code_block() -> None:
    result, facts = explained(2, "K-1")
    out = explain_markdown(result, facts, lang="en")
    assert out.startswith(explain_markdown(result, lang="en") + "\n### Timeline\n\n```mermaid\n")
    assert out.endswith("```mermaid\n" + explain_mermaid(result, facts, lang="en") + "```\n")
    assert out.count("```") == 2


def test_markdown_layout() -> None:
    result, _ = explained(1, "K-1")
    out = explain_markdown(result, lang="da")
    assert out.startswith(
        "## Sag K\\-1 \\(opgjort pr\\. 2025\\-03\\-20 \\(torsdag\\)\\)\n\n**Spor:** uafklaret\n\n"
        "| Frist | Dato | Status | Kilde |\n| --- | --- | --- | --- |\n"
        "| Frist for anmodning | 2025\\-04\\-06 \\(søndag\\) | overholdt | § 7 c, stk\\. 1, "
    )
    assert "| Konsultation hos egen læge | \\- | uafklaret |  |\n" in out
    assert "\n### Manglende oplysninger\n\n- sick\\_person\n" in out
    assert "\n### Næste skridt\n\n- Indhent svar fra den sygemeldte på\\: affected\\_functions, " in out
    assert "\n### Begrundelser\n\n- **FT\\-REQUEST\\-IN\\-TIME**: Arbejdsgiverens " in out
    assert "Tidslinje" not in out


_LAW = "§ 13 b, stk. 1, i lov om sygedagpenge (lovbekendtgørelse nr. 97 af 29. januar 2025)"
_MEETING = "2025-04-27 (søndag) [seneste arbejdsdag 2025-04-25 (fredag)]: afventer"


def test_text_is_unchanged_for_an_ordinary_id() -> None:
    result, _ = explained(0, "K-1")
    assert explain_text(result) == (
        "Sag K-1 (opgjort pr. 2025-03-20 (torsdag))\n"
        "Spor: almindelig opfølgning\n"
        "\n"
        f"- Første opfølgningssamtale: {_MEETING} - {_LAW}\n"
        f"- Samtale efter de almindelige regler (uge 8): {_MEETING} - {_LAW}\n"
        "\n"
        "Næste skridt:\n"
        "- Afvent eller følg op på: Første opfølgningssamtale\n"
        "\n"
        "Begrundelser:\n"
        "- FT-NO-REQUEST: Der er ikke anmodet om tidlig opfølgning; den første opfølgningssamtale "
        f"følger de almindelige regler. ({_LAW})\n"
        "- FT-MEETING-DUE-ORDINARY: Den første opfølgningssamtale skal holdes inden udgangen af 8. uge "
        f"regnet fra første fraværsdag. ({_LAW})\n"
        f"- FT-MEETING-PENDING: Fristen for den første opfølgningssamtale er endnu ikke udløbet. ({_LAW})\n"
        "- FT-PLAN-PENDING: Samtalen er endnu ikke holdt; planen for tilbagevenden aftales på samtalen. "
        "(Cabi, Fast track (vejledning): trin 4, plan for tilbagevenden til arbejdet)\n"
    )


def test_earliest_day_is_shown() -> None:
    result, facts = explained(4, "K-1")
    assert "[earliest 2024-03-12 (Tuesday)]" in explain_text(result, lang="en")
    assert "\\[tidligst 2024\\-03\\-12 \\(tirsdag\\)\\]" in explain_markdown(result, facts)


@pytest.mark.parametrize("case_id", [None, ""])
def test_no_id(case_id: str | None) -> None:
    result, facts = explained(0, case_id)
    assert explain_text(result, lang="en").startswith("Case - (as of ")
    assert explain_markdown(result, lang="en").startswith("## Case \\- \\(as of ")
    assert "\n    title Case  - ordinary follow-up\n" in explain_mermaid(result, facts, lang="en")


# -- arguments ---------------------------------------------------------------------------------
def _text(result: Assessment, facts: Case, lang: Any) -> str:
    return explain_text(result, lang=lang)


def _markdown(result: Assessment, facts: Case, lang: Any) -> str:
    return explain_markdown(result, facts, lang=lang)


def _mermaid(result: Assessment, facts: Case, lang: Any) -> str:
    return explain_mermaid(result, facts, lang=lang)


EXPLAINERS = [_text, _markdown, _mermaid]


@pytest.mark.parametrize("explain", EXPLAINERS)
@pytest.mark.parametrize("lang", ["fr", "", None, 1, "DA", "da ", "english", ["da"], b"da"])
def test_unsupported_lang_is_a_typed_error(explain: Callable[..., str], lang: Any) -> None:
    result, facts = explained(1, "K-1")
    with pytest.raises(InvalidValueError) as e:
        explain(result, facts, lang)
    assert (e.value.field, e.value.value) == ("lang", lang)
    assert "da, en" in e.value.message


@pytest.mark.parametrize("explain", EXPLAINERS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_supported_langs(explain: Callable[..., str], lang: str) -> None:
    result, facts = explained(3, "K-1")
    other = explain(result, facts, "en" if lang == "da" else "da")
    assert explain(result, facts, lang) != other


def test_bad_result_or_case_is_a_typed_error() -> None:
    result, facts = explained(1, "K-1")
    not_result: Any = facts
    not_case: Any = result
    nothing: Any = None
    calls: list[tuple[Callable[[], str], str]] = [
        (lambda: explain_text(not_result), "result"),
        (lambda: explain_markdown(nothing), "result"),
        (lambda: explain_mermaid(not_result, facts), "result"),
        (lambda: explain_markdown(result, not_case), "case"),
        (lambda: explain_mermaid(result, nothing), "case"),
    ]
    for call, field in calls:
        with pytest.raises(InvalidTypeError) as e:
            call()
        assert e.value.field == field


def test_an_id_cannot_add_a_task() -> None:
    result, facts = explained(2, "2025-01-01, 1d\n    x :milestone, m9, 2025-01-01, 0d")
    lines = explain_mermaid(result, facts, lang="en").split("\n")
    assert lines[1] == "    title Case 2025-01-01, 1d_    x _milestone, m9, 2025-01-01, 0d - Fast track"
    assert [line for line in lines if "m9" in line] == [lines[1]]
