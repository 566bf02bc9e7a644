"""assess: the specification's worked examples, the corrections of rule set 2026.1, and
one named case per reason code. Expected values are worked by hand from the law."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fasttrack_rules import CATALOGUE, Case, Consent, Request, assess
from fasttrack_rules.protocol import assessment_json
from tests.cases import BASE, BY_REASON, OLD, SICK, case, run

D = dt.date


def due(result: Any, name: str) -> Any:
    return result["deadlines"][name]["due"]


def status(result: Any, name: str) -> Any:
    return result["deadlines"][name]["status"]


def codes(result: dict[str, Any]) -> list[str]:
    return [r["code"] for r in result["reasons"]]


def test_first_worked_example() -> None:
    r = run(case(BASE))
    assert r["track"] == "fast_track"
    assert due(r, "request_window") == "2025-04-06"  # Sun: last day of the first 5 weeks
    assert due(r, "consent_form") == "2025-03-20"  # 2 bank days after Tue 18 March
    assert due(r, "doctor_consultation") == "2025-03-27"  # form returned Wed 19 March + 8 days
    assert due(r, "first_meeting") == "2025-04-01"  # request + 2 weeks
    assert due(r, "ordinary_first_meeting") == "2025-04-27"  # first day + 55
    assert r["deadlines"]["ordinary_first_meeting"]["latest_working_day"] == "2025-04-25"
    assert r["days_earlier"] == 26
    citation = r["deadlines"]["first_meeting"]["citation"]
    assert (citation["section"], citation["stk"], citation["instrument"]) == ("13 b", 2, "LBK-97-2025")


def letter_day_case(letter: str) -> dict[str, Any]:
    """An employer's request, and its letter, on the first day of absence; no form yet."""
    return case(
        first_day_of_absence=letter,
        request={"by": "employer", "date": letter},
        letter_sent=letter,
        consent=None,
        as_of=letter,
    )


@pytest.mark.parametrize(
    ("letter", "form_due"),
    [
        ("2025-05-28", "2025-06-03"),  # 29 May Ascension, 30 May bank closing day
        ("2025-06-04", "2025-06-10"),  # 5 June, 9 June 2. pinsedag
        ("2025-12-22", "2025-12-29"),
        ("2023-05-03", "2023-05-08"),  # Store bededag 5 May 2023
        ("2024-04-24", "2024-04-26"),  # no Store bededag any more
    ],
)
def test_consent_form_examples(letter: str, form_due: str) -> None:
    r = run(letter_day_case(letter))
    assert due(r, "consent_form") == form_due
    assert status(r, "consent_form") == "pending"


def test_christmas_meeting_example() -> None:
    kw: dict[str, Any] = {
        "first_day_of_absence": "2025-11-28",
        "request": {"by": "sick_person", "date": "2025-12-11"},
    }
    r = run(case(SICK, as_of="2025-12-11", **kw))
    assert due(r, "first_meeting") == "2025-12-25"
    assert r["deadlines"]["first_meeting"]["latest_working_day"] == "2025-12-23"
    forward = run(case(SICK, as_of="2025-12-11", interpretation={"roll": "forward"}, **kw))
    assert due(forward, "first_meeting") == "2025-12-29"
    assert "FT-DEADLINE-ROLLED-FORWARD" in codes(forward)
    assert forward["interpretation"]["roll"] == "forward"


@pytest.mark.parametrize("code", sorted(BY_REASON))
def test_reason_code_is_produced(code: str) -> None:
    assert code in codes(run(BY_REASON[code]))


def test_every_reason_code_has_a_case() -> None:
    assert set(BY_REASON) == set(CATALOGUE)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_catalogue_entry_is_complete(code: str) -> None:
    entry = CATALOGUE[code]
    assert entry.code == code
    assert code.startswith("FT-")
    assert entry.da.strip()
    assert entry.en.strip()
    assert entry.da != entry.en
    assert entry.provisions or entry.event == "deadline"
    assert entry.text("da") == entry.da
    assert entry.text("en") == entry.en


def test_doctor_rule_2014_window() -> None:
    r = run(case(OLD))
    doctor = r["deadlines"]["doctor_consultation"]
    # Letter Mon 2024-03-04: 6th bank day Tue 12 March, 8th bank day Thu 14 March.
    assert (doctor["earliest"], doctor["due"]) == ("2024-03-12", "2024-03-14")
    # Letter of 4 March 2024: § 4, stk. 1, nr. 2 of the order then in force (nr. 473/2021).
    assert doctor["citation"]["text"] == "§ 4, stk. 1, nr. 2, i bekendtgørelse nr. 473 af 20. marts 2021"
    met = run(case(OLD, doctor_consultation="2024-03-12", as_of="2024-03-12"))
    assert status(met, "doctor_consultation") == "met"


