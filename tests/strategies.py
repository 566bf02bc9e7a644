"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

#: Dates well inside the coverage, so that adding a few hundred open days stays inside.
inner_dates = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31))
offsets = st.integers(min_value=-250, max_value=250)
