"""Test configuration: Hypothesis profiles (``ci`` is the default; ``thorough`` for
long local runs: HYPOTHESIS_PROFILE=thorough)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: The environment for a subprocess that measures something (agreement, memory) rather
#: than this library's coverage: without coverage's subprocess tracing.
UNTRACED = {k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"}
