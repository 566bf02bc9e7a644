"""The input lines of the fuzzer (scripts/fuzz_cli.py), drawn from a seeded random
generator: random JSON, valid cases, cases with fields dropped, retyped, renamed or given
huge or impossible dates, non-UTF-8 bytes, byte-level mutations of valid lines, lone and
paired surrogate escapes, repeated keys, odd numbers, empty and blank lines, lines over the
1 MiB limit and deeply nested JSON. The same seed gives the same lines.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from typing import Any

from fasttrack_rules.protocol import CASE_FIELDS, MAX_LINE_BYTES

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
    """A random JSON value: scalars, odd numbers and strings, objects keyed by case fields,
    arrays; nested at most four deep."""
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
    """A random day from 2025-01-01 + ``base`` days, within ``spread`` days, as YYYY-MM-DD."""
    return (dt.date(2025, 1, 1) + dt.timedelta(days=base + rng.randrange(spread))).isoformat()


def valid_case(rng: random.Random) -> dict[str, Any]:
    """A random case that the protocol reads (its rules may still refuse it)."""
    case: dict[str, Any] = {"first_day_of_absence": day(rng, -400, 800)}
    first = case["first_day_of_absence"]
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


def _random_json_line(rng: random.Random) -> bytes:
    return json.dumps(random_json(rng)).encode()


def _random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.choice([b for b in range(256) if b != 10]) for _ in range(rng.randrange(1, 40)))


def _blank(rng: random.Random) -> bytes:
    return rng.choice([b"", b" ", b"\t", b"\r"])


def _long_id(rng: random.Random) -> bytes:
    case = valid_case(rng)
    case["id"] = "x" * rng.choice([10_000, 200_000])
    return json.dumps(case).encode()


def _deep_array(rng: random.Random) -> bytes:
    return b"[" * rng.choice([100, 5_000, 100_000]) + b"]" * rng.randrange(3)


def _cut_case(rng: random.Random) -> bytes:
    return json.dumps(valid_case(rng)).encode()[: rng.randrange(1, 60)]


def _mutated_case(rng: random.Random) -> bytes:
    return mutate(rng, json.dumps(valid_case(rng)).encode())


def _oversize_or_nested(rng: random.Random) -> bytes:
    if rng.random() < 0.01:  # over the limit, rarely: each is a megabyte of input
        return b'{"id": "' + b"x" * (MAX_LINE_BYTES + rng.randrange(10)) + b'"}'
    return b'{"a": ' * rng.choice([10, 1_000, 100_000]) + b"1" + b"}" * rng.randrange(3)


def _target_weeks_number(rng: random.Random) -> bytes:
    case = valid_case(rng)
    case["request"] = {"by": "jobcenter", "date": case["first_day_of_absence"]}
    case.pop("letter_sent", None)
    case.pop("consent", None)
    number = rng.choice(["2", "2.0", "2e0", "1e400", "-0.0", "53", "0", "1" + "0" * 30, "2.5", "true", '"2"'])
    return json.dumps(case).encode()[:-1] + b', "municipal_target_weeks": ' + number.encode() + b"}"


def _falsy_object(rng: random.Random) -> bytes:
    case = valid_case(rng)
    case[rng.choice(["request", "consent", "answers", "interpretation", "calendar"])] = rng.choice(
        [False, 0, "", [], {}, None]
    )
    return json.dumps(case).encode()


#: The kinds of line (of 18) made by one function each; kinds 6 to 11 are edited cases.
LINE_KINDS: dict[int, Callable[[random.Random], bytes]] = {
    0: _random_json_line,
    1: _random_bytes,
    2: _blank,
    3: _long_id,
    4: _deep_array,
    5: _cut_case,
    12: _mutated_case,
    13: surrogates,
    14: repeated,
    15: _oversize_or_nested,
    16: _target_weeks_number,
    17: _falsy_object,
}


def _edited_case(rng: random.Random, kind: int) -> bytes:
    """A valid case with one field dropped (6), retyped (7), misnamed (8), given an odd date
    (9), a malformed request (10) or a municipal calendar (11, half the time)."""
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


def line(rng: random.Random) -> bytes:
    """One input line (without its newline), of one of 18 kinds drawn at random."""
    kind = rng.randrange(18)
    make = LINE_KINDS.get(kind)
    return make(rng) if make is not None else _edited_case(rng, kind)
