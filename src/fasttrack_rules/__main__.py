"""``python -m fasttrack_rules``: the ``fasttrack`` command line."""

from fasttrack_rules.cli import main

raise SystemExit(main())
