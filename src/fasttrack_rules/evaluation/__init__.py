"""The evaluation of Fast track: case histories in, a report out.

- :mod:`~fasttrack_rules.evaluation.history`: the case-history format and its strict reader.
- :mod:`~fasttrack_rules.evaluation.schema`: its JSON Schema (``fasttrack schema history``).
- :mod:`~fasttrack_rules.evaluation.synth`: a synthetic, seeded cohort of histories.
- :mod:`~fasttrack_rules.evaluation.tally`: each case assessed as of its own days, and counted.
- :mod:`~fasttrack_rules.evaluation.stats`: quantiles of counts and a seeded bootstrap.
- :mod:`~fasttrack_rules.evaluation.figures`: figures, the persons they rest on, small cells underivable.
- :mod:`~fasttrack_rules.evaluation.tables`: the report's tables and notes.
- :mod:`~fasttrack_rules.evaluation.report`: the report, small cells suppressed.
- :mod:`~fasttrack_rules.evaluation.render`: the report as Markdown, CSV or JSON.
- :mod:`~fasttrack_rules.evaluation.rollout`: employers in the order to approach them, with their uptake.
"""

from __future__ import annotations

from fasttrack_rules.evaluation.history import Employer, History, history_from_json, read_histories
from fasttrack_rules.evaluation.render import render, report_json
from fasttrack_rules.evaluation.report import MIN_CELL, Report, ReportOptions, Table, build_report
from fasttrack_rules.evaluation.rollout import (
    EmployerRow,
    EmployerRowError,
    RolloutRow,
    read_employers,
    rollout,
    rollout_csv,
    rollout_json,
)
from fasttrack_rules.evaluation.schema import history_schema
from fasttrack_rules.evaluation.synth import synthetic_histories

__all__ = [
    "MIN_CELL",
    "Employer",
    "EmployerRow",
    "EmployerRowError",
    "History",
    "Report",
    "RolloutRow",
    "ReportOptions",
    "Table",
    "build_report",
    "history_from_json",
    "history_schema",
    "read_employers",
    "read_histories",
    "render",
    "report_json",
    "rollout",
    "rollout_csv",
    "rollout_json",
    "synthetic_histories",
]
