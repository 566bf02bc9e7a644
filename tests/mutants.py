"""Deliberately wrong implementations, to measure whether the vectors can catch them.

    python -m tests.mutants NAME      # behaves like `fasttrack assess`, with mutation NAME
    python -m tests.mutants --table   # run every mutant through the vectors, print the kill table

Each mutation patches one rule the way a plausible implementation bug would. Every
mutant must fail at least one vector (tests/test_mutants.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import attrs

from fasttrack_rules import rules
from fasttrack_rules.calendars import defaults as calendars
from fasttrack_rules.law import citation as law

ONE = dt.timedelta(days=1)
Patch = Callable[[], None]
MUTANTS: dict[str, tuple[str, Patch]] = {}


def mutant(name: str, what: str) -> Callable[[Patch], Patch]:
    def register(patch: Patch) -> Patch:
        MUTANTS[name] = (what, patch)
        return patch

    return register


def _wrap(module: Any, name: str, around: Callable[..., Any]) -> None:
    original = getattr(module, name)
    setattr(module, name, lambda *a, **k: around(original, *a, **k))


def _replace_rule(name: str, make: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    """Replace function ``name`` by ``make(original)`` in every module of the rules
    package that reads it (each module imports the functions it uses by name)."""
    modules = [m for key, m in sys.modules.items() if key.startswith(rules.__name__)]
    (original,) = {getattr(m, name) for m in modules if hasattr(m, name)}  # exactly one function
    replacement = make(original)
    for module in modules:
        if getattr(module, name, None) is original:
            setattr(module, name, replacement)


def _wrap_rule(name: str, around: Callable[..., Any]) -> None:
    """Replace rule ``name`` by ``around(original, *args, **kwargs)``."""
    _replace_rule(name, lambda original: lambda *a, **k: around(original, *a, **k))


# -- off by one day in each deadline -------------------------------------------------------
@mutant("meeting_plus_one", "Fast track meeting due request + 15 days")
def _() -> None:
    _wrap_rule("meeting_due", lambda f, *a: (f(*a)[0] + ONE, f(*a)[1]))


@mutant("meeting_minus_one", "Fast track meeting due request + 13 days")
def _() -> None:
    _wrap_rule("meeting_due", lambda f, *a: (f(*a)[0] - ONE, f(*a)[1]))


@mutant("ordinary_day_57", "week-8 deadline = first day + 56 (end of week 8 counted exclusively)")
def _() -> None:
    _wrap_rule("ordinary_due", lambda f, *a: f(*a) + ONE)


@mutant("window_day_36", "request window = days 1-36")
def _() -> None:
    _wrap_rule("last_day_of_first_weeks", lambda f, *a: f(*a) + ONE)


@mutant("window_day_34", "request window = days 1-34")
def _() -> None:
    _wrap_rule("last_day_of_first_weeks", lambda f, *a: f(*a) - ONE)


@mutant("consent_three_bank_days", "consent form due 3 bank days after the letter")
def _() -> None:
    _wrap_rule("form_due", lambda f, letter, bank: bank.add(f(letter, bank), 1))


@mutant("doctor_nine_days", "doctor consultation due one day later")
def _() -> None:
    def around(f: Any, **k: Any) -> Any:
        rule = f(**k)
        return attrs.evolve(rule, due=None if rule.due is None else rule.due + ONE)

    _wrap_rule("doctor_deadline", around)


@mutant("doctor_2014_window_late", "BEK 2014 doctor window = 7th-9th bank day")
def _() -> None:
    def around(f: Any, **k: Any) -> Any:
        rule = f(**k)
        if rule.earliest is None:
            return rule
        bank = k["bank"]
        return attrs.evolve(rule, earliest=bank.add(rule.earliest, 1), due=bank.add(rule.due, 1))

    _wrap_rule("doctor_deadline", around)


# -- inclusive / exclusive swapped ----------------------------------------------------------------
@mutant("met_only_before_due", "a meeting held on the due day counts as missed (< instead of <=)")
def _() -> None:
    def around(f: Any, due: Any, held: Any, as_of: Any, **k: Any) -> Any:
        status = f(due, held, as_of, **k)
        return "missed" if status == "met" and held == due else status

    _wrap_rule("deadline_status", around)


@mutant("missed_on_due_day", "not held as of the due day counts as missed (>= instead of >)")
def _() -> None:
    def around(f: Any, due: Any, held: Any, as_of: Any, **k: Any) -> Any:
        status = f(due, held, as_of, **k)
        return "missed" if status == "pending" and as_of == due else status

    _wrap_rule("deadline_status", around)


@mutant("consent_counts_letter_day", "the letter's own day counts as the first bank day")
def _() -> None:
    def around(f: Any, letter: Any, bank: Any) -> Any:
        return bank.add(letter, 1) if bank.is_open(letter) else f(letter, bank)

    _wrap_rule("form_due", around)


@mutant("condition_56_days", "an expected recovery on day 57 counts as over 8 weeks (>= instead of >)")
def _() -> None:
    def around(f: Any, first: Any, over: Any, expected: Any) -> Any:
        if over is None and expected is not None and expected == first + 56 * ONE:
            return True, "FT-CONDITION-MET"
        return f(first, over, expected)

    _wrap_rule("eight_week_condition", around)


# -- calendars --------------------------------------------------------------------------------------
@mutant("holidays_ignored", "no helligdage at all (weekends and the fixed closing days only)")
def _() -> None:
    calendars._helligdage_cache.update({dt.date(1900, 1, 1): "none"})


@mutant("bank_days_are_weekdays", "bank days = Monday to Friday")
def _() -> None:
    _wrap(calendars, "_closing_day_names", lambda f, kind: {} if kind == "bank" else f(kind))


@mutant("store_bededag_kept", "Store bededag still a helligdag after 2023")
def _() -> None:
    table = calendars._helligdage()
    for day, name in list(table.items()):
        if name == "Kristi himmelfartsdag" and day.year >= 2024:
            table[day - 13 * ONE] = "Store bededag"


@mutant("grundlovsdag_open", "5 June is an open day")
def _() -> None:
    def around(f: Any, kind: Any) -> Any:
        return {d: names for d, names in f(kind).items() if (d.month, d.day) != (6, 5)}

    _wrap(calendars, "_closing_day_names", around)


@mutant("friday_after_ascension_open", "the Friday after Kristi himmelfartsdag is a bank day")
def _() -> None:
    def around(f: Any, kind: Any) -> Any:
        return {d: names for d, names in f(kind).items() if "Fredag efter" not in " / ".join(names)}

    _wrap(calendars, "_closing_day_names", around)


# -- rules ignored --------------------------------------------------------------------------------
@mutant("consent_ignored", "the consent form is never checked: an employer's request always goes on")
def _() -> None:
    _wrap_rule(
        "consent_outcome", lambda f, *a: rules.ConsentOutcome(f(*a).due, "met", True, ("FT-CONSENT-IN-TIME",))
    )


@mutant("refusal_ignored", "a refusal is read as consent")
def _() -> None:
    def around(f: Any, request: Any, letter: Any, answer: Any, *a: Any) -> Any:
        if answer is not None and answer.answer == "refuses":
            answer = type(answer)(answer="agrees", date=answer.date)
        return f(request, letter, answer, *a)

    _wrap_rule("consent_outcome", around)


@mutant("roll_ignored", "roll = forward has no effect")
def _() -> None:
    _replace_rule("apply_roll", lambda _: lambda unrolled, policy, municipal: (unrolled, ()))


@mutant("late_request_uncapped", "the fast-track meeting is never capped at week 8")
def _() -> None:
    _wrap_rule("meeting_due", lambda f, day, ordinary, late: f(day, ordinary, "request"))


@mutant("recovery_ignored", "recovery never lapses a deadline")
def _() -> None:
    _wrap_rule("deadline_status", lambda f, *a, **k: f(*a, **{**k, "recovered": None}))


@mutant("standby_ignored", "standby cases still get a meeting deadline")
def _() -> None:
    _wrap_rule("deadline_status", lambda f, *a, **k: f(*a, **{**k, "standby": False}))


@mutant("employer_subject_ignored", "an employer may ask for anyone")
def _() -> None:
    _replace_rule("employer_subject", lambda _: lambda sick_person: (True, ""))


@mutant("sick_person_no_window", "the sick person's request is never late (ignores the default)")
def _() -> None:
    def around(f: Any, first: Any, day: Any, by: Any, **k: Any) -> Any:
        return f(first, day, by, **{**k, "sick_person_window": "none"} if by == "sick_person" else k)

    _wrap_rule("request_window", around)


@mutant("doctor_request_ignored", "the consultation binds without the municipality's request")
def _() -> None:
    _wrap_rule("doctor_deadline", lambda f, **k: attrs.evolve(f(**k), conditional=False))


@mutant("letter_always_needed", "an unknown letter date always leaves the form undetermined")
def _() -> None:
    def around(f: Any, request: Any, letter: Any, answer: Any, *a: Any) -> Any:
        if letter is None and answer is not None and answer.answer == "agrees":
            return rules.ConsentOutcome(None, "undetermined", None, ("FT-LETTER-UNKNOWN",), ("letter_sent",))
        return f(request, letter, answer, *a)

    _wrap_rule("consent_outcome", around)


@mutant("citations_from_latest_order", "citations name today's instruments, not the event's")
def _() -> None:
    _wrap(law, "_instrument_on", lambda f, family, day: f(family, dt.date(2100, 1, 1)))


@mutant("fast_track_before_2015", "Fast track applied to requests before 5 January 2015")
def _() -> None:
    _replace_rule("fast_track_in_force", lambda _: lambda request_day: request_day >= dt.date(2000, 1, 1))


@mutant("doctor_rule_by_letter", "the doctor rule version is chosen by the letter's day, not the form's")
def _() -> None:
    _wrap_rule(
        "doctor_deadline", lambda f, **k: f(**{**k, "form_returned": k["letter_sent"] or k["form_returned"]})
    )


@mutant("questions_any_answer", "on the sick person's route the employer's answers suffice")
def _() -> None:
    _wrap_rule("question_states", lambda f, e, s, route: f(e, s, "employer"))


def _engine_off() -> None:
    """Every case through the step-by-step rules, where the mutations are: the engine
    takes none (it would answer without them)."""
    from fasttrack_rules.engine import edge
    from fasttrack_rules.protocol import fast

    for module in (edge, fast):
        setattr(module, "run", lambda facts: None)  # noqa: B010 - a name the module imported


def kill_table() -> list[tuple[str, str, int, int]]:
    """(name, what, vectors failed, vectors run) for every mutant."""
    from fasttrack_rules.conformance import run_command

    rows = []
    for name, (what, _) in MUTANTS.items():
        report = run_command(f"{sys.executable} -m tests.mutants {name}")
        rows.append((name, what, report.failed, len(report.rows)))
    return rows


def render(rows: list[tuple[str, str, int, int]]) -> str:
    lines = [
        "# Mutant-kill table",
        "",
        "Each row is a deliberately wrong implementation (`tests/mutants.py`) run through",
        "`fasttrack vectors run`. A mutant is killed when at least one vector fails. The",
        "mutations change the step-by-step rules (`fasttrack_rules.rules`), so each runs with",
        "the engine off; the engine is held to those rules by `tests/test_engine.py`.",
        "Regenerate with `python -m tests.mutants --table > docs/mutants.md`.",
        "",
        "| mutant | what is wrong | vectors failed | killed |",
        "|---|---|---:|---|",
    ]
    lines += [f"| `{n}` | {w} | {k} of {total} | {'yes' if k else '**no**'} |" for n, w, k, total in rows]
    killed = sum(1 for *_, k, _ in rows if k)
    lines += ["", f"{killed} of {len(rows)} mutants killed."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] == ["--table"]:
        sys.stdout.write(render(kill_table()))
    else:
        from fasttrack_rules.cli import main

        MUTANTS[sys.argv[1]][1]()
        _engine_off()
        raise SystemExit(main(["assess", *sys.argv[2:]]))
