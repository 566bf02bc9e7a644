"""One vector per reason code, each with a partner without the code: the deciding fact
flipped, or one date moved until the code disappears (the last day with it and the first
day without it, as a pair)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fasttrack_rules import CATALOGUE
from scripts.make_vectors.common import iso, run
from scripts.make_vectors.data.cases import BY_REASON
from scripts.make_vectors.data.partners import FLIPS, MAX_DAYS_MOVED, MOVABLE_FIELDS, SUBJECT_OF
from scripts.make_vectors.vector import Filed, vector


def moved(obj: dict[str, Any], field: str, days: int) -> dict[str, Any]:
    """A copy of ``obj`` with the date of ``field`` (or of ``request``/``consent``) moved."""
    out: dict[str, Any] = json.loads(json.dumps(obj))
    if field in ("request", "consent"):
        out[field]["date"] = iso(dt.date.fromisoformat(out[field]["date"]) + dt.timedelta(days))
    else:
        out[field] = iso(dt.date.fromisoformat(out[field]) + dt.timedelta(days))
    return out


def codes_of(obj: dict[str, Any]) -> set[str] | None:
    """The reason codes of the result for ``obj``; None for an error."""
    out = run(obj)
    return None if "error" in out else {r["code"] for r in out["reasons"]}


def find_partner(code: str, base: dict[str, Any]) -> tuple[str, int, dict[str, Any]]:
    """The nearest move of one date (fewest days, later before earlier, fields in order) that
    takes ``code`` away: (field, days moved, the moved case).

    Raises:
        AssertionError: no move of up to ``MAX_DAYS_MOVED`` days does.
    """
    for days in range(1, MAX_DAYS_MOVED + 1):
        for signed in (days, -days):
            for field in MOVABLE_FIELDS:
                if base.get(field) is None:
                    continue
                shifted = moved(base, field, signed)
                codes = codes_of(shifted)
                if codes is not None and code not in codes:
                    return field, signed, shifted
    raise AssertionError(f"no partner for {code}")


def _flipped_partner(code: str, subject: str, base: dict[str, Any]) -> Filed:
    flipped = {**base, **FLIPS[code]}
    codes = codes_of(flipped)
    assert codes is not None, code
    assert code not in codes, code
    description = f"Same case with the deciding fact changed: no {code}."
    return vector(subject, f"RC-{code[3:]}-WITHOUT", description, flipped, "REASON_CODE")


def _moved_partners(code: str, subject: str, base: dict[str, Any]) -> list[Filed]:
    field, days, shifted = find_partner(code, base)
    last_with = moved(base, field, days - (1 if days > 0 else -1))
    assert code in (codes_of(last_with) or set()), code
    step, slug = ("later" if days > 0 else "earlier"), code[3:]
    filed = []
    if last_with != base:
        description = f"{field} moved {abs(days) - 1} day(s) {step}: still {code} (last day)."
        filed.append(vector(subject, f"RC-{slug}-LAST", description, last_with, "REASON_CODE", "BOUNDARY"))
    description = f"{field} moved {abs(days)} day(s) {step}: {code} no longer applies (first day)."
    filed.append(vector(subject, f"RC-{slug}-FIRST", description, shifted, "REASON_CODE", "BOUNDARY"))
    return filed


def reason_code_vectors() -> list[Filed]:
    """Every reason code's case (``BY_REASON``) and its partner(s)."""
    filed: list[Filed] = []
    for code, entry in CATALOGUE.items():
        base = BY_REASON[code]
        subject = SUBJECT_OF[code.split("-")[1]]
        filed.append(vector(subject, f"RC-{code[3:]}", f"Produces {code}: {entry.en}", base, "REASON_CODE"))
        if code in FLIPS:
            filed.append(_flipped_partner(code, subject, base))
        else:
            filed += _moved_partners(code, subject, base)
    return filed
