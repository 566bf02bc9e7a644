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

from fasttrack_rules.engine.core import Facts, Outcome, run
from fasttrack_rules.engine.edge import assessment, cited_reason, facts_of

__all__ = ["Facts", "Outcome", "assessment", "cited_reason", "facts_of", "run"]
