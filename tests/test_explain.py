"""The explanations: safe to paste anywhere (a case id from the input cannot reach a
terminal, a Markdown page or a Mermaid chart as anything but inert text; the escaping
functions' own rules are tested in test__safe.py), written as a reader of each language
writes (``tests.texts``), for each of the three readers, and with their arguments
checked."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fasttrack_rules import Assessment, Case, InvalidTypeError, InvalidValueError, assess
from fasttrack_rules._safe import safe_markdown_code, safe_mermaid, safe_text
from fasttrack_rules.errors import FutureEventError
from fasttrack_rules.explain import AUDIENCES, explain_markdown, explain_mermaid, explain_text
from fasttrack_rules.explain.citations import cite, cite_all, source
from fasttrack_rules.explain.content import fill, window
from fasttrack_rules.explain.mermaid import TRACK_LABELS
from fasttrack_rules.explain.phrases import FIELDS, SENTENCES, STEP_SITUATIONS, UNDATED, WINDOW_SITUATIONS
from fasttrack_rules.explain.words import (
    DEADLINE_NAMES,
    HEADINGS,
    MISSING,
    QUESTIONS,
    STATUS_WORDS,
    TRACK_SENTENCES,
    long_date,
)
from fasttrack_rules.facts import Consent, Interpretation, Request
from fasttrack_rules.inputs import CASE
from fasttrack_rules.law import INSTRUMENTS, PROVISIONS, Citation, provision
from fasttrack_rules.protocol import case_from_json
from fasttrack_rules.reasons import CATALOGUE
from fasttrack_rules.testing import cases
from fasttrack_rules.vocab import DEADLINES, STATUSES, TRACKS
from fasttrack_rules.vocab import QUESTIONS as VOCAB_QUESTIONS
from tests import texts
from tests.cases import BY_REASON, OLD
from tests.escaping import hostile, mermaid_label, unescape_code
from tests.texts import problems

D = dt.date

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
audiences = st.sampled_from(AUDIENCES)


@given(hostile, shapes, langs, audiences)
@example("\x1b[2J\r\nclick a call alert()\u2028\u2029\x85", 0, "da", "caseworker")
@example("", 1, "en", "employer")
def test_text_holds_the_id_only_escaped(case_id: str, shape: int, lang: Any, audience: Any) -> None:
    result, facts = explained(shape, case_id)
    out = explain_text(result, facts, lang=lang, audience=audience)
    template = explain_text(*explained(shape, PLACEHOLDER), lang=lang, audience=audience)
    no_id = explain_text(*explained(shape, None), lang=lang, audience=audience)
    assert out == (template.replace(PLACEHOLDER, safe_text(case_id), 1) if case_id else no_id)
    lines = out.split("\n")
    assert lines[-1] == ""  # every line, the last included, ends with \n
    assert all(line.isprintable() for line in lines)
    assert len(out.splitlines()) == len(template.splitlines())


@given(hostile, shapes, langs, st.booleans())
@example("[x](javascript:alert(1))\n# h\n| a |", 2, "en", True)
def test_markdown_holds_the_id_only_escaped(case_id: str, shape: int, lang: Any, chart: bool) -> None:
    case_id = case_id or "-"
    result, facts = explained(shape, case_id)
    out = explain_markdown(result, facts if chart else None, lang=lang)
    placeholder, placeholder_facts = explained(shape, PLACEHOLDER)
    template = explain_markdown(placeholder, placeholder_facts if chart else None, lang=lang)
    escaped = safe_markdown_code(case_id)
    expected = template.replace(f"`{PLACEHOLDER}`", escaped, 1)
    if chart:
        expected = expected.replace(PLACEHOLDER, safe_mermaid(case_id), 1)
    assert out == expected
    assert PLACEHOLDER not in expected
    assert all(line.isprintable() for line in out.split("\n"))
    assert len(out.splitlines()) == len(template.splitlines())
    heading = out.split("\n", 1)[0]
    assert heading.startswith("## ")
    word = "Sag" if lang == "da" else "Case"
    assert heading.startswith(f"## {word} ")
    assert unescape_code(heading[len(f"## {word} ") :]) == safe_text(case_id)


_DATE = r"\d{4}-\d{2}-\d{2}"
_KEYS = "|".join(DEADLINE_NAMES)
#: Every line explain_mermaid writes, labels aside (test_explain_mermaid.py parses the
#: chart as a whole, and with Mermaid's own parser where Node is installed).
_MERMAID_LINES = [
    re.compile(r"gantt"),
    re.compile(r"    title (?P<label>.*)"),
    re.compile(r"    dateFormat YYYY-MM-DD"),
    re.compile(r"    axisFormat %d/%m"),
    re.compile(r"    todayMarker off"),
    re.compile(r"    section (?P<label>.+)"),
    re.compile(rf"    (?P<label>.+) :milestone, (?:m[012]|asof), {_DATE}, 0d"),
    re.compile(rf"    (?P<label>.+) :(?:crit, |done, |active, )?(?:{_KEYS}), {_DATE}, [1-9]\d*d"),
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
    case_id = case_id or "-"
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
    assert not mermaid_grammar("    todayMarker on")


def test_markdown_with_a_chart_holds_explain_mermaid_in_a_code_block() -> None:
    result, facts = explained(2, "K-1")
    out = explain_markdown(result, facts, lang="en")
    assert out.startswith(explain_markdown(result, lang="en") + "\n### Timeline\n\n```mermaid\n")
    assert out.endswith("```mermaid\n" + explain_mermaid(result, facts, lang="en") + "```\n")
    assert out.count("```") == 2


# -- what each reader is told ---------------------------------------------------------------------
def test_the_caseworker_reads_deadlines_missing_facts_next_steps_reasons_and_sources() -> None:
    result, _ = explained(1, "K-1")
    assert explain_text(result, lang="da") == (
        "Sag K-1\n"
        "Til sagsbehandleren – opgjort torsdag den 20. marts 2025\n"
        "\n"
        "Det kan endnu ikke afgøres, om sagen følger Fast track.\n"
        "\n"
        "Frister:\n"
        "- Frist for anmodning om tidlig opfølgning: senest søndag den 6. april 2025 – overholdt\n"
        "  (sygedagpengelovens § 7 c, stk. 1)\n"
        "- Lønmodtagerens svar på samtykkeerklæringen: senest torsdag den 20. marts 2025 – overholdt\n"
        "  (§ 4, stk. 1, i bekendtgørelse nr. 1710 af 30. december 2024)\n"
        "- Konsultation hos egen læge: kan ikke afgøres endnu\n"
        "- Første opfølgningssamtale: kan ikke afgøres endnu\n"
        "- Første opfølgningssamtale efter de almindelige regler (8. uge): senest søndag den 27. april 2025 "
        "(kommunens sidste arbejdsdag inden da er fredag den 25. april 2025) – fristen er ikke udløbet\n"
        "  (sygedagpengelovens § 13 b, stk. 1)\n"
        "\n"
        "Manglende oplysninger:\n"
        "- om den sygemeldte er lønmodtager, ledig eller selvstændig\n"
        "\n"
        "Næste skridt:\n"
        "- Indhent den sygemeldtes svar på disse spørgsmål: »Hvilke arbejdsfunktioner er påvirket af "
        "sygdommen?« »Hvor længe har sygdommen påvirket arbejdet?« »Er arbejdet forsøgt tilpasset den "
        "sygemeldtes tilstand?«\n"
        "- Få oplyst, om den sygemeldte er lønmodtager, ledig eller selvstændig.\n"
        "\n"
        "Begrundelser:\n"
        "- Arbejdsgiveren har anmodet om tidlig opfølgning inden for fristen, som er de første 5 uger af "
        "sygefraværet. (sygedagpengelovens § 7 c, stk. 1)\n"
        "- Det er ikke oplyst, om den sygemeldte er lønmodtager. Derfor kan arbejdsgiverens anmodning ikke "
        "vurderes. (sygedagpengelovens § 7 c, stk. 1)\n"
        "- Sygefraværet forventes at vare mere end 8 uger regnet fra første fraværsdag. (sygedagpengelovens "
        "§ 7 c, stk. 1, og § 7 e)\n"
        "- Lønmodtageren er indforstået med tidlig opfølgning og har returneret skemaet senest 2 bankdage "
        "efter, at brevet blev sendt. (§ 4, stk. 1, i bekendtgørelse nr. 1710 af 30. december 2024)\n"
        "- Det kan ikke afgøres, om sagen følger Fast track, før de manglende oplysninger foreligger. "
        "(sygedagpengelovens § 13 b, stk. 2, og § 13 b, stk. 1)\n"
        "- Sagsbehandleren skal indhente de manglende svar på de tre spørgsmål fra den sygemeldte før den "
        "første opfølgningssamtale. (§ 3, stk. 1, og § 3, stk. 2, i bekendtgørelse nr. 1710 af 30. december "
        "2024; Cabis vejledning om Fast track, de tre spørgsmål)\n"
        "\n"
        "Retsgrundlag:\n"
        "- Lov om sygedagpenge, jf. lovbekendtgørelse nr. 97 af 29. januar 2025\n"
        "- Bekendtgørelse nr. 1710 af 30. december 2024 om opfølgning i sygedagpengesager\n"
        "- Cabis vejledning: Fast track - anmodning om tidlig opfølgning i sygedagpengesager\n"
    )


def _case(**facts: Any) -> Case:
    return Case(first_day_of_absence=D(2025, 3, 3), **facts)


@pytest.mark.parametrize(
    ("facts", "as_of", "audience", "expected"),
    [
        ({"sick_person": "employee"}, D(2025, 3, 20), "employer", "Du kan anmode om tidlig opfølgning (Fast "
         "track) til og med søndag den 6. april 2025, hvis du forventer"),
        ({}, D(2025, 4, 7), "employer", "Fristen for at anmode om tidlig opfølgning udløb søndag den 6. "
         "april 2025, så du kan ikke længere"),
        ({"sick_person": "unemployed"}, D(2025, 3, 20), "employer", "Du kan kun anmode om tidlig opfølgning, "
         "når den sygemeldte er lønmodtager."),
        ({}, D(2025, 3, 20), "sick_person", "Du kan selv anmode jobcentret om tidlig opfølgning til og med "
         "søndag den 6. april 2025"),
        ({"interpretation": Interpretation(sick_person_window="none")}, D(2025, 5, 20), "sick_person",
         "Du kan selv anmode jobcentret om tidlig opfølgning, hvis du forventer"),
    ],
)  # fmt: skip
def test_the_employer_and_the_sick_person_learn_whether_and_until_when_they_may_ask(
    facts: dict[str, Any], as_of: D, audience: Any, expected: str
) -> None:
    case = _case(**facts)
    out = explain_text(assess(case, as_of=as_of), case, lang="da", audience=audience)
    assert f"\n- {expected}" in out
    assert "jobcentret" in out.lower()  # and what happens without a request: the ordinary meeting


def test_without_the_case_the_time_limit_is_said_without_a_date() -> None:
    case = _case()
    result = assess(case, as_of=D(2025, 3, 20))
    assert window(result, None, "employer") == ("window-unknown", None)
    out = explain_text(result, lang="en", audience="employer")
    assert "\n- You can ask for early follow-up within the first 5 weeks of the sickness absence" in out


def test_a_time_limit_the_rules_cannot_give_is_said_without_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    before_2015 = Case(first_day_of_absence=D(2014, 11, 3))  # no Fast track yet: no window
    result = assess(before_2015, as_of=D(2014, 11, 10))
    assert window(result, before_2015, "sick_person") == ("window-unknown", None)

    def refuses(*_: object, **__: object) -> Assessment:
        raise FutureEventError("request.date", D(2014, 11, 10), "stands for any error of the request")

    monkeypatch.setattr("fasttrack_rules.engine.assess", refuses)
    assert window(result, before_2015, "employer") == ("window-unknown", None)


def test_the_employer_is_told_what_happens_next() -> None:
    result, facts = explained(3, "K-1")
    assert explain_text(result, facts, lang="en", audience="employer").split("\n")[3:9] == [
        "What happens now:",
        "- You asked for early follow-up within the time limit.",
        "- Your employee agrees to early follow-up.",
        "- The jobcenter holds the first follow-up meeting with the sick person by Tuesday 1 April 2025.",
        "- You may choose to answer the three questions about how the illness affects the work. Otherwise "
        "the "
        "municipality obtains the answers from the sick person.",
        "- At the first follow-up meeting a return-to-work plan is agreed, and you may be involved.",
    ]


def test_the_sick_person_is_told_what_to_do() -> None:
    result, facts = explained(4, "K-1")
    out = explain_text(result, facts, lang="da", audience="sick_person")
    assert out.startswith(
        "Sag K-1\nTil dig, der er sygemeldt – opgjort onsdag den 6. marts 2024\n\nHvad sker der nu:\n"
    )
    assert (
        "\n- Bestil tid hos din egen læge, når kommunen beder dig om det. Konsultationen skal finde sted "
        "tidligst "
        "tirsdag den 12. marts 2024 og senest torsdag den 14. marts 2024.\n" in out
    )
    assert "»Hvilke arbejdsfunktioner er påvirket af sygdommen?«" in out
    assert "Begrundelser" not in out  # the reasons are the caseworker's


def test_the_caseworker_reads_the_same_as_markdown() -> None:
    result, _ = explained(1, "K-1")
    out = explain_markdown(result, lang="da")
    assert "\n| Frist | Dato | Status | Hjemmel |\n| --- | --- | --- | --- |\n| Frist for anmodning " in out
    assert (
        "\n### Manglende oplysninger\n\n- om den sygemeldte er lønmodtager, ledig eller selvstændig\n" in out
    )
    assert "\n### Næste skridt\n\n- Indhent den sygemeldtes svar på disse spørgsmål\\: »Hvilke " in out
    assert "\n### Begrundelser\n\n- Arbejdsgiveren har anmodet om tidlig opfølgning " in out
    assert "### Tidslinje" not in out


def test_the_employer_reads_the_same_as_markdown() -> None:
    result, facts = explained(3, "K-1")
    out = explain_markdown(result, facts, lang="da", audience="employer")
    assert out.startswith(
        "## Sag `K-1`\n\n*Til arbejdsgiveren – opgjort fredag den 28\\. marts 2025*\n\n"
        "### Hvad sker der nu\n\n"
    )
    assert "|" not in out.split("### Tidslinje")[0]  # no table of deadlines, no reasons
    assert "### Begrundelser" not in out
    assert "\n### Retsgrundlag\n\n- Lov om sygedagpenge, jf\\. lovbekendtgørelse nr\\. 97 " in out


def test_the_caseworker_acts_on_a_missed_deadline() -> None:
    result, facts = explained(3, "K-1")
    assert (
        "\n- Konsultationen hos egen læge skulle have fundet sted senest torsdag den 27. marts 2025. Følg op "
        in (explain_text(result, facts, lang="da"))
    )
    late = _case()
    out = explain_text(assess(late, as_of=D(2025, 4, 28)), late, lang="en")
    assert (
        "\n- The deadline for the first follow-up meeting ended on Sunday 27 April 2025. Hold the meeting"
        in out
    )


def test_the_caseworker_holds_a_meeting_by_the_last_working_day() -> None:
    refused = _case(
        sick_person="employee",
        over_8_weeks=True,
        request=Request(by="employer", date=D(2025, 3, 18)),
        letter_sent=D(2025, 3, 18),
        consent=Consent(answer="refuses", date=D(2025, 3, 19)),
    )
    out = explain_text(assess(refused, as_of=D(2025, 3, 25)), refused, lang="da")
    assert (
        "\n- Afhold den første opfølgningssamtale senest fredag den 25. april 2025 (fristens sidste dag er "
        "søndag den 27. april 2025).\n" in out
    )
    result, facts = explained(3, "K-1")  # the last day is a working day
    assert "\n- Hold the first follow-up meeting by Tuesday 1 April 2025.\n" in explain_text(result, facts)


def test_nothing_to_do() -> None:
    done = _case(recovered=D(2025, 3, 10))
    out = explain_text(assess(done, as_of=D(2025, 3, 20)), done, lang="da")
    assert "\nNæste skridt:\n- Der er ikke noget, der skal gøres nu.\n" in out


def test_a_missing_fact_is_said_in_words_after_a_comma_or_not() -> None:
    result, _ = explained(1, "K-1")
    assert "\n- Få oplyst, om den sygemeldte er lønmodtager, ledig eller selvstændig.\n" in explain_text(
        result, lang="da"
    )
    assert "\n- Find out whether the sick person is an employee" in explain_text(result, lang="en")
    assert (
        "- " + SENTENCES["caseworker"]["missing"][0].format(missing=" første fraværsdag")
        == "- Få oplyst første fraværsdag."
    )


@given(cases(), langs, audiences)
def test_every_explanation_reads_as_its_language(pair: tuple[Case, D], lang: Any, audience: Any) -> None:
    """Whatever the case, no field name, code, ISO date, placeholder or word of the other
    language reaches the reader, and no date is written as unknown."""
    case, as_of = pair
    case = attrs.evolve(case, id=None)
    out = explain_text(assess(case, as_of=as_of), case, lang=lang, audience=audience)
    assert problems(out, lang) == [], out
    assert "None" not in out  # a date not given leaves its sentence undated, or out


def test_the_timeline_marks_the_day_of_the_assessment_and_what_was_missed() -> None:
    result, facts = explained(3, "K-1")
    chart = explain_mermaid(result, facts, lang="da")
    assert "    todayMarker off\n" in chart
    assert chart.endswith("    Opgjort pr. fredag den 28. marts 2025 :milestone, asof, 2025-03-28, 0d\n")
    assert (
        "    Konsultation hos egen læge (overskredet) :crit, doctor_consultation, 2025-03-18, 10d\n" in chart
    )
    assert "    Første opfølgningssamtale :active, first_meeting, 2025-03-18, 15d\n" in chart


def test_the_timeline_of_a_jobcenter_target() -> None:
    case = _case(request=Request(by="jobcenter", date=D(2025, 3, 10)), municipal_target_weeks=3)
    chart = explain_mermaid(assess(case, as_of=D(2025, 3, 20)), case, lang="en")
    assert ":active, policy_first_meeting, 2025-03-10, " in chart
    out = explain_text(assess(case, as_of=D(2025, 3, 20)), case, lang="en")
    assert "\n- The municipality's own target is to hold the meeting by " in out


@pytest.mark.parametrize("case_id", [None, ""])
def test_no_id(case_id: str | None) -> None:
    result, facts = explained(0, case_id)
    assert explain_text(result, lang="en").startswith("Case without a number\nFor the caseworker – as of ")
    assert explain_markdown(result, lang="da").startswith("## Sag uden nummer\n\n*Til sagsbehandleren – ")
    assert "\n    title Case without a number - ordinary follow-up\n" in explain_mermaid(
        result, facts, lang="en"
    )


# -- the words ---------------------------------------------------------------------------------------
@given(st.dates(D(2000, 1, 1), D(2100, 12, 31)))
def test_a_date_written_out_reads_back(day: D) -> None:
    da, en = long_date(day, "da"), long_date(day, "en")
    weekday, _, number, month, year = da.split(" ")
    assert (weekday, number) == (da.split(" ")[0], f"{day.day}.")
    assert D(int(year), texts.DA_MONTHS.index(month) + 1, day.day) == day
    assert dt.datetime.strptime(en, "%A %d %B %Y").date() == day
    assert problems(da, "da") == problems(en, "en") == []


def test_every_field_deadline_status_track_and_question_has_its_words() -> None:
    assert set(MISSING) == {f.name for f in CASE.fields}
    assert set(DEADLINE_NAMES) == {*DEADLINES, "policy_first_meeting"}
    assert set(STATUS_WORDS) == set(STATUSES)
    assert set(TRACK_SENTENCES) == set(TRACKS) == set(TRACK_LABELS)
    assert tuple(QUESTIONS) == VOCAB_QUESTIONS
    tables = (MISSING, DEADLINE_NAMES, STATUS_WORDS, TRACK_SENTENCES, QUESTIONS, HEADINGS, TRACK_LABELS)
    for table in tables:
        for key, (da, en) in table.items():
            assert problems(da, "da") == [], key
            assert problems(en, "en") == [], key


def test_every_sentence_is_known_by_its_key_and_fills_its_fields() -> None:
    values = {"questions": "»Q?«", "missing": " x", **dict.fromkeys(FIELDS[:6], "fredag den 14. marts 2025")}
    english = {**values, "questions": "“Q?”", **dict.fromkeys(FIELDS[:6], "Friday 14 March 2025")}
    for audience, table in SENTENCES.items():
        known = set(STEP_SITUATIONS) if audience == "caseworker" else {*CATALOGUE, *WINDOW_SITUATIONS}
        assert set(table) <= known, audience
        for key, (da, en) in table.items():
            for text in (da, en):
                fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
                assert fields <= set(FIELDS), key
            assert problems(da.format(**values), "da") == [], key
            assert problems(en.format(**english), "en") == [], key
    assert set(STEP_SITUATIONS) == set(SENTENCES["caseworker"])


def test_a_sentence_without_its_date_is_said_undated_or_left_out() -> None:
    fields: dict[str, str | None] = {"consent": None, "meeting": None, "questions": ""}
    assert (
        fill("employer", "FT-CONSENT-PENDING", "en", fields) == UNDATED["employer"]["FT-CONSENT-PENDING"][1]
    )
    assert fill("employer", "FT-MEETING-PENDING", "en", fields) is None
    assert fill("employer", "FT-MEETING-PENDING", "en", {**fields, "meeting": "Friday 14 March 2025"}) == (
        "The jobcenter holds the first follow-up meeting with the sick person by Friday 14 March 2025."
    )
    for audience, table in UNDATED.items():
        for key, (da, en) in table.items():
            assert key in SENTENCES[audience]
            assert problems(da, "da") == problems(en, "en") == []
            assert "{" not in da + en


def test_a_form_awaited_without_the_letters_date() -> None:
    case = _case(request=Request(by="employer", date=D(2025, 3, 3)))
    result = assess(case, as_of=D(2025, 3, 3))
    assert result.deadlines["consent_form"].due is None
    for audience in AUDIENCES:
        assert UNDATED[audience][
            "consent_form:pending" if audience == "caseworker" else "FT-CONSENT-PENDING"
        ][0] in (explain_text(result, case, lang="da", audience=audience))


def test_every_provision_is_cited_in_words_in_both_languages() -> None:
    for name, versions in PROVISIONS.items():
        for version in versions:
            day = max(version.valid_from, D(2000, 1, 1))
            citation = provision(name, day)
            da, en = cite(citation, "da"), cite(citation, "en")
            assert problems(da, "da") == [], (name, da)
            assert problems(en, "en") == [], (name, en)
            assert problems(source(citation.instrument, "da"), "da") == []
            assert problems(source(citation.instrument, "en"), "en") == []


def test_citations_as_a_reader_writes_them() -> None:
    day = D(2015, 6, 1)
    act, order = provision("fast_track_meeting", day), provision("consent_form_deadline", day)
    assert cite(act, "da") == "sygedagpengelovens § 13 b, stk. 2"
    assert cite(order, "da") == "§ 4, stk. 1, nr. 1, i bekendtgørelse nr. 1421 af 16. december 2014"
    assert cite(order, "en") == "section 4(1), no. 1, of Executive Order no. 1421 of 16 December 2014"
    assert (
        cite(provision("fast_track_start", day), "da")
        == "§ 18 i bekendtgørelse nr. 1421 af 16. december 2014"
    )
    assert cite(provision("fast_track_reform", day), "en") == (
        "Act no. 720 of 25 June 2014 amending the Sickness Benefit Act"
    )
    assert (
        cite(provision("interpretation:roll", day), "da") == "fortolkning: frister, der falder på en lukkedag"
    )
    pair = (provision("three_questions", day), provision("employee_form", day))
    assert (
        cite_all(pair, "da") == "§ 3, stk. 1, og § 3, stk. 2, i bekendtgørelse nr. 1421 af 16. december 2014"
    )
    assert cite_all(pair, "en") == "sections 3(1) and 3(2) of Executive Order no. 1421 of 16 December 2014"
    three = (provision("employer_request", day), provision("sick_person_request", day), act)
    assert cite_all(three, "da") == "sygedagpengelovens § 7 c, stk. 1, § 7 e og § 13 b, stk. 2"
    assert cite_all(three, "en") == "sections 7 c(1), 7 e and 13 b(2) of the Sickness Benefit Act"
    assert source(provision("store_bededag_abolished", day).instrument, "en") == (
        "Executive Order no. 270 of 7 March 2023"
    )
    pinpoint = Citation(INSTRUMENTS["LOV-214-2023"], "2", 1, None, 3)
    assert cite(pinpoint, "en") == "section 2(1), sentence 3, of Act no. 214 of 6 March 2023"


# -- arguments ---------------------------------------------------------------------------------
def _text(result: Assessment, facts: Case, lang: Any, audience: Any = "caseworker") -> str:
    return explain_text(result, facts, lang=lang, audience=audience)


def _markdown(result: Assessment, facts: Case, lang: Any, audience: Any = "caseworker") -> str:
    return explain_markdown(result, facts, lang=lang, audience=audience)


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


@pytest.mark.parametrize("explain", [_text, _markdown])
@pytest.mark.parametrize("audience", ["citizen", "", None, 1, "Employer", ["employer"]])
def test_unsupported_audience_is_a_typed_error(explain: Callable[..., str], audience: Any) -> None:
    result, facts = explained(1, "K-1")
    with pytest.raises(InvalidValueError) as e:
        explain(result, facts, "da", audience)
    assert (e.value.field, e.value.value) == ("audience", audience)
    assert "caseworker, employer, sick_person" in e.value.message


@pytest.mark.parametrize("explain", EXPLAINERS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_supported_langs(explain: Callable[..., str], lang: str) -> None:
    result, facts = explained(3, "K-1")
    other = explain(result, facts, "en" if lang == "da" else "da")
    assert explain(result, facts, lang) != other


def test_the_default_is_english_for_the_caseworker() -> None:
    result, facts = explained(3, "K-1")
    assert explain_text(result) == explain_text(result, lang="en", audience="caseworker")
    assert explain_markdown(result, facts) == explain_markdown(result, facts, lang="en")
    assert explain_mermaid(result, facts) == explain_mermaid(result, facts, lang="en")


def test_bad_result_or_case_is_a_typed_error() -> None:
    result, facts = explained(1, "K-1")
    not_result: Any = facts
    not_case: Any = result
    nothing: Any = None
    calls: list[tuple[Callable[[], str], str]] = [
        (lambda: explain_text(not_result), "result"),
        (lambda: explain_markdown(nothing), "result"),
        (lambda: explain_mermaid(not_result, facts), "result"),
        (lambda: explain_text(result, not_case), "case"),
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
