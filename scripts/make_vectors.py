"""Build the conformance vectors (src/fasttrack_rules/vectors/*.json) from this library.

Boundary pairs are found by exhaustive search: for each deadline and anchor date, the
decisive event date is moved one day at a time until the status flips, and the last
compliant day and the first non-compliant day are frozen as a pair. Reason-code cases
come from tests/cases.py, each with a partner found the same way (one date moved until
the code disappears) or, for codes that no date decides, by flipping the deciding fact.
Review the diff of the JSON files before committing a rebuilt set; ids are derived from
content, so an id never changes meaning.

    python scripts/make_vectors.py
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import pathlib
from collections.abc import Callable
from functools import partial
from typing import Any

from tests.cases import BASE, BY_REASON, OLD, SICK, case

from fasttrack_rules import (
    CATALOGUE,
    FasttrackError,
    assess_json,
    danish_bank_days,
    error_json,
    municipal_working_days,
)
from fasttrack_rules.calendars import LAST_YEAR
from fasttrack_rules.conformance import FLAGS, SUBJECTS, VECTOR_SET_VERSION
from fasttrack_rules.protocol import MAX_LINE_BYTES

D = dt.date
ONE = dt.timedelta(days=1)
OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "fasttrack_rules" / "vectors"
BANK, MUNI = danish_bank_days(), municipal_working_days()
WEEKDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ANCHORS = [
    *(D(2025, 3, 3) + dt.timedelta(i) for i in range(7)),  # every weekday
    D(2025, 4, 17),  # Skærtorsdag: Easter
    D(2025, 12, 24),  # Christmas
    D(2023, 12, 31),  # 2023 -> 2024
    D(2024, 12, 31),  # 2024 -> 2025: BEK 2014 -> BEK 2024
    D(2024, 2, 29),  # leap day
    D(2023, 5, 5),  # Store bededag, its last year
    D(2015, 1, 5),  # the first day of Fast track
]


def iso(day: D) -> str:
    return day.isoformat()


def run(obj: object) -> dict[str, Any]:
    try:
        return assess_json(obj)
    except FasttrackError as e:
        return error_json(e)


CITATION_KEYS = ("instrument", "section", "stk", "nr", "pkt", "name")


def _citation(c: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if c is None else {k: c[k] for k in CITATION_KEYS}


def expected_from(output: dict[str, Any]) -> dict[str, Any]:
    if "error" in output:
        return {"error": {"code": output["error"]["code"], "field": output["error"]["field"]}}
    deadlines = {}
    for name, d in output["deadlines"].items():
        fields = {
            k: d[k]
            for k in ("due", "status", "earliest", "latest_working_day", "duty_of", "is_law")
            if k in d
        }
        deadlines[name] = {**fields, "citation": _citation(d["citation"])}
    return {
        "track": output["track"],
        "route": output["route"],
        "plan": output["plan"],
        "days_earlier": output["days_earlier"],
        "missing_facts": sorted(output["missing_facts"]),
        "breaches": sorted(output["breaches"]),
        "to_obtain": output["to_obtain"],
        "questions": output["questions"],
        "reasons": sorted(r["code"] for r in output["reasons"]),
        "reason_citations": {r["code"]: [_citation(c) for c in r["citations"]] for r in output["reasons"]},
        "deadlines": deadlines,
    }


def _dates_in(obj: Any) -> list[D]:
    found: list[D] = []
    if isinstance(obj, dict):
        for v in obj.values():
            found += _dates_in(v)
    elif isinstance(obj, list):
        for v in obj:
            found += _dates_in(v)
    elif isinstance(obj, str) and len(obj) == 10 and obj[4] == "-":
        with contextlib.suppress(ValueError):
            found.append(D.fromisoformat(obj))
    return found


def flags_for(inp: Any, output: dict[str, Any], extra: tuple[str, ...]) -> list[str]:
    flags = set(extra)
    if "error" in output:
        flags.add("ERROR")
        return sorted(flags)
    dues = _dates_in(output["deadlines"])
    days = _dates_in(inp) + dues
    if any(d.weekday() >= 5 for d in days):
        flags.add("WEEKEND")
    if days:
        lo, hi = min(days), max(days)
        span = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
        if any(d.weekday() < 5 and not (BANK.is_open(d) and MUNI.is_open(d)) for d in span[:120]):
            flags.add("HOLIDAY")
        if any((d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 5) for d in days):
            flags.add("YEAR_END")
        if any(d.month == 2 and d.day == 29 for d in span):
            flags.add("LEAP_YEAR")
        change = (D(2015, 1, 5), D(2025, 1, 1))
        if any(abs((d - c).days) <= 21 for d in days for c in change) or any(
            d.year in (2023, 2024) and d.month in (4, 5) for d in days
        ):
            flags.add("LAW_CHANGE")
    if output["missing_facts"]:
        flags.add("MISSING_FACT")
    if isinstance(inp, dict):
        if any(v is not None for v in (inp.get("interpretation") or {}).values()):
            flags.add("INTERPRETATION")
        if any((inp.get("calendar") or {}).values()):
            flags.add("CALENDAR")
    return sorted(flags)


#: The subjects this script writes; worked_examples.json is written by hand.
GENERATED = tuple(s for s in SUBJECTS if s != "worked_examples")
VECTORS: dict[str, list[dict[str, Any]]] = {s: [] for s in GENERATED}
SEEN_IDS: set[str] = set()


def add(subject: str, vid: str, description: str, inp: Any, *extra: str) -> dict[str, Any]:
    assert vid not in SEEN_IDS, vid
    SEEN_IDS.add(vid)
    output = run(inp)
    if "error" in output:
        citations = ["fasttrack_rules JSON protocol (specification.md#errors)"]
        calendar = {"bank": BANK.content_hash, "municipal": MUNI.content_hash}
    else:
        citations = sorted({c["text"] for r in output["reasons"] for c in r["citations"]})
        cals = output["versions"]["calendars"]
        calendar = {"bank": cals["bank"]["content_hash"], "municipal": cals["municipal"]["content_hash"]}
    vector = {
        "id": vid,
        "description": description,
        "citations": citations,
        "flags": flags_for(inp, output, extra),
        "calendar": calendar,
        "input": inp,
        "expected": expected_from(output),
    }
    VECTORS[subject].append(vector)
    return vector


def status_of(inp: dict[str, Any], deadline: str) -> str:
    return str(run(inp)["deadlines"][deadline]["status"])


def search_pair(
    make: Callable[[D], dict[str, Any]], deadline: str, start: D, *, limit: int = 60
) -> tuple[D, D]:
    """The last day d >= start with status met, and d + 1 (missed), for an event on d."""
    d = start
    for _ in range(limit):
        if status_of(make(d), deadline) == "met" and status_of(make(d + ONE), deadline) != "met":
            return d, d + ONE
        d += ONE
    raise AssertionError(f"no boundary for {deadline} from {start}")


def pair(
    subject: str,
    prefix: str,
    deadline: str,
    what: str,
    make: Callable[[D], dict[str, Any]],
    start: D,
    anchor: D,
    *extra: str,
) -> None:
    last, first_bad = search_pair(make, deadline, start)
    for day, tag, verdict in (
        (last, "LAST", "met: the last compliant day"),
        (first_bad, "FIRST", "not met: the first non-compliant day"),
    ):
        add(
            subject,
            f"{prefix}-{iso(anchor)}-{tag}",
            f"{what} on {WEEKDAY[day.weekday()]} {iso(day)} (anchor {iso(anchor)}): {deadline} {verdict}.",
            make(day),
            "BOUNDARY",
            *extra,
        )


# -- deadline boundary pairs, found by search ------------------------------------------------
def employer_case(first: D, request: D, **kw: Any) -> dict[str, Any]:
    return {
        "first_day_of_absence": iso(first),
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": iso(request)},
        "letter_sent": iso(request),
        **kw,
    }


def sick_case(first: D, request: D, **kw: Any) -> dict[str, Any]:
    return {
        "first_day_of_absence": iso(first),
        "sick_person": "self_employed",
        "over_8_weeks": True,
        "request": {"by": "sick_person", "date": iso(request)},
        **kw,
    }


def _rw_employer(a: D, d: D) -> dict[str, Any]:
    return employer_case(a, d, as_of=iso(d))


def _rw_sick(a: D, d: D) -> dict[str, Any]:
    return sick_case(a, d, as_of=iso(d))


def _form(a: D, d: D) -> dict[str, Any]:
    consent = {"answer": "agrees", "date": iso(d)}
    return employer_case(a, a, consent=consent, municipality_continues=False, as_of=iso(d))


def _doctor_employer(a: D, d: D) -> dict[str, Any]:
    consent = {"answer": "agrees", "date": iso(a)}
    return employer_case(
        a - 7 * ONE,
        a,
        consent=consent,
        doctor_requested=iso(a),
        doctor_consultation=iso(d),
        as_of=iso(max(d, a)),
    )


def _doctor_sick(a: D, d: D) -> dict[str, Any]:
    return sick_case(a - 7 * ONE, a, doctor_requested=iso(a), doctor_consultation=iso(d), as_of=iso(d))


def _fast_meeting(a: D, d: D) -> dict[str, Any]:
    return sick_case(a - 7 * ONE, a, first_meeting=iso(d), plan_agreed=True, as_of=iso(d))


def _ordinary_meeting(a: D, d: D) -> dict[str, Any]:
    return {"first_day_of_absence": iso(a), "first_meeting": iso(d), "plan_agreed": False, "as_of": iso(d)}


def _due(obj: dict[str, Any], deadline: str, field: str = "due") -> D:
    return D.fromisoformat(run(obj)["deadlines"][deadline][field])


def build_deadline_pairs() -> None:
    for a in ANCHORS:
        pair(
            "request_window",
            "RWE",
            "request_window",
            "Employer request",
            partial(_rw_employer, a),
            a + 30 * ONE,
            a,
        )
        pair(
            "request_window",
            "RWS",
            "request_window",
            "Sick person's request",
            partial(_rw_sick, a),
            a + 30 * ONE,
            a,
        )
        pair("consent", "CF", "consent_form", "Consent form returned", partial(_form, a), a, a)
        pair(
            "doctor",
            "DE",
            "doctor_consultation",
            "Consultation (employer route)",
            partial(_doctor_employer, a),
            a,
            a,
        )
        pair(
            "doctor",
            "DS",
            "doctor_consultation",
            "Consultation (sick person's route)",
            partial(_doctor_sick, a),
            a,
            a,
        )
        pair("meeting", "FM", "first_meeting", "Fast track meeting held", partial(_fast_meeting, a), a, a)
        pair(
            "meeting",
            "OM",
            "first_meeting",
            "Ordinary meeting held (no request)",
            partial(_ordinary_meeting, a),
            a + 40 * ONE,
            a,
        )
        # As of the due day the meeting is pending; the day after, it is missed.
        due = _due(sick_case(a - 7 * ONE, a, as_of=iso(a)), "first_meeting")
        for day, tag, verdict in (
            (due, "LAST", "still pending on the due day"),
            (due + ONE, "FIRST", "missed the day after the due day"),
        ):
            add(
                "meeting",
                f"PM-{iso(a)}-{tag}",
                f"No meeting held, as of {WEEKDAY[day.weekday()]} {iso(day)} (request {iso(a)}): {verdict}.",
                sick_case(a - 7 * ONE, a, as_of=iso(day)),
                "BOUNDARY",
            )
        if D(2015, 1, 5) <= a < D(2024, 12, 27):  # BEK 2014: the earliest day too
            earliest = _due(_doctor_employer(a, a), "doctor_consultation", "earliest")
            for day, tag, verdict in (
                (earliest - ONE, "EARLY", "too early: the day before the 6th bank day"),
                (earliest, "EARLIEST", "met: the 6th bank day, the first compliant day"),
            ):
                add(
                    "doctor",
                    f"DW-{iso(a)}-{tag}",
                    f"Consultation on {WEEKDAY[day.weekday()]} {iso(day)} after a letter of {iso(a)} "
                    f"(BEK 2014): {verdict}.",
                    _doctor_employer(a, day),
                    "BOUNDARY",
                )


# -- interpretation values ---------------------------------------------------------------------
def _rolled_meeting(req: D, roll: str, d: D) -> dict[str, Any]:
    return sick_case(
        req - 7 * ONE,
        req,
        first_meeting=iso(d),
        plan_agreed=True,
        as_of=iso(d),
        interpretation={"roll": roll},
    )


def _windowed_request(first: D, window: str, d: D) -> dict[str, Any]:
    return employer_case(first, d, as_of=iso(d), interpretation={"employer_window": window})


def build_interpretation_pairs() -> None:
    holidays = [D(2025, 12, 11), D(2025, 4, 4), D(2026, 4, 30)]  # request + 14 = a closed day
    for req in holidays:
        for roll in ("none", "forward"):
            pair(
                "meeting",
                f"IR{roll[0].upper()}",
                "first_meeting",
                f"Meeting held (roll = {roll!r})",
                partial(_rolled_meeting, req, roll),
                req,
                req,
            )
    for first in (D(2025, 3, 3), D(2025, 11, 21)):
        for window in ("first_five_weeks", "five_weeks_after"):
            tag = "IEF" if window == "first_five_weeks" else "IEA"
            pair(
                "request_window",
                tag,
                "request_window",
                f"Employer request (employer_window = {window!r})",
                partial(_windowed_request, first, window),
                first + 30 * ONE,
                first,
            )
        for window in ("five_weeks", "none"):
            day36 = first + 35 * ONE
            verdict = "late, ordinary track." if window == "five_weeks" else "no time limit, Fast track."
            add(
                "request_window",
                f"ISW-{window.upper().replace('_', '')}-{iso(first)}",
                f"Sick person's request on day 36 ({iso(day36)}) under "
                f"sick_person_window = {window!r}: {verdict}",
                sick_case(first, day36, as_of=iso(day36), interpretation={"sick_person_window": window}),
                "BOUNDARY",
            )
    first = D(2025, 3, 3)
    for late in ("earliest", "request"):
        for req in (first + 41 * ONE, first + 42 * ONE):  # request + 14 = day 56 / day 57
            obj = sick_case(
                first,
                req,
                as_of=iso(req),
                interpretation={"sick_person_window": "none", "late_request": late},
            )
            add(
                "meeting",
                f"ILR-{late.upper()}-{iso(req)}",
                f"Sick person's request on {iso(req)} (day {(req - first).days + 1}) under late_request = "
                f"{late!r} and no window: the meeting is due {iso(_due(obj, 'first_meeting'))}.",
                obj,
                "BOUNDARY",
            )


# -- reason codes, each with a partner ---------------------------------------------------------
SUBJECT_OF = {
    "REQUEST": "request_window",
    "SICK": "request_window",
    "EMPLOYER": "request_window",
    "SUBJECT": "request_window",
    "CONDITION": "request_window",
    "NO": "meeting",
    "NOT": "request_window",
    "JOBCENTER": "meeting",
    "POLICY": "meeting",
    "LETTER": "consent",
    "CONSENT": "consent",
    "MUNICIPALITY": "consent",
    "QUESTIONS": "questions",
    "DOCTOR": "doctor",
    "MEETING": "meeting",
    "DEADLINE": "meeting",
    "TRACK": "meeting",
    "PLAN": "meeting",
}
FLIPS: dict[str, dict[str, Any]] = {  # codes that no single date decides: flip the deciding fact
    "FT-NO-REQUEST": {"request": {"by": "sick_person", "date": "2025-03-18"}, "sick_person": "employee"},
    "FT-JOBCENTER-INITIATIVE": {"request": {"by": "sick_person", "date": "2025-03-10"}},
    "FT-POLICY-TARGET": {"municipal_target_weeks": None},
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": {"sick_person": "employee"},
    "FT-SUBJECT-UNKNOWN": {"sick_person": "employee"},
    "FT-CONDITION-UNKNOWN": {"over_8_weeks": True},
    "FT-LETTER-UNKNOWN": {"letter_sent": "2025-03-18"},
    "FT-CONSENT-REFUSED": {"consent": {"answer": "agrees", "date": "2025-03-19"}},
    "FT-MUNICIPALITY-CONTINUES": {"municipality_continues": False},
    "FT-MUNICIPALITY-STOPS": {"municipality_continues": True},
    "FT-MUNICIPALITY-DECISION-UNKNOWN": {"municipality_continues": True},
    "FT-QUESTIONS-COMPLETE": {"answers": {"employer": {"affected_functions": "lifting"}}},
    "FT-QUESTIONS-TO-OBTAIN": {
        "answers": {
            "sick_person": {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
        }
    },
    "FT-QUESTIONS-REQUESTER-MUST-ANSWER": {
        "answers": {
            "sick_person": {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
        }
    },
    "FT-DOCTOR-NOT-REQUIRED": {"standby": False},
    "FT-MEETING-NOT-REQUIRED": {"standby": False},
    "FT-TRACK-UNDETERMINED": {"sick_person": "employee"},
    "FT-PLAN-AGREED": {"plan_agreed": False},
    "FT-PLAN-NOT-AGREED": {"plan_agreed": True},
    "FT-PLAN-UNKNOWN": {"plan_agreed": True},
    "FT-SICK-PERSON-NO-TIME-LIMIT": {"interpretation": {"sick_person_window": "five_weeks"}},
    "FT-DEADLINE-ROLLED-FORWARD": {"interpretation": {"roll": "none"}},
    "FT-DOCTOR-AWAITS-FORM": {"consent": {"answer": "agrees", "date": "2025-03-21"}},
    "FT-MEETING-DUE-ORDINARY": {
        "request": {"by": "employer", "date": "2025-03-18"},
        "letter_sent": "2025-03-18",
        "consent": {"answer": "agrees", "date": "2025-03-19"},
    },
    "FT-PLAN-PENDING": {"first_meeting": "2025-03-20", "plan_agreed": True},
}
DATE_FIELDS = (
    "as_of",
    "first_day_of_absence",
    "expected_recovery",
    "letter_sent",
    "doctor_consultation",
    "first_meeting",
    "recovered",
)


def _moved(obj: dict[str, Any], field: str, days: int) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(obj))
    if field in ("request", "consent"):
        out[field]["date"] = iso(D.fromisoformat(out[field]["date"]) + dt.timedelta(days))
    else:
        out[field] = iso(D.fromisoformat(out[field]) + dt.timedelta(days))
    return out


def _codes(obj: dict[str, Any]) -> set[str] | None:
    out = run(obj)
    return None if "error" in out else {r["code"] for r in out["reasons"]}


def build_reason_codes() -> None:
    for code in CATALOGUE:
        base = BY_REASON[code]
        subject = SUBJECT_OF[code.split("-")[1]]
        slug = code[3:]
        add(subject, f"RC-{slug}", f"Produces {code}: {CATALOGUE[code].en}", base, "REASON_CODE")
        if code in FLIPS:
            flipped = {**base, **FLIPS[code]}
            codes = _codes(flipped)
            assert codes is not None, code
            assert code not in codes, code
            add(
                subject,
                f"RC-{slug}-WITHOUT",
                f"Same case with the deciding fact changed: no {code}.",
                flipped,
                "REASON_CODE",
            )
            continue
        found = None
        for days in range(1, 41):
            for sign in (1, -1):
                for field in (*DATE_FIELDS, "request", "consent"):
                    if base.get(field) is None:
                        continue
                    shifted = _moved(base, field, sign * days)
                    codes = _codes(shifted)
                    if codes is not None and code not in codes:
                        found = (field, sign * days, shifted)
                        break
                if found:
                    break
            if found:
                break
        assert found, f"no partner for {code}"
        field, days, shifted = found
        last_with = _moved(base, field, days - (1 if days > 0 else -1))
        assert code in (_codes(last_with) or set()), code
        step = "later" if days > 0 else "earlier"
        if last_with != base:
            add(
                subject,
                f"RC-{slug}-LAST",
                f"{field} moved {abs(days) - 1} day(s) {step}: still {code} (last day).",
                last_with,
                "REASON_CODE",
                "BOUNDARY",
            )
        add(
            subject,
            f"RC-{slug}-FIRST",
            f"{field} moved {abs(days)} day(s) {step}: {code} no longer applies (first day).",
            shifted,
            "REASON_CODE",
            "BOUNDARY",
        )


# -- worked examples and calendars ---------------------------------------------------------------
def build_examples_and_calendars() -> None:
    add(
        "meeting",
        "WE-RULES-7-1",
        "The specification's first worked example: window 2025-04-06, form 2025-03-20, doctor "
        "2025-03-27, meeting 2025-04-01, week 8 2025-04-27.",
        case(),
        "WORKED_EXAMPLE",
    )
    letters = {
        "2025-05-28": "29 May Ascension, 30 May bank closing day",
        "2025-06-04": "5 June, 9 June 2. pinsedag",
        "2025-12-22": "24-26 December",
        "2023-05-03": "Store bededag 5 May 2023",
        "2024-04-24": "no Store bededag from 2024",
    }
    for letter_iso, why in letters.items():
        letter = D.fromisoformat(letter_iso)
        add(
            "calendars",
            f"WE-FORM-{letter_iso}",
            f"Worked example: letter {letter_iso}, consent form due 2 bank days later ({why}).",
            employer_case(letter, letter, as_of=letter_iso),
            "WORKED_EXAMPLE",
            "HOLIDAY",
        )
    for roll in ("none", "forward"):
        add(
            "meeting",
            f"WE-XMAS-{roll.upper()}",
            f"Worked example: request 2025-12-11, meeting due 2025-12-25, latest "
            f"working day 2025-12-23 (roll = {roll!r}).",
            sick_case(D(2025, 11, 28), D(2025, 12, 11), as_of="2025-12-11", interpretation={"roll": roll}),
            "WORKED_EXAMPLE",
        )
    # Every kind of bank closing day, as the day after a letter.
    closings = [
        D(2028, 6, 5),
        D(2022, 6, 6),
        D(2026, 5, 15),
        D(2026, 12, 24),
        D(2026, 12, 31),
        D(2027, 1, 1),
        D(2023, 5, 5),
        D(2024, 4, 26),
        D(2025, 3, 28),
        D(2026, 4, 3),
        D(2100, 12, 24),
    ]
    for closed in closings:
        letter = closed - ONE
        outcome = (
            f"form due {iso(BANK.add(letter, 2))}"
            if letter.year < LAST_YEAR
            # The first day is the letter's day: its week-8 deadline falls after the coverage.
            else "the week-8 deadline counted from the first day of absence falls after 2100-12-31, so "
            "OUT_OF_RANGE names first_day_of_absence"
        )
        add(
            "calendars",
            f"BC-{iso(closed)}",
            f"Letter {iso(letter)}, the day before {iso(closed)} "
            f"({'open' if BANK.is_open(closed) else 'a bank closing day'}): {outcome}.",
            employer_case(letter, letter, as_of=iso(letter)),
            "HOLIDAY",
        )
    # Municipal calendar adjustments move the latest working day and a rolled deadline.
    adjustments: list[tuple[str, dict[str, Any], D]] = [
        ("CLOSED-FRI-ASCENSION", {"extra_closed": ["2026-05-15"]}, D(2026, 5, 1)),
        ("OPEN-XMAS-EVE", {"open_on": ["2025-12-24"]}, D(2025, 12, 10)),
        ("CLOSED-TWO", {"extra_closed": ["2025-10-16", "2025-10-17"]}, D(2025, 10, 3)),
    ]
    for tag, calendar, req in adjustments:
        for roll in ("none", "forward"):
            add(
                "calendars",
                f"MC-{tag}-{roll.upper()}",
                f"Municipal calendar {calendar}, request {iso(req)}, "
                f"roll = {roll!r}: the meeting deadline and its latest working day follow the "
                "adjusted calendar.",
                sick_case(
                    req - dt.timedelta(7),
                    req,
                    as_of=iso(req),
                    calendar=calendar,
                    interpretation={"roll": roll},
                ),
                "CALENDAR",
            )


# -- errors -----------------------------------------------------------------------------------------
def build_errors() -> None:
    from tests.test_assess_errors import ERROR_CASES

    for changes, code, field in ERROR_CASES:
        slug = field.replace(".", "-").replace("[", "-").replace("]", "").replace("_", "")
        vid = f"ER-{code.replace('_', '')}-{slug}"
        n = 2
        while vid in SEEN_IDS:
            vid = f"ER-{code.replace('_', '')}-{slug}-{n}"
            n += 1
        add("errors", vid, f"{code} on {field}: {json.dumps(changes, ensure_ascii=False)}", case(**changes))
    not_objects: list[object] = [[], "a case", 42, None, True]
    JSON_KINDS = {list: "array", str: "string", int: "number", type(None): "null", bool: "boolean"}
    for k, value in enumerate(not_objects):
        add(
            "errors",
            f"ER-NOTOBJECT-{k + 1}",
            f"A JSON {json.dumps(value)} ({JSON_KINDS[type(value)]}) is not a case: INVALID_TYPE on (case).",
            value,
        )
    add(
        "errors",
        "ER-LETTER-SICKROUTE",
        "letter_sent on the sick person's route: INVALID_VALUE on letter_sent.",
        case(SICK, letter_sent="2025-03-18"),
    )
    add(
        "errors",
        "ER-CONSENT-SICKROUTE",
        "consent on the sick person's route: INVALID_VALUE on consent.",
        case(SICK, consent={"answer": "agrees", "date": "2025-03-19"}),
    )
    add(
        "errors",
        "ER-FIRSTDAY-1999",
        "first_day_of_absence in 1999: OUT_OF_RANGE.",
        case(BASE, first_day_of_absence="1999-12-31", request=None, letter_sent=None, consent=None),
    )
    jobcenter = case(
        BASE,
        request={"by": "jobcenter", "date": "2025-03-18"},
        letter_sent=None,
        consent=None,
        municipal_target_weeks=2.0,
    )
    add(
        "errors",
        "ER-INTEGER-2.0",
        "municipal_target_weeks 2.0 is the integer 2 (JSON numbers do not tell 2 from 2.0): a result, "
        "the policy meeting due 2025-04-01.",
        jobcenter,
    )
    coverage: tuple[tuple[D, str | None], ...] = (
        (D(2100, 11, 6), None),
        (D(2100, 11, 7), "first_day_of_absence"),
    )
    add(
        "errors",
        "ER-COVERAGE-FIRSTDAY-ROLL",
        "First day of absence 2100-11-06 with roll = forward: its week-8 deadline 2100-12-31 is a closing "
        "day and rolls into 2101: OUT_OF_RANGE on first_day_of_absence.",
        case(
            BASE,
            first_day_of_absence="2100-11-06",
            as_of="2100-11-06",
            request=None,
            letter_sent=None,
            consent=None,
            interpretation={"roll": "forward"},
        ),
        "BOUNDARY",
    )
    add(
        "errors",
        "ER-COVERAGE-DOCTOR-UNDETERMINED",
        "Sick person's request 2100-12-25 on an undetermined track (no window, forecast unknown): the "
        "consultation deadline counted from it falls in 2101: OUT_OF_RANGE on request.date.",
        case(
            SICK,
            first_day_of_absence="2100-11-01",
            request={"by": "sick_person", "date": "2100-12-25"},
            as_of="2100-12-25",
            over_8_weeks=None,
            interpretation={"sick_person_window": "none"},
        ),
    )
    for day, blamed in coverage:
        add(
            "errors",
            f"ER-COVERAGE-FIRSTDAY-{'LAST' if blamed is None else 'FIRST'}",
            f"First day of absence {iso(day)}: "
            + (
                "its week-8 deadline 2100-12-31 is the last day of the coverage: a result."
                if blamed is None
                else "its week-8 deadline 2101-01-01 falls after the coverage: OUT_OF_RANGE on "
                "first_day_of_absence."
            ),
            case(
                BASE,
                first_day_of_absence=iso(day),
                as_of=iso(day),
                request=None,
                letter_sent=None,
                consent=None,
            ),
            "BOUNDARY",
        )


# -- more cases where a single wrong rule would otherwise hide -----------------------------------
def build_coverage_cases() -> None:
    for a in ANCHORS[:7]:  # refusal on every weekday: always the ordinary track
        refused = employer_case(a, a, consent={"answer": "refuses", "date": iso(a + ONE)}, as_of=iso(a + ONE))
        add(
            "consent",
            f"CR-{iso(a)}",
            f"Employee refuses on {WEEKDAY[(a + ONE).weekday()]} {iso(a + ONE)}: "
            "ordinary track, meeting by the end of week 8.",
            refused,
        )
        standby = sick_case(a - 7 * ONE, a, standby=True, as_of=iso(a + 60 * ONE))
        add(
            "meeting",
            f"SB-{iso(a)}",
            f"Standby case, request {iso(a)}, as of 60 days later: no meeting and no consultation required.",
            standby,
        )
    answer = {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
    partial_answer = {"affected_functions": "a"}
    combos = {
        "NOBODY": {},
        "EMPLOYER": {"employer": answer},
        "SICK": {"sick_person": answer},
        "BOTH": {"employer": answer, "sick_person": answer},
        "SPLIT": {"employer": partial_answer, "sick_person": {"affected_duration": "b"}},
    }
    for route, base in (("EMPLOYER", BASE), ("SICK", SICK)):
        for who, answers in combos.items():
            add(
                "questions",
                f"QA-{route}-{who}",
                f"{route.lower()} route, answers from {who.lower()}: who "
                "answered each question and what is still to obtain.",
                case(base, answers=answers),
            )
    for a in [*ANCHORS[:7], D(2024, 2, 1), D(2023, 12, 20)]:
        for days, tag, verdict in ((56, "NOTMET", "not over 8 weeks"), (57, "MET", "over 8 weeks")):
            recovery = a + days * ONE
            add(
                "request_window",
                f"CD-{iso(a)}-{tag}",
                f"Expected recovery {iso(recovery)} = first day {iso(a)} + {days}: {verdict}.",
                sick_case(a, a + 14 * ONE, expected_recovery=iso(recovery), as_of=iso(a + 14 * ONE)),
                "BOUNDARY",
            )
    for year in range(2016, 2031):
        for closed, name in (
            (D(year, 6, 5), "Grundlovsdag"),
            (_ascension(year) + ONE, "Friday after Ascension"),
        ):
            letter = closed - 2 * ONE
            add(
                "calendars",
                f"BY-{iso(closed)}",
                f"Letter {iso(letter)}, two days before {name} {iso(closed)}: "
                f"form due {iso(BANK.add(letter, 2))}.",
                employer_case(letter, letter, as_of=iso(letter)),
                "HOLIDAY",
            )
    for day in (D(2015, 1, 2), D(2015, 1, 4), D(2015, 1, 5), D(2015, 1, 6)):
        add(
            "meeting",
            f"FS-{iso(day)}",
            f"Sick person's request on {iso(day)} (Fast track from 2015-01-05): "
            + ("no Fast track; the week-8 rule decides." if day < D(2015, 1, 5) else "Fast track."),
            sick_case(D(2014, 12, 29), day, as_of=iso(day)),
            "LAW_CHANGE",
        )


_CASE_LINE = b'{"as_of": "2025-03-20", "first_day_of_absence": "2025-03-03"'
RAW_LINES: list[tuple[str, bytes, str, str | None, str]] = [
    (
        "RAW-INVALIDJSON-OPEN",
        b'{"as_of": "2025-03-20"',
        "INVALID_JSON",
        None,
        "an object that is never closed",
    ),
    ("RAW-INVALIDJSON-TEXT", b"not a case", "INVALID_JSON", None, "text that is not JSON"),
    ("RAW-INVALIDJSON-NAN", b'{"as_of": NaN}', "INVALID_JSON", None, "NaN, which JSON does not have"),
    ("RAW-INVALIDENCODING", b'{"id": "\xff"}', "INVALID_ENCODING", None, "a byte that is not UTF-8"),
    ("RAW-EMPTYLINE", b"", "EMPTY_LINE", None, "an empty line"),
    ("RAW-BLANKLINE", b"   \t", "EMPTY_LINE", None, "a line of blanks"),
    (
        "RAW-INVALIDJSON-INFINITY",
        _CASE_LINE + b', "municipal_target_weeks": -Infinity}',
        "INVALID_JSON",
        None,
        "-Infinity, which JSON does not have",
    ),
    (
        "RAW-SURROGATE-HIGH",
        _CASE_LINE + b', "id": "\\ud800"}',
        "INVALID_ENCODING",
        None,
        "a \\u escape of a lone high surrogate, which is no Unicode text",
    ),
    (
        "RAW-SURROGATE-LOW",
        _CASE_LINE + b', "id": "a\\udc80"}',
        "INVALID_ENCODING",
        None,
        "a \\u escape of a lone low surrogate, which is no Unicode text",
    ),
    (
        "RAW-SURROGATE-BEFORE-DUPLICATE",
        _CASE_LINE + b', "id": "\\udc80", "id": "x"}',
        "INVALID_ENCODING",
        None,
        "a lone surrogate and a repeated key: the surrogate is named first",
    ),
    (
        "RAW-NUMBER-4301-DIGITS",
        _CASE_LINE + b', "municipal_target_weeks": 1' + b"0" * 4300 + b"}",
        "INVALID_JSON",
        None,
        "an integer of 4,301 digits, more than a reader must take",
    ),
    (
        "RAW-BYTE-ORDER-MARK",
        b"\xef\xbb\xbf" + _CASE_LINE + b"}",
        "INVALID_JSON",
        None,
        "a case after a byte-order mark, which is no JSON whitespace",
    ),
    (
        "RAW-VERTICAL-TAB-AFTER",
        _CASE_LINE + b"}\x0b",
        "INVALID_JSON",
        None,
        "a case followed by a vertical tab, which is no JSON whitespace",
    ),
    (
        "RAW-INTEGER-1E400",
        _CASE_LINE + b', "municipal_target_weeks": 1e400}',
        "INVALID_TYPE",
        "municipal_target_weeks",
        "1e400, which as a double is infinite, not an integer",
    ),
    (
        "RAW-DUPLICATEKEY-TOP",
        _CASE_LINE + b', "as_of": "2025-03-21"}',
        "DUPLICATE_KEY",
        "as_of",
        "a key given twice at the top",
    ),
    (
        "RAW-DUPLICATEKEY-NESTED",
        _CASE_LINE + b', "request": {"by": "employer", "date": "2025-03-18", "by": "sick_person"}}',
        "DUPLICATE_KEY",
        "request.by",
        "a key given twice inside request",
    ),
    (
        "RAW-DUPLICATEKEY-INNER-FIRST",
        b'{"id": "a", "id": "b", "as_of": "2025-03-20", "first_day_of_absence": "2025-03-03", '
        b'"answers": {"employer": {"affected_functions": "x", "affected_functions": "y"}}}',
        "DUPLICATE_KEY",
        "answers.employer.affected_functions",
        "keys repeated at the top and inside answers: the object that closes first is named",
    ),
]


def build_raw_lines() -> None:
    """Lines that are not JSON cases at all: the line itself is the input."""
    for vid, line, code, field, what in RAW_LINES:
        VECTORS["errors"].append(
            {
                "id": vid,
                "description": f"A raw line, {what}: {code}, field {json.dumps(field)}; the stream goes on.",
                "citations": ["fasttrack_rules JSON protocol (specification.md#errors)"],
                "flags": ["ERROR"],
                "calendar": {"bank": BANK.content_hash, "municipal": MUNI.content_hash},
                "line_hex": line.hex(),
                "expected": {"error": {"code": code, "field": field}},
            }
        )
        SEEN_IDS.add(vid)
    # A number read as a double: 2.0000000000000001 is the double 2.0, a whole number.
    near = _CASE_LINE + b', "request": {"by": "jobcenter", "date": "2025-03-18"}, "municipal_target_weeks": '
    exact = add(
        "errors",
        "RAW-INTEGER-AS-DOUBLE",
        "municipal_target_weeks 2.0000000000000001 is read as the double 2.0, the integer 2: a result, the "
        "policy meeting due 2025-04-01.",
        json.loads(near + b"2}"),
    )
    del exact["input"]
    exact["line_hex"] = (near + b"2.0000000000000001}").hex()
    # The line limit, as a pair: a case padded with blanks to exactly MAX_LINE_BYTES is
    # read; one byte more is LINE_TOO_LONG (the padding is sent, not stored).
    line = _CASE_LINE + b"}"
    at_limit = add(
        "errors",
        "RAW-LINE-AT-LIMIT",
        f"A case padded with blanks to {MAX_LINE_BYTES:,} bytes, the longest line the protocol reads: "
        "a result.",
        json.loads(line),
        "BOUNDARY",
    )
    del at_limit["input"]
    at_limit.update(line_hex=line.hex(), line_padding=MAX_LINE_BYTES - len(line))
    VECTORS["errors"].append(
        {
            "id": "RAW-LINE-TOO-LONG",
            "description": f"The same case padded to {MAX_LINE_BYTES + 1:,} bytes, one over the limit: "
            "LINE_TOO_LONG, field null; the stream goes on.",
            "citations": ["fasttrack_rules JSON protocol (specification.md#errors)"],
            "flags": ["BOUNDARY", "ERROR"],
            "calendar": {"bank": BANK.content_hash, "municipal": MUNI.content_hash},
            "line_hex": line.hex(),
            "line_padding": MAX_LINE_BYTES + 1 - len(line),
            "expected": {"error": {"code": "LINE_TOO_LONG", "field": None}},
        }
    )
    SEEN_IDS.add("RAW-LINE-TOO-LONG")


def build_combinations() -> None:
    """The combinations an implementer would otherwise have to guess."""
    for first, tag in ((D(2012, 5, 14), "2012"), (D(2008, 3, 3), "2008"), (D(2014, 12, 29), "2014")):
        add(
            "meeting",
            f"PR-{tag}-NOREQUEST",
            f"First day {iso(first)}, before Fast track, no request: the week-8 first follow-up, "
            f"first day + 55 = {iso(first + 55 * ONE)}, cited by the first day.",
            {"first_day_of_absence": iso(first), "as_of": iso(first + 20 * ONE)},
            "LAW_CHANGE",
        )
        add(
            "meeting",
            f"PR-{tag}-JOBCENTER",
            f"First day {iso(first)}, a jobcenter's own initiative on day 10: the week-8 rule.",
            {
                "first_day_of_absence": iso(first),
                "request": {"by": "jobcenter", "date": iso(first + 9 * ONE)},
                "as_of": iso(first + 20 * ONE),
            },
            "LAW_CHANGE",
        )
    add(
        "meeting",
        "UT-PLAN-MISSING",
        "Track undetermined (the form awaited) but a meeting was held without a plan recorded: "
        "plan undetermined, plan_agreed missing beside consent.",
        case(consent=None, letter_sent="2025-03-18", first_meeting="2025-03-19", as_of="2025-03-19"),
        "MISSING_FACT",
    )
    add(
        "consent",
        "UT-NO-FORM-LETTER-UNKNOWN-CONTINUES",
        "No form, the letter's date unknown, the municipality says it continues: the form may not be due "
        "yet and a refusal may still come, so the track is undetermined (letter_sent and consent missing). "
        "Found by the clean-room comparison.",
        case(letter_sent=None, consent=None, municipality_continues=True, as_of="2025-04-10"),
        "MISSING_FACT",
    )
    add(
        "doctor",
        "UT-DOCTOR-REQUESTED",
        "Sick person's request, the 8-week forecast unknown, the consultation deadline passed: the track is "
        "undetermined, and doctor_requested is missing beside over_8_weeks.",
        case(SICK, over_8_weeks=None, as_of="2025-04-10"),
        "MISSING_FACT",
    )
    add(
        "doctor",
        "DC-CONSENT-MISSING-CONTINUES",
        "No form at all, the municipality continues: the 2025 doctor rule has no start event yet.",
        case(consent=None, municipality_continues=True, as_of="2025-03-25"),
    )
    add(
        "doctor",
        "DC-CONSENT-MISSING-2024",
        "No form at all in 2024, the municipality continues: the 2015-2024 rule runs from the letter anyway.",
        case(OLD, consent=None, municipality_continues=True, as_of="2024-03-20"),
    )
    add(
        "meeting",
        "RC-MEETING-DAY",
        "Recovered on the day the meeting was held: not held before the recovery, so it lapses.",
        case(first_meeting="2025-03-25", recovered="2025-03-25", plan_agreed=True, as_of="2025-03-26"),
    )
    for letter, form, tag, what in (
        ("2024-12-30", "2025-01-02", "LETTER2024-FORM2025", "the form's day decides: the 2025 rule"),
        (
            "2024-12-27",
            "2024-12-30",
            "LETTER2024-FORM2024",
            "both in 2024: the 2015-2024 rule from the letter",
        ),
        ("2025-01-02", "2025-01-03", "LETTER2025-FORM2025", "both in 2025: the 2025 rule"),
        (
            "2024-12-31",
            None,
            "LETTER2024-NOFORM",
            "letter in 2024, no form: the 2015-2024 rule from the letter",
        ),
    ):
        inp = employer_case(D(2024, 12, 16), D.fromisoformat(letter), as_of="2025-01-06")
        if form is not None:
            inp["consent"] = {"answer": "agrees", "date": form}
        else:
            inp["consent"] = None
            inp["municipality_continues"] = True
        add(
            "doctor",
            f"TR-{tag}",
            f"Doctor rule transition, letter {letter}, form {form}: {what}.",
            inp,
            "LAW_CHANGE",
        )


def _ascension(year: int) -> D:
    return next(c.date for c in BANK.closed_days(year) if c.name == "Kristi himmelfartsdag")


def build() -> dict[str, str]:
    """Every vector file's text, by subject."""
    for vectors in VECTORS.values():
        vectors.clear()
    SEEN_IDS.clear()
    build_deadline_pairs()
    build_interpretation_pairs()
    build_reason_codes()
    build_examples_and_calendars()
    build_coverage_cases()
    build_combinations()
    build_errors()
    build_raw_lines()
    files = {}
    for subject, vectors in VECTORS.items():
        data = {
            "vector_set": "fasttrack_rules",
            "version": VECTOR_SET_VERSION,
            "subject": subject,
            "flags_defined": list(FLAGS),
            "vectors": vectors,
        }
        files[subject] = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    return files


def main() -> None:
    for subject, text in build().items():
        (OUT / f"{subject}.json").write_text(text, encoding="utf-8")
        print(f"{subject}: {len(VECTORS[subject])}")
    print(f"total: {sum(len(v) for v in VECTORS.values())}")


if __name__ == "__main__":
    main()
