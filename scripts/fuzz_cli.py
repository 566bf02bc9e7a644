"""Fuzz `fasttrack assess` with generated input lines and check its promises.

    python -m scripts.fuzz_cli 100000 [SEED]

Generates random JSON, valid cases, cases with fields dropped, retyped, renamed or
given huge or impossible dates, non-UTF-8 bytes, byte-level mutations of valid lines,
lone and paired surrogate escapes, repeated keys, odd numbers, empty and blank lines,
lines over the 1 MiB limit and deeply nested JSON; streams them through one
`python -m fasttrack_rules assess` process (written by one thread, read line by line
by another, so neither side holds the whole input); and checks that there is no
traceback (nothing on stderr), exactly one output line per input line, each valid
UTF-8 and JSON, a result or an error object naming its line, a known code and a field
(or null), and never INTERNAL_ERROR. It reports the process's peak resident memory.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import IO, Any

from fasttrack_rules.protocol import CASE_FIELDS, MAX_LINE_BYTES

CODES = {
    "UNKNOWN_FIELD",
    "MISSING_FIELD",
    "INVALID_TYPE",
    "INVALID_DATE",
    "INVALID_VALUE",
    "EVENT_AFTER_AS_OF",
    "OUT_OF_RANGE",
    "INVALID_JSON",
    "INVALID_ENCODING",
    "EMPTY_LINE",
    "DUPLICATE_KEY",
    "LINE_TOO_LONG",
}
FIELDS = [*CASE_FIELDS]
ODD_DATES = [
    "2025-02-29",
    "2024-02-29",
    "2025-13-01",
    "0000-01-01",
    "9999-12-31",
    "10000-01-01",
    "2101-01-01",
    "1999-12-31",
    "2025-1-1",
    "20250101",
    "2025-01-01T00:00",
    "",
    " 2025-01-01",
    "2025-W01-1",
]


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, -1, 1, 2**63, -(2**70), rng.randrange(-1000, 1000)])
    if kind == 3:
        return rng.choice([0.5, -1e308, 1e-300, float(rng.randrange(100))])
    if kind in (4, 5):
        return rng.choice(["", "x", "2025-03-03", "employer", "ø" * rng.randrange(5), "\u0000", "\ud7ff"])
    if kind in (6, 7):
        return {rng.choice([*FIELDS, "x", ""]): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}
    return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]


def day(rng: random.Random, base: int, spread: int) -> str:
    import datetime as dt

    return (dt.date(2025, 1, 1) + dt.timedelta(days=base + rng.randrange(spread))).isoformat()


def valid_case(rng: random.Random) -> dict[str, Any]:
    case: dict[str, Any] = {"first_day_of_absence": day(rng, -400, 800)}
    first = case["first_day_of_absence"]
    import datetime as dt

    f = dt.date.fromisoformat(first)
    offset = rng.randrange(-3, 50)
    request = f + dt.timedelta(days=offset)
    by = rng.choice(["employer", "sick_person", "jobcenter", None])
    if by:
        case["request"] = {"by": by, "date": request.isoformat()}
    if by == "employer" and rng.random() < 0.8:
        case["letter_sent"] = request.isoformat()
        if rng.random() < 0.7:
            case["consent"] = {
                "answer": rng.choice(["agrees", "refuses"]),
                "date": (request + dt.timedelta(days=rng.randrange(6))).isoformat(),
            }
    case["sick_person"] = rng.choice(["employee", "unemployed", "self_employed", None])
    case["over_8_weeks"] = rng.choice([True, False, None])
    if rng.random() < 0.3:
        case["first_meeting"] = (f + dt.timedelta(days=rng.randrange(60))).isoformat()
    case["as_of"] = (f + dt.timedelta(days=70)).isoformat()
    return case


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few byte-level edits of a line: replace, insert or delete bytes (never \\n)."""
    out = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(len(out) + 1)
        edit = rng.randrange(4)
        if edit == 0 and at < len(out):
            out[at] = rng.choice([b for b in range(256) if b != 10])
        elif edit == 1:
            out[at:at] = rng.choice(
                [b"\\ud800", b"\\udfff", b"\\u0000", b"\xc3", b"\xed\xa0\x80", b'"', b",", b"}"]
            )
        elif edit == 2:
            del out[at : at + rng.randrange(1, 4)]
        else:
            out[at:at] = bytes([rng.choice([0, 9, 13, 0x1B, 0x7F, 0xC2, 0xFF])])
    return bytes(out)


def surrogates(rng: random.Random) -> bytes:
    """A valid case whose id holds \\u escapes: lone high or low surrogates, pairs, both."""
    case = valid_case(rng)
    escapes = [b"\\ud800", b"\\udbff", b"\\udc00", b"\\udfff", b"\\ud83d\\ude00", b"\\u00f8"]
    text = b"".join(rng.choice(escapes) for _ in range(rng.randrange(1, 4)))
    return json.dumps(case).encode()[:-1] + b', "id": "' + text + b'"}'


def repeated(rng: random.Random) -> bytes:
    """A valid case with a key repeated at the top or inside an object."""
    case = valid_case(rng)
    body = json.dumps(case).encode()[:-1]
    if rng.random() < 0.5:
        key = rng.choice(list(case))
        return body + b", " + json.dumps(key).encode() + b": " + json.dumps(case[key]).encode() + b"}"
    return body + b', "answers": {"employer": {"affected_functions": "a", "affected_functions": "b"}}}'


