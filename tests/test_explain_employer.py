"""The employer's decision aid (``fasttrack employer`` and :func:`employer_aid`): the
boundaries of the time limit to ask, a time limit that ends on a holiday, the 8-week
condition at exactly 8 weeks and one day more, the texts in both languages, the JSON
object, and bad days as typed errors and usage errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasttrack_rules import exits
from fasttrack_rules.calendars import municipal_working_days
from fasttrack_rules.cli import main
from fasttrack_rules.engine import assess
from fasttrack_rules.errors import FutureEventError, InvalidTypeError, InvalidValueError
from fasttrack_rules.explain import employer_aid, employer_json, employer_text
from fasttrack_rules.facts import Case, Request

FIRST = dt.date(2025, 3, 3)  # a Monday; the time limit to ask ends on Sunday 6 April 2025
LAST_TO_ASK = dt.date(2025, 4, 6)


def test_on_the_last_day_to_ask_the_employer_still_may() -> None:
    aid = employer_aid(FIRST, LAST_TO_ASK)
    assert aid.may_ask
    assert aid.situation == "open"
    assert aid.window.due == LAST_TO_ASK
    assert aid.working_days_left == 0  # a Sunday: no working day of the municipality is left
    assert aid.first_meeting is not None
    assert aid.first_meeting.due == dt.date(2025, 4, 20)  # 2 weeks after the request
    assert "until Sunday 6 April 2025 inclusive: 0 of the municipality's" in employer_text(aid)


def test_on_the_first_day_after_it_the_employer_may_not() -> None:
    aid = employer_aid(FIRST, LAST_TO_ASK + dt.timedelta(days=1))
    assert not aid.may_ask
    assert aid.situation == "closed"
    assert aid.window.due == LAST_TO_ASK
    assert (aid.working_days_left, aid.consent_form, aid.doctor, aid.first_meeting) == (0, None, None, None)
    text = employer_text(aid, "da")
    assert "Nej. Fristen for at anmode om tidlig opfølgning udløb søndag den 6. april 2025." in text
    assert "Hvis du anmoder i dag" not in text
    assert employer_json(aid)["if_asked"] is None


def test_a_time_limit_that_ends_on_a_holiday_counts_only_working_days() -> None:
    # First day 21 November 2025: the time limit ends on Christmas Day.
    aid = employer_aid(dt.date(2025, 11, 21), dt.date(2025, 12, 22))
    assert aid.window.due == dt.date(2025, 12, 25)
    assert aid.may_ask
    assert aid.working_days_left == 2  # 22 and 23 December; 24 and 25 December are closed
    assert "torsdag den 25. december 2025" in employer_text(aid, "da")
    assert employer_aid(dt.date(2025, 11, 21), dt.date(2025, 12, 25)).may_ask
    assert not employer_aid(dt.date(2025, 11, 21), dt.date(2025, 12, 26)).may_ask


def test_an_expected_recovery_at_exactly_8_weeks_is_not_over_8_weeks() -> None:
    at_8_weeks = FIRST + dt.timedelta(weeks=8)
    aid = employer_aid(FIRST, dt.date(2025, 3, 20), expected_recovery=at_8_weeks)
    assert aid.situation == "not_over_8_weeks"
    assert not aid.may_ask
    assert aid.first_meeting is None
    assert "condition for early follow-up is not met" in employer_text(aid)
    one_day_more = employer_aid(
        FIRST, dt.date(2025, 3, 20), expected_recovery=at_8_weeks + dt.timedelta(days=1)
    )
    assert one_day_more.may_ask
    assert one_day_more.first_meeting is not None


def test_asking_today_gives_the_form_the_doctor_and_the_meeting_from_the_rules() -> None:
    aid = employer_aid(FIRST, dt.date(2025, 3, 20))
    assert aid.consent_form is not None
    assert aid.doctor is not None
    assert aid.first_meeting is not None
    assert aid.consent_form.due == dt.date(2025, 3, 24)  # 2 bank days after Thursday's letter
    assert aid.first_meeting.due == dt.date(2025, 4, 3)
    assert aid.ordinary_meeting.due == dt.date(2025, 4, 27)  # the end of week 8
    assert aid.working_days_left == 12
    text = employer_text(aid, "en")
    assert "(2 bank days after the letter)" in text
    assert "Thursday 3 April 2025. (section 13 b(2) of the Sickness Benefit Act)" in text
    assert "“Which work functions are affected by the illness?”" in text
    assert "by the end of week 8: Sunday 27 April 2025 (the municipality's last working day" in text
    da = employer_text(aid, "da")
    assert "senest mandag den 24. marts 2025 (2 bankdage efter brevet)" in da
    assert "sygedagpengelovens § 13 b, stk. 2" in da


def test_under_the_rules_of_2015_to_2024_the_doctor_has_an_earliest_day() -> None:
    aid = employer_aid(dt.date(2024, 3, 4), dt.date(2024, 3, 11))
    assert aid.doctor is not None
    assert aid.doctor.earliest is not None
    assert (
        "they see their own doctor at the earliest Tuesday 19 March 2024 and at the latest Thursday"
        in employer_text(aid)
    )


def test_before_fast_track_applied_the_employer_may_not_ask() -> None:
    aid = employer_aid(dt.date(2014, 12, 1), dt.date(2014, 12, 10))
    assert aid.situation == "not_in_force"
    assert aid.window.due is None
    assert "gælder først fra mandag den 5. januar 2015" in employer_text(aid, "da")
    assert employer_json(aid)["last_day_to_ask"] is None


def test_the_json_object() -> None:
    made = employer_json(employer_aid(FIRST, dt.date(2025, 3, 20), expected_recovery=dt.date(2025, 6, 1)))
    assert made["situation"] == "open"
    assert made["may_ask"] is True
    assert made["last_day_to_ask"] == "2025-04-06"
    assert made["expected_recovery"] == "2025-06-01"
    assert made["working_days_left"] == 12
    asked = made["if_asked"]
    assert isinstance(asked, dict)
    assert asked["first_meeting"]["due"] == "2025-04-03"
    assert asked["questions"] == ["affected_functions", "affected_duration", "adaptation_tried"]
    assert made["if_not_asked"] == {"first_meeting": made["if_not_asked"]["first_meeting"]}  # type: ignore[index]


def test_bad_days_are_typed_errors() -> None:
    with pytest.raises(FutureEventError) as future:
        employer_aid(FIRST, FIRST - dt.timedelta(days=1))
    assert future.value.field == "first_day_of_absence"
    with pytest.raises(InvalidValueError) as early:
        employer_aid(FIRST, dt.date(2025, 3, 20), expected_recovery=dt.date(2025, 3, 1))
    assert early.value.field == "expected_recovery"
    with pytest.raises(InvalidTypeError) as typed:
        employer_aid(FIRST, dt.datetime(2025, 3, 20, 12, 0))
    assert typed.value.field == "as_of"
    with pytest.raises(InvalidTypeError):
        employer_aid(FIRST, dt.date(2025, 3, 20), expected_recovery="2025-06-01")  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(dt.date(2016, 1, 1), dt.date(2099, 6, 30)),
    days=st.integers(0, 60),
)
def test_the_employer_may_ask_exactly_while_a_request_would_be_in_time(first: dt.date, days: int) -> None:
    as_of = first + dt.timedelta(days=days)
    aid = employer_aid(first, as_of)
    asked = assess(
        Case(first_day_of_absence=first, sick_person="employee", request=Request(by="employer", date=as_of)),
        as_of=as_of,
    )
    assert aid.window == asked.deadlines["request_window"]
    assert aid.may_ask == (asked.deadlines["request_window"].status == "met")
    assert aid.window.due is not None
    if aid.may_ask:
        end = aid.window.due + dt.timedelta(days=1)
        assert aid.working_days_left == municipal_working_days().count(as_of, end)
    else:
        assert as_of > aid.window.due


def test_the_command_in_both_languages_and_as_json(capsys: Any) -> None:
    common = ["employer", "--first-day", "2025-03-03", "--as-of", "2025-03-20"]
    assert main(common) == 0
    assert capsys.readouterr().out.startswith("Fast track: may I still ask?\n")
    assert main([*common, "--lang", "da"]) == 0
    assert capsys.readouterr().out.startswith("Fast track: Kan jeg stadig anmode?\n")
    assert main([*common, "--expected-recovery", "2025-04-28", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["situation"] == "not_over_8_weeks"


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--first-day", "2025-03-03", "--as-of", "2025-03-01"], "--first-day: is after as_of"),
        (["--first-day", "2025-03-03", "--as-of", "2025-02-30"], "--as-of: not a date"),
        (
            ["--first-day", "2025-03-03", "--as-of", "2025-03-20", "--expected-recovery", "2025-03-01"],
            "--expected-recovery:",
        ),
        (["--first-day", "2100-12-20", "--as-of", "2100-12-21"], "--first-day:"),
    ],
)
def test_bad_days_on_the_command_line_are_usage_errors(options: list[str], said: str, capsys: Any) -> None:
    try:
        code = main(["employer", *options])
    except SystemExit as e:
        code = int(str(e.code))
    assert code == exits.USAGE
    assert said in capsys.readouterr().err
