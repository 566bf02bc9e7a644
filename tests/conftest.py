"""Test configuration: Hypothesis profiles (``ci`` is the default; ``thorough`` for
long local runs: HYPOTHESIS_PROFILE=thorough), and Ctrl-C as a terminal sends it to the
command lines the tests start."""

from __future__ import annotations

import os
import signal

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: The environment for a subprocess that measures something (agreement, memory) rather
#: than this library's coverage: without coverage's subprocess tracing.
UNTRACED = {k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"}

# A suite started as a background job inherits SIGINT ignored, and so would every command
# line it starts: Python then leaves Ctrl-C ignored too (as it should for a background
# job), and the tests of Ctrl-C would see nothing. The command lines are started as from a
# terminal: with SIGINT handled here, a started process begins with its default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