def test_doctor_rule_transition_form_returned_2025() -> None:
    # Letter Mon 2024-12-30, form Thu 2025-01-02: the form's day decides (BEK 2024).
    r = run(
        case(
            first_day_of_absence="2024-12-16",
            request={"by": "employer", "date": "2024-12-30"},
            letter_sent="2024-12-30",
            consent={"answer": "agrees", "date": "2025-01-02"},
            municipality_continues=True,
            as_of="2025-01-02",
        )
    )
    assert due(r, "doctor_consultation") == "2025-01-10"
    assert "FT-DOCTOR-RULE-2024" in codes(r)
    (rule,) = [x for x in r["reasons"] if x["code"] == "FT-DOCTOR-RULE-2024"]
    assert [c["instrument"] for c in rule["citations"]] == ["INTERPRETATION", "BEK-1710-2024"]


def test_doctor_rule_cites_no_transition_when_none_is_involved() -> None:
    for r in (run(case(OLD)), run(BASE)):
        (rule,) = [x for x in r["reasons"] if x["code"].startswith("FT-DOCTOR-RULE")]
        assert all(c["kind"] == "order" for c in rule["citations"])


def test_refusal_gives_week_8() -> None:
    r = run(BY_REASON["FT-CONSENT-REFUSED"])
    assert r["track"] == "ordinary"
    assert due(r, "first_meeting") == due(r, "ordinary_first_meeting") == "2025-04-27"
    assert status(r, "doctor_consultation") == "not_applicable"
    assert r["questions"] is None
    # After a refusal the meeting is due under SDL § 13 b, stk. 3 (with § 7 d, stk. 2).
    meeting = r["deadlines"]["first_meeting"]["citation"]
    assert (meeting["section"], meeting["stk"]) == ("13 b", 3)
    (refused,) = [x for x in r["reasons"] if x["code"] == "FT-CONSENT-REFUSED"]
    assert [(c["section"], c["stk"]) for c in refused["citations"]] == [("7 d", 2), ("13 b", 3)]


def test_undetermined_lists_missing_facts_only() -> None:
    r = run(case(sick_person=None, over_8_weeks=None))
    assert r["track"] == "undetermined"
    assert r["missing_facts"] == ["over_8_weeks", "sick_person"]
    assert status(r, "first_meeting") == "undetermined"
    assert status(r, "ordinary_first_meeting") == "pending"  # does not depend on them
    assert due(r, "consent_form") == "2025-03-20"


def test_invalid_request_hides_irrelevant_unknowns() -> None:
    r = run(
        case(
            sick_person=None,
            request={"by": "employer", "date": "2025-04-08"},
            letter_sent="2025-04-08",
            consent=None,
            as_of="2025-04-09",
        )
    )
    assert r["track"] == "ordinary"
    assert r["missing_facts"] == []
    assert "FT-SUBJECT-UNKNOWN" not in codes(r)
    # A request after the window is no § 7 c request: there is no consent step.
    assert status(r, "consent_form") == "not_applicable"
    assert due(r, "consent_form") is None
    assert not [c for c in codes(r) if c.startswith("FT-CONSENT")]


def test_unknown_letter_with_municipality_continuing_still_decides() -> None:
    third_bank_day = {"answer": "agrees", "date": "2025-03-21"}
    r = run(case(letter_sent=None, consent=third_bank_day, municipality_continues=True, as_of="2025-03-21"))
    assert r["track"] == "fast_track"
    assert status(r, "consent_form") == "undetermined"
    assert status(r, "doctor_consultation") == "pending"  # form returned 2025: BEK 2024
    old = run(case(OLD, letter_sent=None, municipality_continues=True))
    assert status(old, "doctor_consultation") == "undetermined"
    assert old["missing_facts"] == ["letter_sent"]


def test_breaches_and_policy_deadline() -> None:
    missed = run(case(as_of="2025-04-28"))
    assert missed["breaches"] == ["first_meeting"]  # the ordinary one is for comparison only
    policy = run(case(BY_REASON["FT-POLICY-TARGET"], as_of="2025-04-28"))
    assert policy["deadlines"]["policy_first_meeting"]["status"] == "missed"
    assert policy["deadlines"]["policy_first_meeting"]["is_law"] is False
    assert policy["breaches"] == ["first_meeting"]  # the week-8 duty, not the policy target
    assert policy["track"] == "ordinary"


