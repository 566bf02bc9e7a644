"""The reasons and missing facts of one assessment.

Clean-room: written from the oracle kit only. Each reason code is recorded once (its first occurrence
counts); its citations are resolved on the day of the event ``reasons.json`` names for it (an unknown
letter falls back on the request, an unknown form on the letter), and a status code of a deadline
cites that deadline first.
"""

from dataclasses import dataclass, field
from datetime import date

from tests.cleanroom.case import Case
from tests.cleanroom.citations import Citation, cite, reason_event, reason_provisions, reason_text
from tests.cleanroom.deadline import Deadline

CITATION_KEY_FIELDS = ("instrument", "section", "stk", "nr", "pkt", "name")


@dataclass
class Reason:
    """One reason of the result."""

    code: str
    citations: list[Citation]

    def to_json(self) -> dict[str, object]:
        """The reason as JSON, with its English text."""
        return {"code": self.code, "citations": self.citations, "text": reason_text(self.code)}


@dataclass
class ReasonLog:
    """Reason codes and missing facts in the order they are recorded."""

    case: Case
    reasons: list[Reason] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    extra: dict[str, list[Citation]] = field(default_factory=dict)

    def event_day(self, event: str) -> date | None:
        """The day of ``event``; an unknown later event falls back on the earlier one."""
        case = self.case
        request = None if case.request is None else case.request.date
        letter = case.letter_sent or request
        form = None if case.consent is None else case.consent.date
        days: dict[str, date | None] = {
            "first_day_of_absence": case.first,
            "request": request,
            "letter": letter,
            "form": form or letter,
            "deadline": request or case.first,
        }
        return days.get(event)

    def has(self, code: str) -> bool:
        """Whether ``code`` was recorded."""
        return any(reason.code == code for reason in self.reasons)

    def add(self, code: str, lead: Citation | None = None) -> None:
        """Record ``code`` (once), citing ``lead`` first when given."""
        if self.has(code):
            return
        day = self.event_day(reason_event(code))
        citations = [*self.extra.pop(code, [])]
        if lead is not None:
            citations.append(lead)
        citations += [cite(name, day) for name in reason_provisions(code)]
        self.reasons.append(Reason(code, _unique(citations)))

    def add_status(self, code: str, deadline: Deadline) -> None:
        """Record a deadline's status code, citing the deadline first."""
        self.add(code, deadline.citation)

    def extra_citation(self, code: str, citation: Citation) -> None:
        """Cite ``citation`` first when ``code`` is recorded."""
        self.extra.setdefault(code, []).append(citation)

    def missing(self, fact: str) -> None:
        """Record a missing fact (once)."""
        if fact not in self.missing_facts:
            self.missing_facts.append(fact)

    def drop(self, code: str, fact: str) -> None:
        """Remove a recorded code and its missing fact: the answer no longer depends on them."""
        if self.has(code):
            self.reasons = [reason for reason in self.reasons if reason.code != code]
            self.missing_facts = [item for item in self.missing_facts if item != fact]


def _unique(citations: list[Citation]) -> list[Citation]:
    """Drop a citation that repeats an earlier one."""
    seen: set[tuple[object, ...]] = set()
    result: list[Citation] = []
    for citation in citations:
        key = tuple(citation[name] for name in CITATION_KEY_FIELDS)
        if key not in seen:
            seen.add(key)
            result.append(citation)
    return result
