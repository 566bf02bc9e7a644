"""The case as a Mermaid gantt chart: the first day of absence, each deadline as a bar
from the event that starts it to its due day (done when met, critical and marked when
missed, active while open), the request, the meeting held, and the day of the
assessment as a milestone. The viewer's own today marker is turned off: the chart shows
the case as of its ``as_of``, never the day it is looked at.

Every label passes through :func:`~fasttrack_rules._safe.safe_mermaid`; dates and task
ids are the library's own.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules._safe import safe_mermaid
from fasttrack_rules.explain.words import DEADLINE_NAMES, HEADINGS, long_date
from fasttrack_rules.facts import Case
from fasttrack_rules.results import Assessment
from fasttrack_rules.vocab import Lang

__all__ = ["TRACK_LABELS", "chart"]

#: The track, as a chart's title says it.
TRACK_LABELS: dict[str, tuple[str, str]] = {
    "fast_track": ("Fast track", "Fast track"),
    "ordinary": ("almindelig opfølgning", "ordinary follow-up"),
    "undetermined": ("sporet er uafklaret", "track not yet decided"),
}
_TAGS = {"met": "done, ", "pending": "active, "}


def _word(table: dict[str, tuple[str, str]], key: str, lang: Lang) -> str:
    return table[key][0 if lang == "da" else 1]


def _bars(result: Assessment, case: Case, lang: Lang) -> list[str]:
    """Each deadline's bar, from the event that starts it to its due day, and the
    request as a milestone."""
    lines: list[str] = []

    def bar(start: _dt.date, key: str) -> None:
        d = result.deadlines.get(key)
        if d is None or d.due is None or d.due < start:
            return
        label = _word(DEADLINE_NAMES, key, lang)
        tag = _TAGS.get(d.status, "")
        if d.status == "missed":  # a breach, or the sick person's own deadline missed
            label, tag = f"{label} ({_word(HEADINGS, 'breach', lang)})", "crit, "
        days = (d.due - start).days + 1
        lines.append(f"    {safe_mermaid(label)} :{tag}{key}, {start.isoformat()}, {days}d")

    first, request = case.first_day_of_absence, case.request
    bar(first, "request_window")
    if request is not None:
        asked = safe_mermaid(_word(HEADINGS, "request", lang))
        lines.append(f"    {asked} :milestone, m1, {request.date.isoformat()}, 0d")
        bar(case.letter_sent or request.date, "consent_form")
        bar(request.date, "doctor_consultation")
        bar(request.date, "first_meeting")
        bar(request.date, "policy_first_meeting")
    bar(first, "ordinary_first_meeting")
    return lines


def chart(result: Assessment, case: Case, lang: Lang) -> str:
    """The gantt chart of ``result`` for ``case`` (see the module's docstring)."""
    label = safe_mermaid
    case_id = label(result.id) if result.id else _word(HEADINGS, "no_id", lang)
    title = f"{_word(HEADINGS, 'case', lang)} {case_id} - {_word(TRACK_LABELS, result.track, lang)}"
    today = f"{_word(HEADINGS, 'today', lang)} {long_date(result.as_of, lang)}"
    first = case.first_day_of_absence.isoformat()
    lines = [
        "gantt",
        f"    title {title}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %d/%m",
        "    todayMarker off",
        f"    section {label(_word(HEADINGS, 'absence', lang))}",
        f"    {label(_word(HEADINGS, 'first_day', lang))} :milestone, m0, {first}, 0d",
        f"    section {label(_word(HEADINGS, 'deadlines', lang))}",
        *_bars(result, case, lang),
    ]
    if case.first_meeting is not None:
        lines.append(
            f"    {label(_word(HEADINGS, 'held', lang))} :milestone, m2, {case.first_meeting.isoformat()}, 0d"
        )
    lines.append(f"    {label(today)} :milestone, asof, {result.as_of.isoformat()}, 0d")
    return "\n".join(lines) + "\n"
