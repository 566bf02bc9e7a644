"""Wrong argument types give the library's typed errors, never an exception from inside.

Every public function, constructor and method of the modules below is found by
inspection and called once per parameter with each hostile value while the other
parameters keep good values. Only a normal result or a :class:`FasttrackError` may come
out. A new public function is covered as soon as it is exported; a parameter or class
the walk does not know fails the walk until a good value for it is added here.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections import abc
from collections.abc import Callable, Iterator
from types import ModuleType, UnionType
from typing import Any, Literal, Union, cast, get_args, get_origin, get_type_hints

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasttrack_rules import (
    CATALOGUE,
    INSTRUMENTS,
    PARAMETERS,
    PROVISIONS,
    Answers,
    CalendarSpec,
    Case,
    Consent,
    FasttrackError,
    Interpretation,
    Request,
    calendars,
    danish_bank_days,
    facts,
    inputs,
    law,
    municipal_working_days,
    periods,
    provision,
    reasons,
    rules,
)
from fasttrack_rules.errors import InvalidDateError
from fasttrack_rules.protocol import output as protocol_output
from fasttrack_rules.protocol import results as protocol_results
from fasttrack_rules.reasons import cite_reason
from fasttrack_rules.rules import assess

MODULES: tuple[ModuleType, ...] = (
    calendars,
    periods,
    law,
    reasons,
    facts,
    inputs,
    protocol_results,
    protocol_output,
)
D0 = dt.date(2025, 3, 3)
BANK = danish_bank_days()
ADJUSTED = municipal_working_days(extra_closed=[dt.date(2025, 5, 30)], open_on=[dt.date(2025, 12, 24)])
CASE = Case(
    first_day_of_absence=D0,
    sick_person="employee",
    over_8_weeks=True,
    request=Request(by="employer", date=dt.date(2025, 3, 18)),
)

#: Good values by parameter name; by (qualified name, parameter) where a name means two things.
GOOD: dict[str, object] = {
    "day": D0,
    "on": D0,
    "event": D0,
    "first_day": D0,
    "start": D0,
    "end": dt.date(2025, 4, 1),
    "as_of": dt.date(2025, 3, 20),
    "n": 2,
    "weeks": 2,
    "week": 8,
    "days": 8,
    "bank_days": 2,
    "year": 2025,
    "calendar": BANK,
    "policy": "forward",
    "extra_closed": (),
    "open_on": (),
    "family": "SDL",
    "code": "FT-NO-REQUEST",
    "first": (),
    "lang": "en",
    "question": "affected_functions",
    "case": CASE,
    "result": assess(CASE, as_of=dt.date(2025, 3, 20)),
    "deadline": assess(CASE, as_of=dt.date(2025, 3, 20)).deadlines["first_meeting"],
    "citation": provision("employer_request", D0),
    "instrument": INSTRUMENTS["BEK-1710-2024"],
    "interpretation": Interpretation(),
    "versions": assess(CASE, as_of=dt.date(2025, 3, 20)).versions,
    "error": InvalidDateError("as_of", "2025-02-30", "is not a real calendar date"),
    "number": 3,
    "path": "request.by",
    "obj": {"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20"},
}
GOOD_FOR: dict[tuple[str, str], object] = {
    ("provision", "name"): "employer_request",
    ("provision_changes", "name"): "employer_request",
    ("parameter", "name"): "request_window_weeks",
    ("member", "name"): "request",
    ("closed_day_json", "day"): BANK.closed_days(2025)[0],
}
#: One or more good instances of every public class (their fields are the good
#: arguments of the constructor; their methods are called).
INSTANCES: dict[type, list[object]] = {
    calendars.Calendar: [BANK, ADJUSTED],
    calendars.ClosedDay: [BANK.closed_days(2025)[0]],
    law.Instrument: [INSTRUMENTS["BEK-1710-2024"]],
    law.Citation: [provision("employer_request", D0)],
    law.Parameter: [PARAMETERS[0]],
    law.ProvisionVersion: [PROVISIONS["consent_form_deadline"][0]],
    reasons.Reason: [CATALOGUE["FT-NO-REQUEST"]],
    reasons.CitedReason: [cite_reason("FT-CONSENT-IN-TIME", D0)],
    facts.Answers: [Answers(affected_functions="lifting")],
    facts.CalendarSpec: [CalendarSpec(extra_closed=(dt.date(2025, 5, 30),))],
    facts.Case: [CASE],
    facts.Consent: [Consent(answer="agrees", date=D0)],
    facts.Interpretation: [Interpretation()],
    facts.Request: [Request(by="employer", date=D0)],
    inputs.Field: [inputs.CASE],
    inputs.Rule: [inputs.CROSS_FIELD_RULES[0]],
}


def _generator() -> Iterator[dt.date]:
    yield D0


#: Hostile values, each made fresh for every call (a generator is used up once read).
HOSTILE: dict[str, Callable[[], object]] = {
    "None": lambda: None,
    "str": lambda: "2025-03-03",
    "empty str": lambda: "",
    "bytes": lambda: b"2025-03-03",
    "float": lambda: 2.0,
    "nan": lambda: float("nan"),
    "bool": lambda: True,
    "int": lambda: 3,
    "zero": lambda: 0,
    "negative int": lambda: -1,
    "huge int": lambda: 10**30,
    "datetime": lambda: dt.datetime(2025, 3, 3, 12),
    "date": lambda: D0,
    "date 0001": lambda: dt.date(1, 1, 1),
    "date max": lambda: dt.date.max,
    "timedelta": lambda: dt.timedelta(days=1),
    "list": list,
    "tuple": lambda: (),
    "dict": dict,
    "dict of dates": lambda: {D0: "x"},
    "set of dates": lambda: {D0},
    "list of dates": lambda: [D0],
    "tuple of dates": lambda: (D0,),
    "list of None": lambda: [None],
    "tuple of None": lambda: (None,),
    "tuple of str": lambda: ("2025-03-03",),
    "generator": _generator,
    "object": object,
    "type": lambda: int,
    "calendar": lambda: ADJUSTED,
    "case": lambda: CASE,
}


def _defined_in(obj: Any, module: ModuleType) -> bool:
    """Whether ``obj`` is defined in ``module`` or, for a package, in one of its modules."""
    home: str = obj.__module__
    return home == module.__name__ or home.startswith(f"{module.__name__}.")


def _public(module: ModuleType) -> Iterator[tuple[str, object]]:
    for name in module.__all__:
        obj = getattr(module, name)
        if (inspect.isfunction(obj) or inspect.isclass(obj)) and _defined_in(obj, module):
            yield name, obj


_MISSING: Any = object()


@attrs.frozen
class Target:
    """One callable of the public API, its good arguments, the type each parameter
    declares, and whether a value of another type must be refused."""

    name: str
    fn: Callable[..., object]
    args: dict[str, object]
    hints: dict[str, object]
    strict: bool

    def __str__(self) -> str:
        return self.name


def _target(
    name: str, fn: Callable[..., object], fields: dict[str, object], hints: dict[str, object]
) -> Target:
    args: dict[str, object] = {}
    for p in inspect.signature(fn).parameters.values():
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            short = name.rsplit(".", 1)[-1].split("#")[0]
            args[p.name] = fields.get(p.name, GOOD_FOR.get((short, p.name), GOOD.get(p.name, _MISSING)))
    # Library data (instruments, provisions, reasons, closed days, the input description)
    # is built by the library and stores what it is given; everything else refuses a value
    # of another type.
    data = ("fasttrack_rules.law", "fasttrack_rules.reason", "fasttrack_rules.inputs")
    strict = not (inspect.isclass(fn) and fn.__module__.startswith(data)) and (fn is not calendars.ClosedDay)
    return Target(name, fn, args, {p: hints.get(p, object) for p in args}, strict)


def targets() -> list[Target]:
    """Every public function, constructor and method of the walked modules, and ``assess``;
    a class without a good instance or a parameter without a good value gets _MISSING,
    which test_good_arguments_give_a_result reports."""
    found: list[Target] = []
    for module in (*MODULES, rules):
        for name, obj in _public(module):
            qualified = f"{module.__name__}.{name}"
            if module is rules and name != "assess":
                continue
            if inspect.isfunction(obj):
                found.append(_target(qualified, obj, {}, get_type_hints(obj)))
                continue
            assert inspect.isclass(obj)
            if issubclass(obj, BaseException):
                continue
            if obj not in INSTANCES:
                found.append(Target(f"{qualified} (no instance)", obj, {"instance": _MISSING}, {}, False))
                continue
            for k, instance in enumerate(INSTANCES[obj]):
                fields = {a.alias: getattr(instance, a.name) for a in attrs.fields(cast(Any, obj)) if a.init}
                found.append(_target(f"{qualified}#{k}", obj, fields, get_type_hints(obj)))
                for attr in dir(obj):
                    if not attr.startswith("_") and inspect.isfunction(getattr(obj, attr)):
                        method = getattr(instance, attr)
                        found.append(_target(f"{qualified}#{k}.{attr}", method, {}, get_type_hints(method)))
    return found


def accepts(hint: object, value: object) -> bool:
    """Whether ``value`` has the declared type ``hint`` (exactly: no bool for an int, no
    datetime for a date)."""
    origin, args = get_origin(hint), get_args(hint)
    if hint is object:
        return True
    if hint is type(None):
        return value is None
    if origin is Literal:
        return type(value) is str and value in args
    if origin in (Union, UnionType):
        return any(accepts(a, value) for a in args)
    if origin is tuple:
        return type(value) is tuple and all(accepts(args[0], v) for v in value)
    if origin is abc.Iterable:
        try:
            items = list(iter(value))  # type: ignore[call-overload]
        except TypeError:
            return False
        return all(accepts(args[0], v) for v in items)
    if hint in (bool, int, str, dt.date):
        return type(value) is hint
    assert inspect.isclass(hint), f"unknown annotation {hint!r}: teach accepts() about it"
    return isinstance(value, hint)


TARGETS = targets()


def outcome(target: Target, param: str, make: Callable[[], object]) -> str | None:
    """Why calling ``target`` with a hostile value of ``param`` breaks the contract, or None."""
    try:
        target.fn(**{**target.args, param: make()})
    except FasttrackError:
        return None
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    if target.strict and not accepts(target.hints[param], make()):
        return "accepted a value of another type"
    return None


def test_the_walk_finds_the_public_api() -> None:
    names = {t.name for t in TARGETS}
    for expected in (
        "fasttrack_rules.calendars.municipal_working_days",
        "fasttrack_rules.calendars.Calendar#1.add",
        "fasttrack_rules.periods.roll",
        "fasttrack_rules.law.provision",
        "fasttrack_rules.law.Parameter#0.in_force_on",
        "fasttrack_rules.reasons.cite_reason",
        "fasttrack_rules.facts.Case#0",
        "fasttrack_rules.facts.Answers#0.answered",
        "fasttrack_rules.rules.assess",
    ):
        assert expected in names
    assert len(TARGETS) >= 50


def test_accepts_reads_the_declared_types() -> None:
    assert accepts(int, 3)
    assert not accepts(int, True)
    assert not accepts(int, 3.0)
    assert accepts(dt.date, D0)
    assert not accepts(dt.date, dt.datetime(2025, 3, 3))
    assert accepts(int | None, None)
    assert not accepts(int | None, "3")
    assert accepts(tuple[dt.date, ...], (D0,))
    assert not accepts(tuple[dt.date, ...], [D0])
    assert accepts(abc.Iterable[dt.date], {D0})
    assert not accepts(abc.Iterable[dt.date], 5)
    assert accepts(Literal["a", "b"], "a")
    assert not accepts(Literal["a", "b"], "c")
    assert accepts(Case, CASE)
    assert not accepts(Case, None)


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_good_arguments_give_a_result(target: Target) -> None:
    unknown = [p for p, v in target.args.items() if v is _MISSING]
    assert not unknown, f"{target}: add a good value for {unknown} (GOOD, GOOD_FOR or INSTANCES)"
    target.fn(**target.args)  # any error here is a mistake in the good values above


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_hostile_arguments_give_typed_errors(target: Target) -> None:
    failures = [
        f"{param}={label}: {why}"
        for param in target.args
        for label, make in HOSTILE.items()
        if (why := outcome(target, param, make)) is not None
    ]
    assert not failures, f"{target}:\n" + "\n".join(failures)


hostile_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.dates(),
    st.datetimes(),
    st.timedeltas(),
    st.lists(st.one_of(st.none(), st.dates(), st.integers(), st.text(max_size=4)), max_size=3),
    st.tuples(st.one_of(st.none(), st.dates(), st.integers())),
    st.frozensets(st.dates(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from(
        ["bank", "municipal", "none", "forward", "SDL", "BEK", "employer_request", "FT-NO-REQUEST", "da"]
    ),
)


@given(st.sampled_from(TARGETS), st.data())
def test_random_hostile_arguments_give_typed_errors(target: Target, data: st.DataObject) -> None:
    params = list(target.args)
    if not params:
        return
    param = data.draw(st.sampled_from(params))
    value = data.draw(hostile_values, label=param)
    why = outcome(target, param, lambda: value)
    assert why is None, f"{target}({param}={value!r}): {why}"


def test_named_hostile_cases() -> None:
    # The cases that gave a TypeError, an AttributeError or a silent acceptance before.
    from fasttrack_rules import (
        InvalidTypeError,
        InvalidValueError,
        at_latest_bank_days_after,
        roll,
    )
    from fasttrack_rules.law import provision_changes

    citation = provision("employer_request", D0)
    checks: list[tuple[Callable[[], object], type[FasttrackError], str]] = [
        (
            lambda: Case(first_day_of_absence=D0, municipal_target_weeks=True),
            InvalidTypeError,
            "municipal_target_weeks",
        ),
        (lambda: municipal_working_days(extra_closed=None), InvalidTypeError, "extra_closed"),  # type: ignore[arg-type]
        (lambda: municipal_working_days(open_on=5), InvalidTypeError, "open_on"),  # type: ignore[arg-type]
        (lambda: municipal_working_days(extra_closed=[None]), InvalidTypeError, "extra_closed[0]"),  # type: ignore[list-item]
        (lambda: provision(None, D0), InvalidTypeError, "name"),  # type: ignore[arg-type]
        (lambda: provision("employer_request", "2025-03-03"), InvalidTypeError, "on"),  # type: ignore[arg-type]
        (lambda: provision_changes("no such provision"), InvalidValueError, "name"),
        (lambda: cite_reason("FT-NO-SUCH-CODE", D0), InvalidValueError, "code"),
        (lambda: cite_reason("FT-NO-REQUEST", D0, [citation]), InvalidTypeError, "first"),  # type: ignore[arg-type]
        (lambda: cite_reason("FT-NO-REQUEST", D0, (None,)), InvalidTypeError, "first[0]"),  # type: ignore[arg-type]
        (lambda: roll(D0, "forward", None), InvalidTypeError, "calendar"),  # type: ignore[arg-type]
        (lambda: roll(D0, 1, BANK), InvalidValueError, "roll"),  # type: ignore[arg-type]
        (lambda: at_latest_bank_days_after(D0, 2, "bank"), InvalidTypeError, "calendar"),  # type: ignore[arg-type]
        (lambda: Answers().answered("affected"), InvalidValueError, "question"),
        (lambda: Answers().answered(0), InvalidTypeError, "question"),  # type: ignore[arg-type]
        (lambda: law.Citation(None), InvalidTypeError, "instrument"),  # type: ignore[arg-type]
    ]
    for check, error, field in checks:
        with pytest.raises(error) as info:
            check()
        assert info.value.field == field
    assert roll(D0, "none", BANK) == D0
    assert Case(first_day_of_absence=D0, municipal_target_weeks=3).municipal_target_weeks == 3
