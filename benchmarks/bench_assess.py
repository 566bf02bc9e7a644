"""assess benchmark: median microseconds per assess and per assess_json on typical
cases, and cases per second for a batch of 100,000, beside json.loads + json.dumps of
the same records in the same run.

    python -m pip install -e . && python benchmarks/bench_assess.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from typing import Any

from fasttrack_rules import assess, assess_json, case_from_json

REPEATS = 7
TYPICAL: dict[str, dict[str, Any]] = {
    "employer, consent in time": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": "2025-03-18"},
        "letter_sent": "2025-03-18",
        "consent": {"answer": "agrees", "date": "2025-03-19"},
        "answers": {"employer": {"affected_functions": "lifting", "affected_duration": "3 weeks"}},
        "as_of": "2025-03-20",
    },
    "sick person, meeting held": {
        "first_day_of_absence": "2025-03-03",
        "sick_person": "unemployed",
        "over_8_weeks": True,
        "request": {"by": "sick_person", "date": "2025-03-18"},
        "first_meeting": "2025-03-28",
        "plan_agreed": True,
        "as_of": "2025-04-02",
    },
    "no request (ordinary)": {"first_day_of_absence": "2025-03-03", "as_of": "2025-05-02"},
}


def us_per_call(fn: Callable[[], object], number: int) -> float:
    return statistics.median(timeit.repeat(fn, number=number, repeat=REPEATS)) / number * 1e6


def main() -> None:
    print(f"Python {sys.version.split()[0]}; median of {REPEATS} repeats\n")
    print("| case | assess (µs) | assess_json (µs) | json.loads + json.dumps (µs) | assess_json / JSON |")
    print("|---|---:|---:|---:|---:|")
    for name, obj in TYPICAL.items():
        case, as_of = case_from_json(obj)
        line = json.dumps(obj)
        out = json.dumps(assess_json(obj))
        t_assess = us_per_call(lambda: assess(case, as_of=as_of), 5_000)  # noqa: B023
        t_json = us_per_call(lambda: assess_json(obj), 5_000)  # noqa: B023
        t_rt = us_per_call(lambda: (json.loads(line), json.dumps(json.loads(out))), 5_000)  # noqa: B023
        print(f"| {name} | {t_assess:.1f} | {t_json:.1f} | {t_rt:.1f} | {t_json / t_rt:.1f}x |")

    lines = [json.dumps(obj) for obj in TYPICAL.values()]
    batch = [lines[i % len(lines)] for i in range(100_000)]
    start = time.perf_counter()
    for line in batch:
        json.dumps(assess_json(json.loads(line)))
    full = time.perf_counter() - start
    outputs = {line: assess_json(json.loads(line)) for line in lines}
    start = time.perf_counter()
    for line in batch:  # the bare I/O of the same records: load the case, dump its result
        json.loads(line)
        json.dumps(outputs[line])
    bare = time.perf_counter() - start
    print(f"\nbatch of 100,000 (loads + assess_json + dumps): {len(batch) / full:,.0f} cases/s")
    print(f"same records, json.loads(case) + json.dumps(result) only: {len(batch) / bare:,.0f} records/s")


if __name__ == "__main__":
    main()
