"""Citations as a reader writes them: "sygedagpengelovens § 13 b, stk. 2" and "§ 4,
stk. 1, nr. 1, i bekendtgørelse nr. 1421 af 16. december 2014" in Danish, "section 13 b(2)
of the Sickness Benefit Act" in English; a named interpretation by what it decides, never
by its key. The list of sources names each instrument once, in the version cited.

The JSON output keeps its own citation text (:class:`~fasttrack_rules.law.Citation`):
these are for people only.
"""

from __future__ import annotations

from collections.abc import Iterable

from fasttrack_rules.explain.words import long_date
from fasttrack_rules.law import Citation
from fasttrack_rules.law.instruments import Instrument
from fasttrack_rules.vocab import Lang

__all__ = ["GUIDE_STEPS", "INTERPRETATION_NAMES", "cite", "cite_all", "source", "sources"]

#: The steps of the guidance on Fast track, in English (the Danish is the step's name).
GUIDE_STEPS: dict[str, str] = {
    "trin 1, anmodning inden for 5 uger": "step 1, a request within 5 weeks",
    "trin 3, konsultation hos egen læge": "step 3, the consultation with the sick person's own doctor",
    "trin 4, plan for tilbagevenden til arbejdet": "step 4, the return-to-work plan",
    "de tre spørgsmål": "the three questions",
    "jobcentrets eget initiativ": "the jobcenter's own initiative",
}

#: What each named interpretation decides, in Danish and English.
INTERPRETATION_NAMES: dict[str, tuple[str, str]] = {
    "roll": ("frister, der falder på en lukkedag", "deadlines that fall on a closed day"),
    "late_request": (
        "en sen anmodning og udgangen af 8. uge",
        "a late request and the end of week 8",
    ),
    "sick_person_window": (
        "fristen for den sygemeldtes egen anmodning",
        "the time limit for the sick person's own request",
    ),
    "employer_window": (
        "optællingen af de første 5 uger",
        "how the first 5 weeks are counted",
    ),
    "doctor_rule_transition": (
        "overgangen til lægereglen fra den 1. januar 2025",
        "the change to the doctor rule of 1 January 2025",
    ),
    "municipal_calendar": ("kommunens arbejdsdage", "the municipality's working days"),
    "bank_days_before_2015": ("bankdage før 2015", "bank days before 2015"),
    "consolidation_by_date": (
        "hvilken lovbekendtgørelse der citeres på en given dag",
        "which consolidated act is cited on a given day",
    ),
    "policy_target_weeks": ("kommunens egen målsætning", "the municipality's own target"),
    "ordinary_rule_before_2011": (
        "de almindelige regler før den 7. februar 2011",
        "the ordinary rules before 7 February 2011",
    ),
}


def _pinpoint_en(c: Citation) -> str:
    """The English pinpoint, without the instrument: "section 4(1), no. 1"."""
    text = f"section {c.section}" + (f"({c.stk})" if c.stk is not None else "")
    text += f", no. {c.nr}" if c.nr is not None else ""
    return text + (f", sentence {c.pkt}" if c.pkt is not None else "")


def _is_the_act(i: Instrument) -> bool:
    """Whether ``i`` is a text of the Sickness Benefit Act (a consolidation, or the act that
    made Fast track, cited as the Act)."""
    return i.family == "SDL"


def cite(c: Citation, lang: Lang) -> str:
    """``c`` as a reader writes it in ``lang`` (see the module's docstring)."""
    i = c.instrument
    if i.kind == "interpretation":
        da, en = INTERPRETATION_NAMES[c.name or ""]
        return f"fortolkning: {da}" if lang == "da" else f"interpretation: {en}"
    if i.kind == "guidance":
        step = c.name or ""
        if lang == "da":
            return f"Cabis vejledning om Fast track, {step}"
        return f"Cabi's guide to Fast track, {GUIDE_STEPS[step]}"
    if c.section is None:  # an instrument cited whole
        return source(i, lang)
    if _is_the_act(i):
        if lang == "da":
            return f"sygedagpengelovens {c.pinpoint}"
        return f"{_pinpoint_en(c)} of the Sickness Benefit Act"
    if lang == "da":
        pinpoint = c.pinpoint  # "§ 18 i ...", but "§ 4, stk. 1, i ..."
        return f"{pinpoint}{', i' if ',' in pinpoint else ' i'} {i.short}"
    pinpoint = _pinpoint_en(c)  # "section 9 of ...", but "section 4(1), no. 1, of ..."
    return f"{pinpoint}{',' if ',' in pinpoint else ''} of {_instrument_en(i)}"


