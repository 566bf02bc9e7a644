"""A reader's checks on a text for people, shared by the tests of the reason catalogue
and of the explanations: no machine identifier (a field name, a reason code, a value of
the protocol in quotes), no unfilled placeholder, no word of the other language, and
dates only as the language writes them ("fredag den 14. marts 2025", "Friday 14 March
2025"; never ISO, never numbers with slashes)."""

from __future__ import annotations

import re

__all__ = ["DA_MONTHS", "EN_MONTHS", "problems"]

DA_MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_CHECKS: list[tuple[str, re.Pattern[str]]] = [
    ("a snake_case identifier", re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")),
    ("a reason code", re.compile(r"\bFT-[A-Z0-9-]+\b")),
    ("an ISO date", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
    ("a date with slashes", re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")),
    ("a placeholder", re.compile(r"\{[^}]*\}|%[sdr]|\$\{|<[a-z_]+>")),
    ("a protocol value in quotes", re.compile(r"[\"'`]([a-z_]+)[\"'`]")),
]

#: Words of one language that the other does not use (small, unambiguous function words
#: and the domain's own terms).
_ENGLISH = {
    "the",
    "and",
    "of",
    "is",
    "was",
    "not",
    "no",
    "after",
    "before",
    "deadline",
    "meeting",
    "request",
    "employer",
    "employee",
    "sick",
    "doctor",
    "week",
    "weeks",
    "day",
    "days",
    "within",
    "must",
    "which",
    "interpretation",
    "earliest",
    "forward",
    "none",
    "pending",
    "met",
    "missed",
    "form",
    "letter",
}
_DANISH = {
    "og",
    "er",
    "ikke",
    "den",
    "det",
    "af",
    "til",
    "på",
    "med",
    "fristen",
    "anmodning",
    "samtale",
    "samtalen",
    "uge",
    "uger",
    "skal",
    "kan",
    "har",
    "blev",
    "efter",
    "før",
    "sygemeldte",
    "lønmodtager",
    "lønmodtageren",
    "kommunen",
    "stk",
    "jf",
    "bekendtgørelse",
    "lov",
    "fortolkning",
    "senest",
    "tidligst",
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _dates(text: str, lang: str) -> list[str]:
    """Dates that ``lang`` does not write so: a month of the other language, or a month
    without its day and year written as ``lang`` writes them."""
    found = []
    own, other = (DA_MONTHS, EN_MONTHS) if lang == "da" else (EN_MONTHS, DA_MONTHS)
    form = r"\d{1,2}\. MONTH \d{4}" if lang == "da" else r"\d{1,2} MONTH \d{4}"
    for month in other:
        if re.search(rf"\b{month}\b", text):
            found.append(f"a month of the other language: {month}")
    for month in own:
        for hit in re.finditer(rf"\b{month}\b", text):
            around = text[max(0, hit.start() - 4) : hit.end() + 5]
            if not re.search(form.replace("MONTH", month), around):
                found.append(f"a date not written out: {around!r}")
    return found


def problems(text: str, lang: str) -> list[str]:
    """What a reader of ``lang`` would object to in ``text`` (empty: nothing)."""
    found = [f"{what}: {m.group(0)!r}" for what, pattern in _CHECKS for m in pattern.finditer(text)]
    foreign = _ENGLISH if lang == "da" else _DANISH
    found += [f"a word of the other language: {w!r}" for w in _WORD.findall(text) if w.lower() in foreign]
    if lang == "en":
        found += [f"a Danish letter: {ch!r}" for ch in "æøåÆØÅ" if ch in text]
    else:
        found += [f"week written the English way: {m.group(0)!r}" for m in re.finditer(r"\buge \d+\b", text)]
    return found + _dates(text, lang)
