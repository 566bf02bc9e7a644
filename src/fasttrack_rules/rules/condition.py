"""The 8-week condition (specification: condition; SDL § 7 c, stk. 1, and § 7 e): the
requester's forecast that the absence will last more than 8 weeks. Read by the request
step and by the input check that two forecasts agree.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules.law import FAST_TRACK_START, parameter
from fasttrack_rules.periods import at_latest_days_after

__all__ = ["eight_week_condition"]


def eight_week_condition(
    first_day: _dt.date, over_8_weeks: bool | None, expected_recovery: _dt.date | None
) -> tuple[bool | None, str]:
    """The 8-week condition (SDL § 7 c, stk. 1; § 7 e): a forecast, yes/no, or from the
    expected first day fit for work, which must lie after first day + 56. Returns whether
    it holds (None: unknown) and its reason code."""
    if over_8_weeks is None and expected_recovery is not None:
        weeks = parameter("recovery_condition_weeks", FAST_TRACK_START).value
        over_8_weeks = expected_recovery > at_latest_days_after(first_day, 7 * weeks)
    if over_8_weeks is None:
        return None, "FT-CONDITION-UNKNOWN"
    return over_8_weeks, "FT-CONDITION-MET" if over_8_weeks else "FT-CONDITION-NOT-MET"