def _listed(items: list[str], lang: Lang) -> str:
    """Two or more items as a list: "a, b og c" ("a, b and c"); in Danish with a comma
    before "og" after a pinpoint with commas ("§ 7 c, stk. 1, og § 7 e")."""
    last = ", og " if lang == "da" and "," in items[-2] else (" og " if lang == "da" else " and ")
    return ", ".join(items[:-1]) + last + items[-1]


def cite_all(citations: Iterable[Citation], lang: Lang) -> str:
    """``citations`` in one phrase, the provisions of one instrument cited together:
    "sygedagpengelovens § 7 c, stk. 1, og § 7 e"; "sections 7 c(1) and 7 e of the
    Sickness Benefit Act"; other sources after a semicolon."""
    groups: list[list[Citation]] = []
    for c in citations:
        pinpointed = c.section is not None and c.instrument.kind in ("law", "order")
        if (
            groups
            and pinpointed
            and groups[-1][-1].section is not None
            and groups[-1][-1].instrument == c.instrument
        ):
            groups[-1].append(c)
        else:
            groups.append([c])
    return "; ".join(_group(g, lang) for g in groups)


def _group(group: list[Citation], lang: Lang) -> str:
    """The citations of one instrument (or a single citation of any kind)."""
    if len(group) == 1:
        return cite(group[0], lang)
    i = group[0].instrument
    if lang == "en":
        pins = _listed([_pinpoint_en(c).removeprefix("section ") for c in group], lang)
        name = "the Sickness Benefit Act" if _is_the_act(i) else _instrument_en(i)
        return f"sections {pins} of {name}"
    pins = _listed([c.pinpoint for c in group], lang)
    return f"sygedagpengelovens {pins}" if _is_the_act(i) else f"{pins}, i {i.short}"


def _instrument_en(i: Instrument) -> str:
    """An act or order with a number and a date, in English."""
    number, signed = i.number, long_date(i.date, "en").split(" ", 1)[1] if i.date else ""
    if i.key.startswith("LBK"):
        return f"the Sickness Benefit Act, consolidated act no. {number} of {signed}"
    if _is_the_act(i):
        return f"Act no. {number} of {signed} amending the Sickness Benefit Act"
    if i.kind == "order":
        return f"Executive Order no. {number} of {signed}"
    return f"Act no. {number} of {signed}"


def source(i: Instrument, lang: Lang) -> str:
    """Instrument ``i`` named in full, as the list of sources names it."""
    if i.kind == "interpretation":
        if lang == "da":
            return "Programmets navngivne fortolkninger af reglerne (se specifikationen)"
        return "This library's named interpretations of the rules (see the specification)"
    if i.kind == "guidance":
        if lang == "da":
            return "Cabis vejledning: Fast track - anmodning om tidlig opfølgning i sygedagpengesager"
        return "Cabi's guide (in Danish): Fast track, requesting early follow-up in sickness benefit cases"
    if lang == "da":
        return i.title
    text = _instrument_en(i)
    if i.kind == "order" and i.family == "BEK":
        text += " on follow-up in sickness benefit cases"
    return text[0].upper() + text[1:]


def sources(citations: Iterable[Citation], lang: Lang) -> list[str]:
    """Each instrument of ``citations`` once, in order of first citation."""
    return list(dict.fromkeys(source(c.instrument, lang) for c in citations))
