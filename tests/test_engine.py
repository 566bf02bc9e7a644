"""The engine against the step-by-step rules: the one pass must give exactly the results
(or the errors) of :func:`fasttrack_rules.rules.assess`, on every vector and on
generated cases; and the cases it leaves to the rules are the ones it says it leaves."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasttrack_rules import engine
from fasttrack_rules.calendars import danish_bank_days, municipal_working_days
from fasttrack_rules.conformance import load_vectors
from fasttrack_rules.engine import edge, tables
from fasttrack_rules.errors import FasttrackError, InvalidTypeError
from fasttrack_rules.facts import CalendarSpec, Case, Request
from fasttrack_rules.law import provision
from fasttrack_rules.protocol import case_from_json
from fasttrack_rules.rules import assess as assess_by_steps
from fasttrack_rules.testing import cases, interpretations

D = dt.date
VECTOR_CASES = [v["input"] for v in load_vectors() if isinstance(v.get("input"), dict)]


def _either(fn: Any, *args: Any, **kwargs: Any) -> object:
    """The result of ``fn``, or its typed error as (type, field, value, message)."""
    try:
        return fn(*args, **kwargs)
    except FasttrackError as e:
        return type(e), e.field, repr(e.value), e.message


def _same(case: Case, as_of: D) -> None:
    assert _either(engine.assess, case, as_of=as_of) == _either(assess_by_steps, case, as_of=as_of)


@pytest.mark.parametrize("obj", VECTOR_CASES, ids=lambda obj: str(obj.get("id")))
def test_every_vector_case_gives_the_result_of_the_rules(obj: dict[str, Any]) -> None:
    try:
        case, as_of = case_from_json(obj)
    except FasttrackError:
        return  # a reading error never reaches either
    _same(case, as_of)


def test_the_engine_takes_almost_every_vector_case() -> None:
    taken = 0
    for obj in VECTOR_CASES:
        try:
            case, as_of = case_from_json(obj)
        except FasttrackError:
            continue
        taken += engine.run(engine.facts_of(case, as_of)) is not None
    assert taken >= 500  # the rest: errors, adjusted calendars, the end of the coverage


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(interpretation=interpretations()))
def test_generated_cases_give_the_results_of_the_rules(pair: tuple[Case, D]) -> None:
    case, as_of = pair
    outcome = engine.run(engine.facts_of(case, as_of))
    assert outcome is not None  # generated cases are plain: the engine takes them all
    assert engine.assessment(outcome, case, as_of) == assess_by_steps(case, as_of=as_of)


@pytest.mark.slow
@settings(max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(cases(interpretation=interpretations()))
def test_many_generated_cases_give_the_results_of_the_rules(pair: tuple[Case, D]) -> None:
    _same(*pair)


@settings(max_examples=200, deadline=None)
@given(
    cases(interpretation=interpretations()),
    st.sampled_from(["first_meeting", "recovered", "doctor_requested", "letter_sent"]),
    st.integers(-400, 400),
)
def test_cases_that_break_a_check_give_the_error_of_the_rules(
    pair: tuple[Case, D], name: str, shift: int
) -> None:
    """Moving one fact anywhere: the same result, or the same error."""
    case, as_of = pair
    moved = case.first_day_of_absence + dt.timedelta(days=shift)
    changes: dict[str, Any] = {name: moved}
    _same(attrs.evolve(case, **changes), as_of)


def test_cases_the_engine_leaves_to_the_rules() -> None:
    plain = Case(first_day_of_absence=D(2025, 3, 3), request=Request(by="sick_person", date=D(2025, 3, 18)))
    assert engine.run(engine.facts_of(plain, D(2025, 3, 20))) is not None
    adjusted = attrs.evolve(plain, calendar=CalendarSpec(extra_closed=(D(2025, 3, 31),)))
    late = Case(first_day_of_absence=D(2099, 12, 1))
    future = attrs.evolve(plain, first_meeting=D(2025, 3, 21))
    for case, as_of in ((adjusted, D(2025, 3, 20)), (late, D(2099, 12, 2)), (future, D(2025, 3, 20))):
        assert engine.run(engine.facts_of(case, as_of)) is None
        _same(case, as_of)


def test_a_subclass_of_case_goes_by_the_rules() -> None:
    @attrs.frozen(kw_only=True)
    class Mine(Case):
        pass

    case = Mine(first_day_of_absence=D(2025, 3, 3))
    assert engine.assess(case, as_of=D(2025, 5, 2)) == assess_by_steps(case, as_of=D(2025, 5, 2))


@pytest.mark.parametrize(
    ("case", "as_of"), [("a case", D(2025, 1, 1)), (Case(first_day_of_absence=D(2025, 1, 1)), "2025-01-02")]
)
def test_bad_arguments_are_typed_errors(case: object, as_of: object) -> None:
    with pytest.raises(InvalidTypeError):
        engine.assess(case, as_of=as_of)  # type: ignore[arg-type]


@settings(max_examples=500)
@given(
    st.sampled_from(sorted(tables._PROVISIONS)),
    st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
)
def test_a_provision_is_cited_as_the_law_tables_cite_it(name: str, day: D) -> None:
    number = tables.cite(name, day.toordinal())
    try:
        expected = provision(name, day)
    except FasttrackError:
        assert number == tables.NOT_IN_FORCE
    else:
        assert edge.CITATIONS[number] == expected
        assert tables.CITATION_LAW[number] == expected.is_law


@settings(max_examples=300)
@given(st.dates(min_value=D(2000, 1, 10), max_value=D(2100, 12, 1)), st.integers(1, 10))
def test_the_day_tables_answer_as_the_calendars(day: D, n: int) -> None:
    bank, municipal = tables.BANK, tables.MUNICIPAL
    bank_days, working_days = danish_bank_days(), municipal_working_days()
    i = day.toordinal()
    assert bank.open_days[bank.prefix[i - bank.base + 1] + n - 1] == bank_days.add(day, n).toordinal()
    following = working_days.next_open(day).toordinal()
    assert municipal.open_days[municipal.prefix[i - municipal.base]] == following
    previous = working_days.previous_open(day).toordinal()
    assert municipal.open_days[municipal.prefix[i - municipal.base + 1] - 1] == previous


def test_the_result_is_filled_in_the_order_of_its_fields() -> None:
    from fasttrack_rules.results import Assessment

    assert [a.name for a in attrs.fields(Assessment)] == [
        "id", "as_of", "track", "route", "deadlines", "days_earlier", "questions", "questions_required_from",
        "to_obtain", "plan", "missing_facts", "breaches", "reasons", "interpretation", "versions",
    ]  # fmt: skip


def test_a_provision_or_parameter_not_in_force_leaves_the_case_to_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fasttrack_rules.engine import core

    case = Case(first_day_of_absence=D(2025, 3, 3), request=Request(by="sick_person", date=D(2025, 3, 18)))
    facts = engine.facts_of(case, D(2025, 3, 20))
    assert engine.run(facts) is not None
    with monkeypatch.context() as m:
        m.setattr(core, "cite", lambda name, day: tables.NOT_IN_FORCE)
        assert engine.run(facts) is None
    with monkeypatch.context() as m:
        m.setattr(core, "parameter", lambda name, day: None)
        assert engine.run(facts) is None


def test_a_parameter_has_no_value_outside_its_versions() -> None:
    letter_2014_rule = "doctor_earliest_bank_day_after_letter"
    assert tables.parameter(letter_2014_rule, D(2020, 6, 1).toordinal()) == (6, "doctor_employer_route")
    assert tables.parameter(letter_2014_rule, D(2026, 6, 1).toordinal()) is None


@settings(max_examples=300)
@given(st.sampled_from(sorted(tables.REASONS)), st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)))
def test_a_reason_cites_on_the_first_day_of_its_stretch_what_it_cites_on_the_day(code: str, day: D) -> None:
    from fasttrack_rules.reasons import cite_reason

    segment, own = tables.reason_segment(code, day.toordinal())
    start = D.fromordinal(segment)
    assert start <= day
    assert _either(cite_reason, code, start) == _either(cite_reason, code, day)
    try:
        expected = cite_reason(code, day).citations
    except FasttrackError:
        assert own is None
    else:
        assert own is not None
        assert tuple(edge.CITATIONS[n] for n in own) == expected


def test_a_reason_not_in_force_leaves_the_case_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from fasttrack_rules.engine import core

    case = Case(first_day_of_absence=D(2025, 3, 3), request=Request(by="sick_person", date=D(2025, 3, 18)))
    facts = engine.facts_of(case, D(2025, 3, 20))
    monkeypatch.setattr(core, "reason_segment", lambda code, day: (day, None))
    assert engine.run(facts) is None


def test_a_full_cache_of_cited_reasons_is_emptied_and_the_results_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(edge, "_CITED_SIZE", 1)
    monkeypatch.setattr(edge, "_CITED", {})
    for obj in VECTOR_CASES[:20]:
        try:
            case, as_of = case_from_json(obj)
        except FasttrackError:
            continue
        assert _either(engine.assess, case, as_of=as_of) == _either(assess_by_steps, case, as_of=as_of)
        assert len(edge._CITED) <= 1