def line(rng: random.Random) -> bytes:
    kind = rng.randrange(18)
    if kind == 12:
        return mutate(rng, json.dumps(valid_case(rng)).encode())
    if kind == 13:
        return surrogates(rng)
    if kind == 14:
        return repeated(rng)
    if kind == 15:
        if rng.random() < 0.01:  # over the limit, rarely: each is a megabyte of input
            return b'{"id": "' + b"x" * (MAX_LINE_BYTES + rng.randrange(10)) + b'"}'
        return b'{"a": ' * rng.choice([10, 1_000, 100_000]) + b"1" + b"}" * rng.randrange(3)
    if kind == 16:
        case = valid_case(rng)
        case["request"] = {"by": "jobcenter", "date": case["first_day_of_absence"]}
        case.pop("letter_sent", None)
        case.pop("consent", None)
        number = rng.choice(
            ["2", "2.0", "2e0", "1e400", "-0.0", "53", "0", "1" + "0" * 30, "2.5", "true", '"2"']
        )
        return json.dumps(case).encode()[:-1] + b', "municipal_target_weeks": ' + number.encode() + b"}"
    if kind == 17:
        case = valid_case(rng)
        case[rng.choice(["request", "consent", "answers", "interpretation", "calendar"])] = rng.choice(
            [False, 0, "", [], {}, None]
        )
        return json.dumps(case).encode()
    if kind == 0:
        return json.dumps(random_json(rng)).encode()
    if kind == 1:
        return bytes(rng.choice([b for b in range(256) if b != 10]) for _ in range(rng.randrange(1, 40)))
    if kind == 2:
        return rng.choice([b"", b" ", b"\t", b"\r"])
    if kind == 3:
        case = valid_case(rng)
        case["id"] = "x" * rng.choice([10_000, 200_000])
        return json.dumps(case).encode()
    if kind == 4:
        return b"[" * rng.choice([100, 5_000, 100_000]) + b"]" * rng.randrange(3)
    if kind == 5:
        return json.dumps(valid_case(rng)).encode()[: rng.randrange(1, 60)]
    case = valid_case(rng)
    if kind == 6:
        case.pop(rng.choice(list(case)), None)
    elif kind == 7:
        case[rng.choice(FIELDS)] = random_json(rng)
    elif kind == 8:
        case[rng.choice(["colour", "As_of", "first_day", ""])] = random_json(rng)
    elif kind == 9:
        case[rng.choice(["as_of", "first_day_of_absence", "letter_sent", "first_meeting", "recovered"])] = (
            rng.choice(ODD_DATES)
        )
    elif kind == 11 and rng.random() < 0.5:  # a municipality's own calendar, valid or not
        case["calendar"] = {
            "extra_closed": [day(rng, -400, 800) for _ in range(rng.randrange(3))],
            "open_on": rng.choice([[], ["2025-12-24"], ["2025-12-31"], [day(rng, -400, 800)]]),
        }
    elif kind == 10:
        case["request"] = rng.choice(
            [
                {"by": "employer"},
                {"date": "2025-01-01"},
                [],
                "employer",
                {"by": "employer", "date": rng.choice(ODD_DATES)},
            ]
        )
    return json.dumps(case, ensure_ascii=rng.random() < 0.5).encode()


def _high_water_kib(pid: int) -> int:
    """The peak resident memory of a running process since its exec (Linux: ``VmHWM``;
    the rusage of a child would also count the pages it shared with its parent before
    exec). 0 where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def fuzz(n: int, seed: int = 0) -> dict[str, Any]:
    rng = random.Random(seed)
    proc = subprocess.Popen(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # The process as users run it: not traced by a coverage run around this one.
        env={k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"},
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    assert proc.stderr is not None
    sent = [0]
    stderr: list[bytes] = []

    def write(stdin: IO[bytes]) -> None:
        with stdin:
            for _ in range(n):
                data = line(rng) + b"\n"
                sent[0] += len(data)
                stdin.write(data)

    writer = threading.Thread(target=write, args=(proc.stdin,))
    reader = threading.Thread(target=lambda: stderr.append(proc.stderr.read(1 << 16)))  # type: ignore[union-attr]
    start = time.perf_counter()
    writer.start()
    reader.start()
    codes: Counter[str] = Counter()
    k = peak = 0
    for k, raw in enumerate(proc.stdout, 1):
        assert raw.endswith(b"\n"), k
        obj = json.loads(raw.decode("utf-8"))  # strict UTF-8, then JSON
        if "error" in obj:
            assert obj["line"] == k, (k, obj)
            assert obj["error"]["code"] in CODES, obj
            assert obj["error"]["field"] is None or isinstance(obj["error"]["field"], str), obj
            codes[obj["error"]["code"]] += 1
        else:
            assert obj["track"] in ("fast_track", "ordinary", "undetermined"), obj
            codes["(result)"] += 1
        if k % 1000 == 0:
            peak = max(peak, _high_water_kib(proc.pid))
    writer.join()
    reader.join()
    peak = max(peak, _high_water_kib(proc.pid))  # if it has not exited yet
    proc.wait()
    elapsed = time.perf_counter() - start
    assert stderr == [b""], stderr[0][-2000:].decode(errors="replace")
    assert proc.returncode in (0, 1), proc.returncode
    assert k == n, (k, n)
    return {
        "lines": n,
        "seconds": elapsed,
        "bytes": sent[0],
        "peak_rss_mib": round(peak / 1024, 1),
        "outcomes": dict(codes.most_common()),
    }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    report = fuzz(n, seed)
    print(json.dumps(report, indent=1))