def test_lapsed_and_standby() -> None:
    lapsed = run(case(recovered="2025-03-20", as_of="2025-05-01"))
    assert status(lapsed, "first_meeting") == "lapsed"
    assert lapsed["plan"] == "not_applicable"
    assert lapsed["breaches"] == []
    standby = run(case(standby=True, as_of="2025-05-01"))
    assert status(standby, "first_meeting") == "not_required"


def test_meeting_before_recovery_counts() -> None:
    r = run(case(first_meeting="2025-03-20", recovered="2025-03-25", plan_agreed=True, as_of="2025-03-25"))
    assert status(r, "first_meeting") == "met"
    assert r["plan"] == "agreed"


def test_not_in_force_falls_back_on_the_ordinary_rule() -> None:
    # A request of 2 January 2015 is no Fast track request, but the first follow-up by
    # the end of week 8 existed before Fast track: first day Mon 29 December 2014 + 55.
    r = run(BY_REASON["FT-NOT-IN-FORCE"])
    assert r["track"] == "ordinary"
    assert status(r, "request_window") == "not_applicable"
    assert due(r, "first_meeting") == due(r, "ordinary_first_meeting") == "2015-02-22"
    assert "FT-MEETING-DUE-ORDINARY" in codes(r)


def test_fast_track_for_absence_begun_before_2015() -> None:
    r = run(
        case(
            SICK,
            first_day_of_absence="2014-12-29",
            request={"by": "sick_person", "date": "2015-01-05"},
            as_of="2015-01-05",
        )
    )
    assert r["track"] == "fast_track"
    assert due(r, "first_meeting") == "2015-01-19"
    assert due(r, "ordinary_first_meeting") == "2015-02-22"  # 29 December 2014 + 55
    assert r["days_earlier"] == 34


def test_typed_api_and_json_agree() -> None:
    typed = Case(
        first_day_of_absence=D(2025, 3, 3),
        sick_person="employee",
        over_8_weeks=True,
        request=Request(by="employer", date=D(2025, 3, 18)),
        letter_sent=D(2025, 3, 18),
        consent=Consent(answer="agrees", date=D(2025, 3, 19)),
    )
    result = assess(typed, as_of=D(2025, 3, 20))
    assert assessment_json(result) == run(BASE)
    assert result.reason_codes[0] == "FT-REQUEST-IN-TIME"
    assert result.versions.bank_calendar == "dk-bank"
    danish = run(BASE, lang="da")
    assert danish["reasons"][0]["text"].startswith("Arbejdsgiveren har anmodet")


def test_result_is_stamped() -> None:
    r = run(BASE)
    versions = r["versions"]
    assert versions["library"] == "0.1.0"
    assert versions["ruleset"]
    assert versions["calendars"]["bank"]["id"] == "dk-bank"
    assert len(versions["calendars"]["municipal"]["content_hash"]) == 16
    assert r["interpretation"] == {
        "roll": "none",
        "sick_person_window": "five_weeks",
        "employer_window": "first_five_weeks",
        "late_request": "earliest",
    }


def test_employer_window_alternative() -> None:
    day36: dict[str, Any] = {
        "request": {"by": "employer", "date": "2025-04-07"},
        "letter_sent": "2025-04-07",
        "consent": None,
        "as_of": "2025-04-07",
    }
    assert status(run(case(**day36)), "request_window") == "missed"
    r = run(case(interpretation={"employer_window": "five_weeks_after"}, **day36))
    assert status(r, "request_window") == "met"
    assert due(r, "request_window") == "2025-04-07"


def test_late_request_alternative() -> None:
    late = BY_REASON["FT-MEETING-CAPPED-AT-WEEK-8"]
    assert due(run(late), "first_meeting") == "2025-04-27"
    r = run(case(late, interpretation={"sick_person_window": "none", "late_request": "request"}))
    assert due(r, "first_meeting") == "2025-05-04"
    assert r["days_earlier"] == -7


def test_consistent_forecasts_are_accepted() -> None:
    r = run(case(expected_recovery="2025-05-01"))  # over_8_weeks true and a date after day 56
    assert r["track"] == "fast_track"


def test_reasons_doc_is_current() -> None:
    import pathlib

    from scripts.make_reasons_doc import render

    doc = pathlib.Path(__file__).resolve().parent.parent / "docs" / "reasons.md"
    assert doc.read_text(encoding="utf-8") == render(), "run scripts/make_reasons_doc.py"


