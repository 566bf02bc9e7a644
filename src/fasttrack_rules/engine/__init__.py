"""The engine: the decision procedure in one pass over day numbers.

Inside, a day is an integer (``date.toordinal()``), a calendar a list of prefix counts
indexed by day number, a citation a number, and each step of the procedure is computed
once; dates and result objects are made once, at the edge. It gives exactly the results
of the step-by-step rules of :mod:`fasttrack_rules.rules`, which stay the readable
statement of the procedure and answer every case the engine leaves to them (see
:func:`~fasttrack_rules.engine.core.run`).

- :mod:`~fasttrack_rules.engine.tables`: the law, reasons and calendars as plain tables.
- :mod:`~fasttrack_rules.engine.core`: the facts, the pass and its outcome.
- :mod:`~fasttrack_rules.engine.edge`: a typed case in, the frozen result out.
"""

from __future__ import annotations

import datetime as _dt

from fasttrack_rules._validate import check_date
from fasttrack_rules.engine.core import Facts, Outcome, run
from fasttrack_rules.engine.edge import assessment, cited_reason, facts_of
from fasttrack_rules.errors import InvalidTypeError
from fasttrack_rules.facts import Case
from fasttrack_rules.results import Assessment
from fasttrack_rules.rules import assess as assess_by_steps

__all__ = ["Facts", "Outcome", "assess", "assess_by_steps", "assessment", "cited_reason", "facts_of", "run"]


def assess(case: Case, *, as_of: _dt.date) -> Assessment:
    """Assess one Fast track case on the day ``as_of``: the result of
    :func:`fasttrack_rules.rules.assess` (same arguments, result and errors), computed in
    one pass over day numbers where the engine takes the case.

    >>> from datetime import date
    >>> from fasttrack_rules import Case
    >>> result = assess(Case(first_day_of_absence=date(2025, 3, 3)), as_of=date(2025, 5, 2))
    >>> result.track, result.deadlines["first_meeting"].due, result.breaches
    ('ordinary', datetime.date(2025, 4, 27), ('first_meeting',))
    """
    if type(case) is not Case:
        if not isinstance(case, Case):
            raise InvalidTypeError("case", case, f"expected a Case, got {type(case).__name__}")
        return assess_by_steps(case, as_of=as_of)  # a subclass may change what the rules read
    check_date("as_of", as_of)
    outcome = run(facts_of(case, as_of))
    if outcome is None:
        return assess_by_steps(case, as_of=as_of)
    return assessment(outcome, case, as_of)
