"""JSON out, part one: an assessment and the values it holds, built here by hand, written
as the expected JSON typed by hand, each checked against the shipped output schema
(``schemas/output.schema.json``); and every call gives fresh dicts a caller may change."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fasttrack_rules.errors import InvalidValueError
from fasttrack_rules.facts import Interpretation
from fasttrack_rules.law import INSTRUMENTS, Citation, Instrument, provision
from fasttrack_rules.protocol import results
from fasttrack_rules.protocol.results import (
    assessment_json,
    citation_json,
    deadline_json,
    instrument_json,
    interpretation_json,
    versions_json,
)
from fasttrack_rules.reasons import CitedReason, Reason
from fasttrack_rules.results import (
    NOT_APPLICABLE,
    UNDETERMINED,
    Assessment,
    Deadline,
    QuestionState,
    Versions,
)

D = dt.date
OUTPUT: dict[str, Any] = json.loads(
    (pathlib.Path(results.__file__).parent.parent / "schemas" / "output.schema.json").read_text(
        encoding="utf-8"
    )
)


def validator(part: dict[str, Any]) -> Draft202012Validator:
    """A validator of one part of the output schema (its ``$ref``s resolve in the whole)."""
    return Draft202012Validator({**part, "$defs": OUTPUT["$defs"]})


ASSESSMENT = Draft202012Validator(OUTPUT)
DEADLINE = validator(OUTPUT["$defs"]["deadline"])
CITATION = validator(OUTPUT["$defs"]["citation"])
VERSIONS = validator(OUTPUT["properties"]["versions"])
INTERPRETATION = validator(OUTPUT["properties"]["interpretation"])

ORDER = Instrument(
    key="BEK-7-2020",
    kind="order",
    title="Bekendtgørelse nr. 7 af 1. februar 2020 om prøver",
    short="bekendtgørelse nr. 7 af 1. februar 2020",
    number=7,
    date=D(2020, 2, 1),
    url="https://example.invalid/bek/7",
    in_force_from=D(2020, 2, 3),
    in_force_to=D(2020, 12, 31),
    family="BEK",
)
GUIDE = Instrument(
    key="GUIDE-X",
    kind="guidance",
    title="En vejledning",
    short="Vejledningen",
    number=None,
    date=None,
    url="https://example.invalid/guide",
)
PINPOINT = Citation(ORDER, "13 b", 1, 2, 3)
PINPOINT_JSON = {
    "instrument": "BEK-7-2020",
    "kind": "order",
    "number": 7,
    "date": "2020-02-01",
    "section": "13 b",
    "stk": 1,
    "nr": 2,
    "pkt": 3,
    "name": None,
    "url": "https://example.invalid/bek/7",
    "in_force_from": "2020-02-03",
    "in_force_to": "2020-12-31",
    "text": "§ 13 b, stk. 1, nr. 2, 3. pkt., i bekendtgørelse nr. 7 af 1. februar 2020",
}
NAMED = Citation(GUIDE, name="trin 4")
NAMED_JSON = {
    "instrument": "GUIDE-X",
    "kind": "guidance",
    "number": None,
    "date": None,
    "section": None,
    "stk": None,
    "nr": None,
    "pkt": None,
    "name": "trin 4",
    "url": "https://example.invalid/guide",
    "in_force_from": None,
    "in_force_to": None,
    "text": "Vejledningen: trin 4",
}


@pytest.mark.parametrize(("citation", "expected"), [(PINPOINT, PINPOINT_JSON), (NAMED, NAMED_JSON)])
def test_citation_json(citation: Citation, expected: dict[str, object]) -> None:
    assert citation_json(citation) == expected
    assert list(citation_json(citation)) == list(expected)
    CITATION.validate(citation_json(citation))


def test_citation_json_is_structured() -> None:
    c = provision("consent_form_deadline", D(2016, 3, 1))
    as_json = citation_json(c)
    assert as_json["instrument"] == "BEK-1421-2014"
    assert (as_json["section"], as_json["stk"], as_json["nr"], as_json["pkt"]) == ("4", 1, 1, None)
    assert (as_json["number"], as_json["date"]) == (1421, "2014-12-16")
    assert (as_json["in_force_from"], as_json["in_force_to"]) == ("2015-01-05", "2017-06-30")
    assert as_json["url"] == "https://www.retsinformation.dk/eli/lta/2014/1421"
    assert as_json["kind"] == "order"
    assert c.is_law


@pytest.mark.parametrize(
    ("instrument", "expected"),
    [
        (
            ORDER,
            {
                "key": "BEK-7-2020",
                "kind": "order",
                "title": "Bekendtgørelse nr. 7 af 1. februar 2020 om prøver",
                "number": 7,
                "date": "2020-02-01",
                "url": "https://example.invalid/bek/7",
                "in_force_from": "2020-02-03",
                "in_force_to": "2020-12-31",
            },
        ),
        (
            GUIDE,
            {
                "key": "GUIDE-X",
                "kind": "guidance",
                "title": "En vejledning",
                "number": None,
                "date": None,
                "url": "https://example.invalid/guide",
                "in_force_from": None,
                "in_force_to": None,
            },
        ),
        (  # the specification's instruments table: the Act in force from 9 October 2025
            INSTRUMENTS["LBK-1221-2025"],
            {
                "key": "LBK-1221-2025",
                "kind": "law",
                "title": "Lov om sygedagpenge, jf. lovbekendtgørelse nr. 1221 af 9. oktober 2025",
                "number": 1221,
                "date": "2025-10-09",
                "url": "https://www.retsinformation.dk/eli/lta/2025/1221",
                "in_force_from": "2025-10-09",
                "in_force_to": None,
            },
        ),
    ],
)
def test_instrument_json(instrument: Instrument, expected: dict[str, object]) -> None:
    assert instrument_json(instrument) == expected


MEETING = Deadline(
    due=D(2025, 4, 1),
    status="met",
    citation=PINPOINT,
    duty_of="municipality",
    latest_working_day=D(2025, 3, 31),
)
DOCTOR = Deadline(
    due=D(2024, 3, 14),
    status="missed",
    citation=NAMED,
    duty_of="sick_person",
    is_law=False,
    earliest=D(2024, 3, 12),
)


MEETING_JSON = {
    "due": "2025-04-01",
    "status": "met",
    "citation": PINPOINT_JSON,
    "duty_of": "municipality",
    "is_law": True,
    "latest_working_day": "2025-03-31",
}
DOCTOR_JSON = {
    "due": "2024-03-14",
    "status": "missed",
    "citation": NAMED_JSON,
    "duty_of": "sick_person",
    "is_law": False,
    "earliest": "2024-03-12",
}


def test_deadline_json_writes_earliest_and_latest_working_day_only_where_set() -> None:
    assert deadline_json(MEETING) == MEETING_JSON
    assert deadline_json(DOCTOR) == DOCTOR_JSON
    assert deadline_json(NOT_APPLICABLE["employer"]) == {
        "due": None,
        "status": "not_applicable",
        "citation": None,
        "duty_of": "employer",
        "is_law": True,
    }
    for deadline in (MEETING, DOCTOR, NOT_APPLICABLE["employer"]):
        DEADLINE.validate(deadline_json(deadline))


STAMP = Versions(
    library="9.8.7",
    ruleset="2099.1",
    bank_calendar="dk-bank",
    bank_calendar_hash="0123456789abcdef",
    municipal_calendar="dk-municipal+closed:2025-05-30",
    municipal_calendar_hash="fedcba9876543210",
)
STAMP_JSON = {
    "library": "9.8.7",
    "ruleset": "2099.1",
    "calendars": {
        "bank": {"id": "dk-bank", "content_hash": "0123456789abcdef"},
        "municipal": {"id": "dk-municipal+closed:2025-05-30", "content_hash": "fedcba9876543210"},
    },
}


def test_versions_json() -> None:
    assert versions_json(STAMP) == STAMP_JSON
    VERSIONS.validate(versions_json(STAMP))


def test_interpretation_json_names_each_value() -> None:
    chosen = Interpretation(
        roll="forward", sick_person_window="none", employer_window="five_weeks_after", late_request="request"
    )
    assert interpretation_json(chosen) == {
        "roll": "forward",
        "sick_person_window": "none",
        "employer_window": "five_weeks_after",
        "late_request": "request",
    }
    INTERPRETATION.validate(interpretation_json(chosen))


def test_default_interpretation_is_documented_default() -> None:
    assert interpretation_json(Interpretation()) == {
        "roll": "none",
        "sick_person_window": "five_weeks",
        "employer_window": "first_five_weeks",
        "late_request": "earliest",
    }


REASON = CitedReason(
    reason=Reason(
        code="FT-TEST-1", provisions=(), event="none", da="En dansk grund.", en="An English reason."
    ),
    citations=(PINPOINT, NAMED),
)


def assessment(**changes: Any) -> Assessment:
    values: dict[str, Any] = {
        "id": "K-1",
        "as_of": D(2025, 4, 2),
        "track": "fast_track",
        "route": "employer",
        "deadlines": {
            "request_window": NOT_APPLICABLE["employer"],
            "consent_form": UNDETERMINED["sick_person"],
            "doctor_consultation": DOCTOR,
            "first_meeting": MEETING,
            "ordinary_first_meeting": NOT_APPLICABLE["municipality"],
            "policy_first_meeting": NOT_APPLICABLE["municipality"],
        },
        "days_earlier": 26,
        "questions": {
            "affected_functions": QuestionState(answered_by="both", outstanding=False),
            "affected_duration": QuestionState(answered_by="nobody", outstanding=True),
            "adaptation_tried": QuestionState(answered_by="employer", outstanding=False),
        },
        "questions_required_from": "employer_or_sick_person",
        "to_obtain": ("affected_duration",),
        "plan": "agreed",
        "missing_facts": ("letter_sent", "plan_agreed"),
        "breaches": ("first_meeting",),
        "reasons": (REASON,),
        "interpretation": Interpretation(roll="forward"),
        "versions": STAMP,
    }
    return Assessment(**{**values, **changes})


NOT_APPLICABLE_JSON = {"due": None, "status": "not_applicable", "citation": None, "is_law": True}
EXPECTED: dict[str, Any] = {
    "id": "K-1",
    "as_of": "2025-04-02",
    "track": "fast_track",
    "route": "employer",
    "deadlines": {
        "request_window": {**NOT_APPLICABLE_JSON, "duty_of": "employer"},
        "consent_form": {
            "due": None,
            "status": "undetermined",
            "citation": None,
            "duty_of": "sick_person",
            "is_law": True,
        },
        "doctor_consultation": DOCTOR_JSON,
        "first_meeting": MEETING_JSON,
        "ordinary_first_meeting": {**NOT_APPLICABLE_JSON, "duty_of": "municipality"},
        "policy_first_meeting": {**NOT_APPLICABLE_JSON, "duty_of": "municipality"},
    },
    "days_earlier": 26,
    "questions": {
        "required_from": "employer_or_sick_person",
        "affected_functions": {"answered_by": "both", "outstanding": False},
        "affected_duration": {"answered_by": "nobody", "outstanding": True},
        "adaptation_tried": {"answered_by": "employer", "outstanding": False},
    },
    "to_obtain": ["affected_duration"],
    "plan": "agreed",
    "missing_facts": ["letter_sent", "plan_agreed"],
    "breaches": ["first_meeting"],
    "reasons": [
        {"code": "FT-TEST-1", "citations": [PINPOINT_JSON, NAMED_JSON], "text": "An English reason."}
    ],
    "interpretation": {
        "roll": "forward",
        "sick_person_window": "five_weeks",
        "employer_window": "first_five_weeks",
        "late_request": "earliest",
    },
    "versions": STAMP_JSON,
}


def test_assessment_json_writes_every_field_in_order() -> None:
    written = assessment_json(assessment())
    assert written == EXPECTED
    assert list(written) == list(EXPECTED)
    assert list(written["deadlines"]) == list(EXPECTED["deadlines"])  # type: ignore[call-overload]
    ASSESSMENT.validate(written)


def test_assessment_json_writes_the_reasons_in_the_language_asked() -> None:
    assert assessment_json(assessment(), lang="da")["reasons"] == [
        {"code": "FT-TEST-1", "citations": [PINPOINT_JSON, NAMED_JSON], "text": "En dansk grund."}
    ]
    with pytest.raises(InvalidValueError) as raised:
        assessment_json(assessment(), lang="de")  # type: ignore[arg-type]
    assert (raised.value.field, raised.value.value) == ("lang", "de")


def test_no_questions_is_null_and_nothing_earlier_is_null() -> None:
    written = assessment_json(
        assessment(
            questions=None, questions_required_from=None, to_obtain=(), days_earlier=None, id=None, route=None
        )
    )
    assert (written["questions"], written["to_obtain"], written["days_earlier"]) == (None, [], None)
    assert (written["id"], written["route"]) == (None, None)
    ASSESSMENT.validate(written)


def test_every_call_gives_fresh_values() -> None:
    first = assessment_json(assessment())
    first["deadlines"]["first_meeting"]["citation"]["text"] = "changed"  # type: ignore[index]
    first["reasons"][0]["citations"][1]["name"] = "changed"  # type: ignore[index]
    first["to_obtain"].append("adaptation_tried")  # type: ignore[attr-defined]
    first["versions"]["calendars"]["bank"]["id"] = "changed"  # type: ignore[index]
    first["interpretation"]["roll"] = "none"  # type: ignore[index]
    assert assessment_json(assessment()) == EXPECTED
    cited = citation_json(PINPOINT)
    cited["section"] = "99"
    assert citation_json(PINPOINT) == PINPOINT_JSON
    assert citation_json(PINPOINT) is not citation_json(PINPOINT)
    assert deadline_json(MEETING) is not deadline_json(MEETING)
    assert instrument_json(ORDER) is not instrument_json(ORDER)
    assert versions_json(STAMP) is not versions_json(STAMP)
    assert interpretation_json(Interpretation()) is not interpretation_json(Interpretation())
