"""Charts drawn on the server as SVG: no script and nothing fetched from the internet.

`timeline` stacks counts per period (week or month) by series (an outlet), with
axes, labels, a legend and a text alternative for screen readers.
"""
from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup

#: Colours of the series (colour-blind safe, Okabe and Ito), then grey for the rest.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00")
OTHER = "#999999"
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 230, 52, 44, 12


def period_of(day: str, weekly: bool) -> str:
    """The week (its Monday, YYYY-MM-DD) or month (YYYY-MM) a YYYY-MM-DD date falls in."""
    if not weekly:
        return day[:7]
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


def periods(first: str, last: str, weekly: bool) -> list[str]:
    """Every week or month from the one holding `first` to the one holding `last`, gaps included."""
    if weekly:
        d, end = date.fromisoformat(period_of(first, True)), date.fromisoformat(period_of(last, True))
        return [(d + timedelta(weeks=i)).isoformat() for i in range((end - d).days // 7 + 1)]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _ticks(top: int) -> list[int]:
    """Round values (steps of 1, 2, 5, 10, 20...) from 0 to at least `top`, at most five, for the vertical axis."""
    step, k = 1, 0
    while top > 4 * step:
        k += 1
        step = (1, 2, 5)[k % 3] * 10 ** (k // 3)
    return list(range(0, max(top, 1) + step, step))


def _axis_marks(labels: list[str], weekly: bool) -> dict[str, str]:
    """The periods labelled under the axis, at most eight: weeks as MM-DD, months as YYYY-MM, or each
    January as its year when there are more than two years."""
    if not weekly and len(labels) > 24:
        years = [p for p in labels if p.endswith("-01")] or labels[:1]
        every = -(-len(years) // 8)
        return {p: p[:4] for p in years[::every]}
    every = -(-len(labels) // 8)
    return {p: p[5:] if weekly else p for p in labels[::every]}


def timeline(counts: dict[tuple[str, str], int], series: list[str], weekly: bool, title: str) -> Markup:
    """A stacked bar chart of counts[(period, series)], one bar per period, as inline SVG."""
    if not counts:
        return Markup("")
    labels = periods(min(p for p, _ in counts), max(p for p, _ in counts), weekly)
    colours = {s: COLOURS[i] if i < len(COLOURS) else OTHER for i, s in enumerate(series)}
    totals = [sum(counts.get((p, s), 0) for s in series) for p in labels]
    ticks = _ticks(max(totals))
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / len(labels)
    y = lambda v: TOP + plot_h - plot_h * v / ticks[-1]  # noqa: E731
    unit = "week" if weekly else "month"
    busiest = labels[totals.index(max(totals))]
    summary = (f"{sum(totals)} quotations from {labels[0]} to {labels[-1]}, counted per {unit}; "
               f"the busiest {unit} was {busiest} with {max(totals)}.")
    parts = [Markup('<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title chart-desc" '
                    'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{}</title><desc id="chart-desc">{}</desc>'
                    ).format(WIDTH, HEIGHT, title, summary)]
    for t in ticks:
        parts.append(Markup('<line class="grid" x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}"/>'
                            '<text class="tick y" x="{3}" y="{4:.1f}">{5}</text>').format(
            LEFT, WIDTH - 8, y(t), LEFT - 6, y(t) + 4, t))
    marks = _axis_marks(labels, weekly)
    for i, p in enumerate(labels):
        x, base = LEFT + i * slot, 0
        for s in series:
            n = counts.get((p, s), 0)
            if n:
                parts.append(Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}">'
                                    '<title>{}: {} in the {} of {}</title></rect>').format(
                    x + slot * 0.1, y(base + n), slot * 0.8, y(base) - y(base + n), colours[s], s, n, unit, p))
                base += n
        if p in marks:
            parts.append(Markup('<text class="tick x" x="{:.1f}" y="{}">{}</text>').format(
                x + slot / 2, HEIGHT - BOTTOM + 20, marks[p]))
    parts.append(Markup('<line class="axis" x1="{0}" x2="{1}" y1="{2}" y2="{2}"/>'
                        '<text class="axis-label" x="{3}" y="{4}">quotations per {5}</text></svg>').format(
        LEFT, WIDTH - 8, TOP + plot_h, LEFT, HEIGHT - 4, "week (weeks start on Monday)" if weekly else "month"))
    legend = Markup("").join(Markup('<li><span class="swatch" style="background:{}"></span>{}</li>').format(
        colours[s], s) for s in series)
    return Markup('<figure class="timeline">{}<ul class="legend">{}</ul></figure>').format(Markup("").join(parts), legend)


def by_outlet(months: list[dict], days: list[dict] | None, title: str) -> Markup:
    """Printings per week (`days` given) or month, the five top outlets stacked: rows of period, outlet, n."""
    rows = months if days is None else days
    per_outlet: dict[str, int] = {}
    for r in rows:
        per_outlet[r["outlet"]] = per_outlet.get(r["outlet"], 0) + r["n"]
    ranked = sorted(per_outlet, key=lambda o: (-per_outlet[o], o))
    shown = ranked if len(ranked) <= 6 else ranked[:5] + ["Other outlets"]
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        key = (period_of(r["period"], days is not None), r["outlet"] if r["outlet"] in shown else "Other outlets")
        counts[key] = counts.get(key, 0) + r["n"]
    return timeline(counts, shown, days is not None, title)
