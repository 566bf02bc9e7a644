"""A deadline of the result and the status of a dated duty.

Clean-room: written from the oracle kit only (``specification.md#decision-procedure``, "Status of a
dated duty").
"""

from dataclasses import dataclass, field
from datetime import date

from tests.cleanroom.citations import Citation, is_law


@dataclass
class Deadline:
    """One entry of the result's ``deadlines``."""

    due: date | None
    status: str
    citation: Citation | None
    duty_of: str
    earliest: date | None = None
    latest_working_day: date | None = None
    is_law: bool = field(init=False, default=True)

    def __post_init__(self) -> None:
        """``is_law`` follows the citation's kind; a deadline without a citation has ``is_law`` true."""
        self.is_law = True if self.citation is None else is_law(self.citation)

    def to_json(self) -> dict[str, object]:
        """The deadline as JSON (``earliest`` and ``latest_working_day`` only when known)."""
        result: dict[str, object] = {
            "due": None if self.due is None else self.due.isoformat(),
            "status": self.status,
            "citation": self.citation,
            "duty_of": self.duty_of,
            "is_law": self.is_law,
        }
        if self.earliest is not None:
            result["earliest"] = self.earliest.isoformat()
        if self.latest_working_day is not None:
            result["latest_working_day"] = self.latest_working_day.isoformat()
        return result


def not_applicable(duty_of: str) -> Deadline:
    """A deadline that does not apply to the case."""
    return Deadline(due=None, status="not_applicable", citation=None, duty_of=duty_of)


def duty_status(
    due: date,
    held: date | None,
    as_of: date,
    recovered: date | None,
    earliest: date | None = None,
) -> str:
    """``lapsed``, ``met``, ``missed`` or ``pending`` for a duty due on ``due`` and done on ``held``."""
    if recovered is not None and recovered <= due and (held is None or held >= recovered):
        return "lapsed"
    if held is not None:
        in_window = (earliest is None or earliest <= held) and held <= due
        return "met" if in_window else "missed"
    return "missed" if as_of > due else "pending"
