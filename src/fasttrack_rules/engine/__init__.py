"""The engine: the decision procedure in one pass over day numbers.

Inside, a day is an integer (``date.toordinal()``), a calendar a list of prefix counts
indexed by day number, a citation a number, and each step of the procedure is computed
once; dates and result objects are made once, at the edge. It gives exactly the results
of the step-by-step rules of :mod:`fasttrack_rules.rules`, which stay the readable
statement of the procedure and answer every case the engine leaves to them (see
:func:`~fasttrack_rules.engine.core.run`).

- :mod:`~fasttrack_rules.engine.numbering`: the law's citations as numbers.
- :mod:`~fasttrack_rules.engine.compiled`: the tables generated from that numbering.
- :mod:`~fasttrack_rules.engine.tables`: the law, reasons and calendars as plain tables.
- :mod:`~fasttrack_rules.engine.core`: the facts, the pass and its outcome.
- :mod:`~fasttrack_rules.engine.edge`: a typed case in, the frozen result out
  (:func:`~fasttrack_rules.engine.edge.assess`).

The names below are loaded on first use: the JSON path reads only the plain tables and
the pass, and so imports neither attrs nor the law for a case in its plain form.
"""

from __future__ import annotations

from fasttrack_rules._lazy import lazy_names

TYPE_CHECKING = False

_EXPORTS = {
    "Facts": "core",
    "Outcome": "core",
    "run": "core",
    "assess": "edge",
    "assess_by_steps": "edge",
    "assessment": "edge",
    "cited_reason": "edge",
    "facts_of": "edge",
}

__all__ = ["Facts", "Outcome", "assess", "assess_by_steps", "assessment", "cited_reason", "facts_of", "run"]

__getattr__, __dir__ = lazy_names(__name__, _EXPORTS, globals())

if TYPE_CHECKING:
    from fasttrack_rules.engine.core import Facts, Outcome, run
    from fasttrack_rules.engine.edge import assess, assess_by_steps, assessment, cited_reason, facts_of
