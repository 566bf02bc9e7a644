"""The tables of a report, made from the counts, each figure with the numbers of
persons it rests on (:class:`Figure`), and the report's notes: the caveats in plain
language. :mod:`fasttrack_rules.evaluation.report` suppresses the figures and holds
the result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from fasttrack_rules.evaluation.figures import Figure, count, fixed, of_counts, share, totalled
from fasttrack_rules.evaluation.stats import bootstrap_median_difference, quantile
from fasttrack_rules.evaluation.tally import EffectTally, EmployerTally, GroupTally

if TYPE_CHECKING:
    from fasttrack_rules.evaluation.report import ReportOptions

__all__ = ["Figure", "count", "notes"]

Value = int | float | str | None
Row = tuple[str, tuple["Figure", ...]]
RawTable = tuple[str, str, tuple[str, ...], tuple[Row, ...]]
_TRACKS = (("fast_track", "Fast track"), ("ordinary", "ordinary"))
_REQUESTERS = (("employer", "employer"), ("sick_person", "sick person"), ("jobcenter", "jobcenter"))


def uptake(groups: Sequence[tuple[str, GroupTally]]) -> RawTable:
    """Cases, cases expected over 8 weeks, requests by who asked, the shares of cases
    expected over 8 weeks with a request, and requests outside the window."""
    columns = (
        "cases",
        "expected over 8 weeks",
        *(f"requests by {name}" for _, name in _REQUESTERS),
        "share of expected over 8 weeks with a request",
        *(f"share with a request by {name}" for _, name in _REQUESTERS),
        "requests outside the window",
    )
    rows = tuple(
        (
            label,
            (
                count(t.cases),
                count(t.expected_long),
                *(count(t.requests[who]) for who, _ in _REQUESTERS),
                attrs.evolve(
                    share(t.requested_long.total(), t.expected_long),
                    sums=(tuple(t.requested_long[who] for who, _ in _REQUESTERS),),
                ),
                *(share(t.requested_long[who], t.expected_long) for who, _ in _REQUESTERS),
                count(t.outside_window),
            ),
        )
        for label, t in groups
    )
    return "uptake", "Uptake", columns, _with_total(rows)


def compliance(groups: Sequence[tuple[str, GroupTally]]) -> RawTable:
    """Consent forms in time, refusals, late forms the municipality continued after,
    first meetings by their deadline on each track, and the days from request to meeting."""
    columns = (
        "consent forms due",
        "share in time",
        "refusals",
        "late or missing forms, municipality continued",
        "Fast track meetings due",
        "share held by the deadline",
        "ordinary meetings due",
        "share held by the deadline (ordinary)",
        "days from request to meeting: median",
        "days from request to meeting: 90th percentile",
    )
    rows = []
    for label, t in groups:
        fast = t.meetings["fast_track", "met"] + t.meetings["fast_track", "missed"]
        ordinary = t.meetings["ordinary", "met"] + t.meetings["ordinary", "missed"]
        figures = (
            count(t.consent["due"]),
            share(t.consent["in_time"], t.consent["due"]),
            count(t.consent["refused"]),
            count(t.consent["continued"]),
            count(fast),
            share(t.meetings["fast_track", "met"], fast),
            count(ordinary),
            share(t.meetings["ordinary", "met"], ordinary),
            of_counts(t.request_to_meeting, 0.5),
            of_counts(t.request_to_meeting, 0.9),
        )
        rows.append((label, figures))
    return "compliance", "Compliance", columns, _with_total(tuple(rows))


def _with_total(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """``rows`` whose last row (the whole period) sums the others: its totals suppressed
    where they would give a suppressed figure of a group away (:func:`totalled`)."""
    if len(rows) < 2:
        return rows
    label, total = rows[-1]
    return (*rows[:-1], (label, totalled(total, [figures for _, figures in rows[:-1]])))


def breaches(total: GroupTally, groups: Sequence[GroupTally] = ()) -> RawTable:
    """The municipality's deadlines in law that were missed, by deadline and track; each
    suppressed too where it would give away the missed deadlines of a group of the
    other tables (a missed first meeting is the complement of a share held)."""
    rows = tuple(
        (name, (Figure(n, (n,), sums=(tuple(g.breaches[name] for g in groups),) if groups else ()),))
        for name, n in sorted(total.breaches.items())
    )
    return "breaches", "Breaches by type", ("cases",), rows


def periods(effect: EffectTally) -> RawTable:
    """The benefit periods of ended cases expected over 8 weeks by track, median and
    quartiles in weeks, and the median days from the first meeting to the week-8 date."""
    columns = (
        "ended cases",
        "median (weeks)",
        "first quartile (weeks)",
        "third quartile (weeks)",
        "days from first meeting to week 8: median",
    )
    rows = []
    for track, label in _TRACKS:
        days = Counter(effect.periods[track])
        by_stratum = tuple(strata[track].total() for strata in effect.strata.values())
        figures = (
            Figure(days.total(), (days.total(),), sums=(by_stratum,)),
            *(of_counts(days, q, 7) for q in (0.5, 0.25, 0.75)),
            of_counts(effect.before_week_8[track], 0.5),
        )
        rows.append((label, figures))
    return "periods", "Benefit period by track", columns, tuple(rows)


def difference(effect: EffectTally, target: tuple[int, int], seed: int, reps: int) -> RawTable:
    """The difference of the median benefit periods, ordinary less Fast track, in weeks,
    with its seeded bootstrap interval and how it stands against the target."""
    columns = (
        "difference (weeks)",
        "95% interval from",
        "95% interval to",
        "target (weeks)",
        "against the target",
    )
    ordinary, fast = effect.periods["ordinary"], effect.periods["fast_track"]
    parts = (len(ordinary), len(fast))
    values: tuple[Value, ...] = (None, None, None)
    verdict: Value = None
    if ordinary and fast:
        found = bootstrap_median_difference(ordinary, fast, seed=seed, reps=reps)
        values = tuple(round(v / 7, 1) for v in found)
        verdict = _verdict(found[1] / 7, found[2] / 7, target)
    row = (*(Figure(v, parts) for v in values), fixed(f"{target[0]}-{target[1]}"), Figure(verdict, parts))
    return "difference", "Difference against the target", columns, (("ordinary less Fast track", row),)


def _verdict(low: float, high: float, target: tuple[int, int]) -> str:
    if target[0] <= low and high <= target[1]:
        return "within the target"
    if high < target[0]:
        return "short of the target"
    if low > target[1]:
        return "beyond the target"
    return "not conclusive (the interval crosses a bound of the target)"


def strata(effect: EffectTally) -> RawTable:
    """The same comparison within each stratum (sick person and quarter of the first day)."""
    columns = (
        "Fast track cases",
        "ordinary cases",
        "Fast track median (weeks)",
        "ordinary median (weeks)",
        "difference (weeks)",
    )
    rows = []
    for name, by_track in sorted(effect.strata.items()):
        fast, ordinary = by_track["fast_track"], by_track["ordinary"]
        n_fast, n_ordinary = fast.total(), ordinary.total()
        gap = round((quantile(ordinary, 0.5) - quantile(fast, 0.5)) / 7, 1) if n_fast and n_ordinary else None
        figures = (
            count(n_fast),
            count(n_ordinary),
            of_counts(fast, 0.5, 7),
            of_counts(ordinary, 0.5, 7),
            Figure(gap, (n_fast, n_ordinary)),
        )
        rows.append((name, figures))
    return "strata", "Within strata (sick person, quarter of the first day)", columns, tuple(rows)


def employers(
    tallies: dict[str, EmployerTally], *, by_employer: bool, group_requests: tuple[int, ...] = ()
) -> RawTable:
    """Employers: their cases, long absences, requests and the share in time, and the
    employers with long absences that never asked; one row per employer too when
    grouped by employer (its last column then 1 or 0, shown when it rests on enough).
    The employer requests of all employers are suppressed too where they would give
    away those of a group of the uptake (``group_requests``, by month or quarter)."""
    columns = (
        "employers",
        "cases",
        "long absences",
        "employer requests",
        "share in time",
        "employers with long absences that never asked",
    )
    rows: list[Row] = []
    everyone = list(tallies.values())
    if by_employer:
        rows.extend((name, _employer_row(t)) for name, t in sorted(tallies.items()))
    requests, in_time = sum(t.requests for t in everyone), sum(t.in_time for t in everyone)
    total: tuple[Figure, ...] = (
        count(len(everyone)),
        count(sum(t.cases for t in everyone)),
        count(sum(t.long_absences for t in everyone)),
        Figure(requests, (requests,), (requests,), (group_requests,) if group_requests else ()),
        attrs.evolve(share(in_time, requests), sums=(group_requests,) if group_requests else ()),
        count(sum(t.long_absences > 0 and t.requests == 0 for t in everyone)),
    )
    if by_employer:
        total = totalled(total, [figures for _, figures in rows])
    rows.append(("all employers", total))
    return "employers", "Employers", columns, tuple(rows)


def _employer_row(t: EmployerTally) -> tuple[Figure, ...]:
    never = int(t.long_absences > 0 and t.requests == 0)
    return (
        fixed(1),
        count(t.cases),
        count(t.long_absences),
        count(t.requests),
        share(t.in_time, t.requests),
        Figure(never, (t.long_absences,)),
    )


def notes(lines: Counter[str], open_cases: int, options: ReportOptions) -> tuple[str, ...]:
    """The report's caveats and messages, in plain language."""
    out = []
    if lines["assessed"] == 0:
        out.append("No case in the period: there is nothing to report.")
    elif lines["assessed"] < options.min_cell:
        out.append(
            f"Fewer than {options.min_cell} cases in the period: every figure about persons is suppressed."
        )
    if lines["synthetic"]:
        which = "Every case" if lines["synthetic"] == lines["assessed"] else "Some of the cases"
        out.append(
            f"{which} of this history is synthetic (made up by fasttrack synth): "
            "no figure from them describes real persons."
        )
    still_open = str(open_cases) if open_cases >= options.min_cell else f"fewer than {options.min_cell}"
    out.extend(
        (
            f"Figures resting on fewer than {options.min_cell} persons are suppressed.",
            "Each case is assessed with the rules as of its own last day: its recovery or end of "
            "benefit, or its latest event, and for a case still open the end of the period.",
            "The effect compares ended cases expected to last over 8 weeks, by the track the rules gave "
            "them. It is an observational comparison, not a causal effect: who asks for early follow-up, "
            "and whose request leads to the Fast track, is not random, and the strata adjust for two "
            f"differences only (who is sick, and when). Cases still open are left out ({still_open} here).",
        )
    )
    return tuple(out)
