"""The ``fasttrack`` command line (also ``python -m fasttrack_rules``).

Every subcommand writes UTF-8 and never shows a traceback: a bad input line gives a
JSON error object on its own output line (``explain``: a line on stderr), and the exit
code says what happened (:mod:`fasttrack_rules.exits`: 0 all good, 1 some input failed,
2 usage error, 66 no input, 73 cannot create a file, 74 I/O error, 130 Ctrl-C, 141 the
reader of stdout went away).

- :mod:`~fasttrack_rules.cli.entry`: :func:`main`, its signal handlers and the exit code of
  every way a run can end.
- :mod:`~fasttrack_rules.cli.parser`: the options of every sub-command.
- :mod:`~fasttrack_rules.cli.commands`: what each sub-command does.
- :mod:`~fasttrack_rules.cli.reading`: the input, as numbered cases.
- :mod:`~fasttrack_rules.cli.writing`: UTF-8 output, JSON lines safe to print, one line on stderr.

The command line builds no JSON itself (:mod:`fasttrack_rules.protocol` does), and imports
the rules only in the sub-command that needs them, so that ``fasttrack --help`` starts fast.
"""

from __future__ import annotations

from fasttrack_rules.cli.entry import main

__all__ = ["main"]
