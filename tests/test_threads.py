"""Every lazily built table and cache is safe on concurrent first use.

A fresh interpreter starts many threads at once, each computing calendar answers and
full assessments while the interpreter switches threads as often as it can; every thread
must get exactly what one thread alone gets, and what this process gets. Only a fresh
interpreter has cold caches, so each run is a new subprocess; within it the cold start
is repeated on a new copy of the library (its dependencies, already imported, make each
repeat short, so that the threads arriving one by one fall inside the first builds).
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest

THREADS = 40
#: Cold starts per fresh interpreter: the first with the interpreter, the others each
#: with a new copy of the library.
ROUNDS = 10
#: Per fresh interpreter: how many threads start together, and the seconds between
#: the arrivals of the others.
RUNS = ((4, 0.0005), (4, 0.001), (2, 0.0005), (4, 0.0002))


def answers() -> list[Any]:
    """Calendar answers and assessments, as JSON-compatible values. Imports inside, so
    that in the worker the package is first imported by the threads themselves."""
    import datetime as dt

    from fasttrack_rules import (
        Answers,
        CalendarSpec,
        Case,
        Consent,
        Interpretation,
        Request,
        assess,
        danish_bank_days,
        municipal_working_days,
    )
    from fasttrack_rules.protocol import assessment_json

    d = dt.date
    out: list[Any] = []
    calendars = [
        danish_bank_days(),
        municipal_working_days(),
        municipal_working_days(extra_closed=[d(2025, 5, 30), d(2031, 1, 2)], open_on=[d(2025, 12, 24)]),
        municipal_working_days(open_on=[d(2012, 12, 31), d(2100, 12, 31)]),
    ]
    for cal in calendars:
        out.append(
            [
                cal.id,
                cal.content_hash,
                [cal.is_open(day) for day in (d(2025, 5, 30), d(2025, 12, 24), d(2023, 5, 5), d(2008, 5, 2))],
                [cal.add(d(2025, 4, 16), n).isoformat() for n in (-260, -2, 0, 1, 2, 250)],
                cal.count(d(2000, 1, 1), d(2101, 1, 1)),
                cal.count(d(2025, 1, 1), d(2026, 1, 1)),
                cal.next_open(d(2025, 12, 24)).isoformat(),
                cal.previous_open(d(2025, 12, 28)).isoformat(),
                [[c.date.isoformat(), c.name, str(c.citations[0])] for c in cal.closed_days(2025)],
            ]
        )
    spec = CalendarSpec(extra_closed=(d(2025, 5, 30), d(2025, 4, 1)), open_on=(d(2025, 12, 24),))
    cases = [
        (
            Case(
                first_day_of_absence=d(2025, 3, 3),
                sick_person="employee",
                over_8_weeks=True,
                request=Request(by="employer", date=d(2025, 3, 18)),
                letter_sent=d(2025, 3, 18),
                consent=Consent(answer="agrees", date=d(2025, 3, 19)),
                answers_employer=Answers(affected_functions="lifting"),
                calendar=spec,
            ),
            d(2025, 3, 20),
        ),
        (
            Case(
                first_day_of_absence=d(2025, 4, 30),
                sick_person="unemployed",
                over_8_weeks=True,
                request=Request(by="sick_person", date=d(2025, 5, 16)),
                interpretation=Interpretation(roll="forward"),
                calendar=spec,
            ),
            d(2025, 7, 1),
        ),
        (
            Case(
                first_day_of_absence=d(2018, 5, 2),
                sick_person="employee",
                over_8_weeks=True,
                request=Request(by="employer", date=d(2018, 5, 4)),
                letter_sent=d(2018, 5, 7),
                consent=Consent(answer="agrees", date=d(2018, 5, 8)),
                doctor_consultation=d(2018, 5, 17),
            ),
            d(2018, 6, 1),
        ),
        (
            Case(
                first_day_of_absence=d(2012, 12, 3),
                interpretation=Interpretation(roll="forward"),
                calendar=CalendarSpec(open_on=(d(2012, 12, 31),)),
            ),
            d(2013, 3, 1),
        ),
        (Case(first_day_of_absence=d(2025, 3, 3)), d(2025, 5, 2)),
    ]
    for case, as_of in cases:
        out.append(assessment_json(assess(case, as_of=as_of)))
    return out


DRIVER = """
import json, sys, threading, time

sys.setswitchinterval(1e-6)
count, crowd, STAGGER, rounds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])


def cold_start():
    # Threads at once on cold caches: `crowd` of them start together and build; the
    # others arrive one by one while they do, so that some arrive in the middle of the
    # first build of each table.
    start = threading.Barrier(count)
    results = [None] * count
    errors = []

    def run(k):
        start.wait()
        time.sleep(max(0, k - crowd + 1) * STAGGER)
        try:
            results[k] = answers()
        except BaseException as e:  # reported, not raised: a thread's error must fail the test
            errors.append(f"thread {k}: {e!r}")

    threads = [threading.Thread(target=run, args=(k,)) for k in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


report = {"differ": [], "errors": []}
for r in range(rounds):
    if r:  # again on cold caches: a new copy of the library (its dependencies stay imported)
        for name in [m for m in sys.modules if m == "fasttrack_rules" or m.startswith("fasttrack_rules.")]:
            del sys.modules[name]
    results, errors = cold_start()
    single = answers()
    report["differ"] += [(r, k) for k, result in enumerate(results) if result != single]
    report["errors"] += [f"round {r}: {e}" for e in errors]
    if r == 0:
        report["single"] = single  # the first round runs in a fresh interpreter
    elif single != report["single"]:
        report["errors"].append(f"round {r}: one thread alone differs from round 0")
print(json.dumps(report))
"""


def worker_script() -> str:
    """The script each fresh interpreter runs: ``answers`` and the thread driver."""
    return "from __future__ import annotations\n" + textwrap.dedent(inspect.getsource(answers)) + DRIVER


@pytest.mark.slow
def test_concurrent_first_use_gives_single_threaded_answers() -> None:
    expected = json.loads(json.dumps(answers()))  # this process: built by one thread
    script = worker_script()
    for pair in zip(RUNS[::2], RUNS[1::2], strict=True):  # two fresh interpreters at a time
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(THREADS), str(crowd), str(stagger), str(ROUNDS)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for crowd, stagger in pair
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            report = json.loads(out)
            assert report["errors"] == []
            assert report["differ"] == []
            assert report["single"] == expected


def test_worker_script_compiles_and_names_its_inputs() -> None:
    # The fast suite checks at least that the worker is valid Python that uses a
    # municipal calendar with adjustments and full assessments.
    script = worker_script()
    compile(script, "<worker>", "exec")
    assert "municipal_working_days(extra_closed=" in script
    assert "assess(case, as_of=as_of)" in script
    assert len(answers()) == 4 + 5