def test_form_certainly_in_time_without_the_letter_date() -> None:
    # Request Tue 18 March 2025; the letter cannot precede it, so its 2nd bank day after
    # (Thu 20 March) is the earliest possible deadline: a form of Wed 19 March is in time.
    r = run(case(letter_sent=None))
    assert status(r, "consent_form") == "met"
    assert r["track"] == "fast_track"
    assert "letter_sent" not in r["missing_facts"]
    assert "FT-CONSENT-IN-TIME-ANY-LETTER" in codes(r)
    # A form of Fri 21 March may be late (a letter of 18 March) or not (a later letter).
    later = run(
        case(letter_sent=None, consent={"answer": "agrees", "date": "2025-03-21"}, as_of="2025-03-21")
    )
    assert status(later, "consent_form") == "undetermined"
    assert "letter_sent" in later["missing_facts"]


def test_no_form_yet_is_pending_whatever_the_letter_date() -> None:
    r = run(case(letter_sent=None, consent=None, as_of="2025-03-20"))
    assert status(r, "consent_form") == "pending"
    assert r["missing_facts"] == ["consent"]


def test_doctor_deadline_binds_only_after_the_municipality_asked() -> None:
    # Form returned Wed 19 March 2025: consultation by Thu 27 March (BEK nr. 1710/2024
    # § 5, stk. 2), but only once the sick person has received the municipality's request.
    late = run(case(as_of="2025-03-28"))
    assert status(late, "doctor_consultation") == "undetermined"
    assert "doctor_requested" in late["missing_facts"]
    assert "FT-DOCTOR-REQUEST-UNKNOWN" in codes(late)
    asked = run(case(doctor_requested="2025-03-19", as_of="2025-03-28"))
    assert status(asked, "doctor_consultation") == "missed"
    assert "doctor_requested" not in asked["missing_facts"]
    held = run(case(doctor_consultation="2025-03-27", as_of="2025-03-28"))
    assert status(held, "doctor_consultation") == "met"  # met whether or not it was asked for
    assert "doctor_requested" not in held["missing_facts"]


def test_standby_lists_no_questions_to_obtain() -> None:
    r = run(case(standby=True, as_of="2025-03-20"))
    assert r["to_obtain"] == []
    assert "FT-QUESTIONS-NOT-REQUIRED" in codes(r)
    assert "FT-QUESTIONS-TO-OBTAIN" not in codes(r)
    assert status(r, "doctor_consultation") == "not_required"


def test_sick_person_window_is_an_interpretation_not_law() -> None:
    r = run(case(SICK, request={"by": "sick_person", "date": "2025-04-07"}, as_of="2025-04-30"))
    window = r["deadlines"]["request_window"]
    assert window["status"] == "missed"
    assert window["is_law"] is False
    assert window["citation"]["kind"] == "interpretation"
    assert "request_window" not in r["breaches"]


@pytest.mark.parametrize(
    ("letter", "number"),
    [
        ("2016-03-01", 1421),
        ("2017-07-03", 880),
        ("2019-03-01", 790),
        ("2020-06-02", 1175),
        ("2023-03-01", 473),
        ("2025-03-04", 1710),
    ],
)
def test_consent_and_questions_cite_the_order_in_force_on_the_event(letter: str, number: int) -> None:
    r = run(letter_day_case(letter))
    assert r["deadlines"]["consent_form"]["citation"]["number"] == number
    nr = 1 if number != 1710 else None  # § 4, stk. 1, nr. 1 before 2025; § 4, stk. 1 after
    assert r["deadlines"]["consent_form"]["citation"]["nr"] == nr
    (questions,) = [x for x in r["reasons"] if x["code"] == "FT-QUESTIONS-TO-OBTAIN"]
    assert {c["number"] for c in questions["citations"] if c["kind"] == "order"} == {number}


def test_refusal_decides_whatever_the_unknown_subject_and_forecast() -> None:
    r = run(case(sick_person=None, over_8_weeks=None, consent={"answer": "refuses", "date": "2025-03-19"}))
    assert r["track"] == "ordinary"
    assert r["missing_facts"] == []
    assert not {"FT-SUBJECT-UNKNOWN", "FT-CONDITION-UNKNOWN"} & set(codes(r))
    undecided = run(case(sick_person=None, over_8_weeks=None))
    assert undecided["missing_facts"] == ["over_8_weeks", "sick_person"]
