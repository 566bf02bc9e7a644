"""The report's plots: monthly uptake, monthly compliance with the first meeting's
deadline by track, and the distribution of benefit periods by track. Their points are
figures like the tables', suppressed by the same rule before anything is drawn (a
suppressed point is a gap in a line, a missing bar), so a plot shows nothing a table
may not.

Drawing needs matplotlib, the optional extra ``report``
(``pip install "fasttrack_rules[report]"``): :func:`draw` returns ``None`` without it,
and the report says the plots are unavailable. Each plot is an SVG drawn on a
``Figure`` of its own (no pyplot, no global state), with a fixed hash salt and no date,
so the same report gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from fasttrack_rules.evaluation import figures
from fasttrack_rules.evaluation.tally import EffectTally, GroupTally

__all__ = ["DURATION_BIN_WEEKS", "Plot", "draw", "plots"]

#: The width of a bar of the benefit periods' distribution, in weeks; the last bar
#: holds every period of a year or longer.
DURATION_BIN_WEEKS = 4
_LAST_BIN = 52 // DURATION_BIN_WEEKS
_TRACKS = (("fast_track", "Fast track"), ("ordinary", "ordinary"))

Points = tuple[tuple[str, float | int | None], ...]


@attrs.frozen(kw_only=True)
class Plot:
    """One plot: its name (the SVG's file stem), title, axis labels, kind (``line`` or
    ``bar``) and series, each a label and its points (an x label and a value, ``None``
    where suppressed)."""

    name: str
    title: str
    x_label: str
    y_label: str
    kind: str
    series: tuple[tuple[str, Points], ...]


def _shown(figures: Iterable[tuple[str, figures.Figure]], min_cell: int) -> Points:
    return tuple((label, _number(figure.shown(min_cell))) for label, figure in figures)


def _number(value: object) -> float | int | None:
    return value if isinstance(value, int | float) else None


def _durations(effect: EffectTally, min_cell: int) -> Plot:
    """The benefit periods of the ended cases expected over 8 weeks, in bins of
    :data:`DURATION_BIN_WEEKS` weeks, by track; each bar a count, suppressed when small."""
    labels = [f"{k * DURATION_BIN_WEEKS}-{(k + 1) * DURATION_BIN_WEEKS - 1}" for k in range(_LAST_BIN)]
    labels.append(f"{_LAST_BIN * DURATION_BIN_WEEKS}+")
    series = []
    for track, name in _TRACKS:
        bins = [0] * (_LAST_BIN + 1)
        for days in effect.periods[track]:
            bins[min(days // (7 * DURATION_BIN_WEEKS), _LAST_BIN)] += 1
        series.append((name, _shown(zip(labels, map(figures.count, bins), strict=True), min_cell)))
    return Plot(
        name="duration",
        title="Benefit periods by track (cases expected over 8 weeks, ended)",
        x_label="weeks",
        y_label="cases",
        kind="bar",
        series=tuple(series),
    )


def plots(months: Sequence[tuple[str, GroupTally]], effect: EffectTally, min_cell: int) -> tuple[Plot, ...]:
    """The report's plots from the counts of each month (of the first day) and the
    effect's counts, every point suppressed by ``min_cell``."""
    uptake = [(m, figures.share(t.requested_long.total(), t.expected_long)) for m, t in months]
    compliance = []
    for track, name in _TRACKS:
        shares = []
        for m, t in months:
            due = t.meetings[track, "met"] + t.meetings[track, "missed"]
            shares.append((m, figures.share(t.meetings[track, "met"], due)))
        compliance.append((name, _shown(shares, min_cell)))
    return (
        Plot(
            name="uptake",
            title="Uptake by month: share of cases expected over 8 weeks with a request",
            x_label="month of the first day of absence",
            y_label="share",
            kind="line",
            series=(("with a request", _shown(uptake, min_cell)),),
        ),
        Plot(
            name="compliance",
            title="Compliance by month: share of first meetings held by the deadline",
            x_label="month of the first day of absence",
            y_label="share",
            kind="line",
            series=tuple(compliance),
        ),
        _durations(effect, min_cell),
    )


def _figure(plot: Plot, figure_class: Any) -> Any:
    """``plot`` drawn on a new matplotlib ``Figure``."""
    fig = figure_class(figsize=(8, 4), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / len(plot.series)
    for k, (label, points) in enumerate(plot.series):
        xs = range(len(points))
        ys = [float("nan") if y is None else y for _, y in points]
        if plot.kind == "bar":
            ax.bar([x + (k - (len(plot.series) - 1) / 2) * width for x in xs], ys, width, label=label)
        else:
            ax.plot(xs, ys, marker="o", label=label)
    labels = [x for x, _ in plot.series[0][1]] if plot.series else []
    step = max(1, len(labels) // 12)  # at most about 12 tick labels
    ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right")
    ax.set(title=plot.title, xlabel=plot.x_label, ylabel=plot.y_label)
    ax.legend()
    return fig


def draw(made: Iterable[Plot]) -> dict[str, str] | None:
    """Each plot as SVG text, by its name; ``None`` when matplotlib is not installed."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        return None
    drawn = {}
    with matplotlib.rc_context({"svg.hashsalt": "fasttrack", "svg.fonttype": "none"}):
        for plot in made:
            out = io.StringIO()
            _figure(plot, Figure).savefig(out, format="svg", metadata={"Date": None})
            drawn[plot.name] = out.getvalue()
    return drawn
