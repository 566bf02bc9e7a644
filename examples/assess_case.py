"""Assess one case with the typed Python API and print what a caseworker needs.

python examples/assess_case.py
"""

from __future__ import annotations

from datetime import date

from fasttrack_rules import Answers, Case, Consent, Request, assess


def main() -> str:
    case = Case(
        id="example-employer",
        first_day_of_absence=date(2025, 3, 3),
        sick_person="employee",
        over_8_weeks=True,
        request=Request(by="employer", date=date(2025, 3, 18)),
        letter_sent=date(2025, 3, 18),
        consent=Consent(answer="agrees", date=date(2025, 3, 19)),
        answers_employer=Answers(
            affected_functions="Lifting and long shifts", affected_duration="Three weeks"
        ),
    )
    result = assess(case, as_of=date(2025, 3, 20))
    lines = [f"track: {result.track}"]
    for name, deadline in result.deadlines.items():
        due = deadline.due.isoformat() if deadline.due else "-"
        lines.append(f"{name:24} {due:12} {deadline.status:15} {deadline.citation or ''}")
    lines.append(f"still to obtain: {', '.join(result.to_obtain) or 'nothing'}")
    lines.append(f"Fast track brings the meeting {result.days_earlier} days earlier than week 8")
    return "\n".join(lines)


if __name__ == "__main__":
    print(main())
