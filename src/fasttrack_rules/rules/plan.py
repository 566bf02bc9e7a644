"""The plan for the return to work (specification: plan; decision procedure, step 6):
agreed at the first meeting, pending before it.
"""

from __future__ import annotations

from fasttrack_rules.results import Deadline
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import PlanStatus

__all__ = ["plan_step"]


def plan_step(record: AssessmentRecord, meeting: Deadline) -> PlanStatus:
    """Step 6 (process guide step 4): after a held meeting, was a return-to-work plan
    agreed? Before it, the plan is pending while a meeting is due. Whether a meeting was
    held counts, not its status."""
    case = record.case
    if case.first_meeting is None:
        if meeting.status == "undetermined":
            return "undetermined"
        if meeting.status in ("not_applicable", "not_required", "lapsed"):
            return "not_applicable"
        record.add_reason("FT-PLAN-PENDING")
        return "pending"
    if case.plan_agreed is None:
        record.add_reason("FT-PLAN-UNKNOWN")
        record.missing.append("plan_agreed")
        return "undetermined"
    record.add_reason("FT-PLAN-AGREED" if case.plan_agreed else "FT-PLAN-NOT-AGREED")
    return "agreed" if case.plan_agreed else "not_agreed"
