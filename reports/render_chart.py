"""Charts of a report result as reportlab graphics (the PDF renderer places them before the table).
Layer: ``reports``; no Qt.

:func:`chart_drawing` turns :class:`reports.result.ChartData` into a ``Drawing`` of the given width:
``bar`` (vertical bars), ``hbar`` (horizontal bars, first point on top), ``line`` and ``pie``.
Labels are truncated with an ellipsis, values are printed through :mod:`reports.formats`, every
string uses the embedded DejaVu font (registered by :func:`reports.render_pdf.register_fonts`),
and several series get a legend.
"""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.i18n import translate
from reports import formats
from reports.result import ChartData

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
SIZE = 7
PALETTE = [colors.HexColor(c) for c in ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948",
                                        "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC")]


def truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "\u2026"


def value_text(value: float, fmt: str, short: bool = True) -> str:
    """A chart value: percents as percents, money without kopecks (axis and bar labels)."""
    if fmt == "percent":
        return formats.display(value, "percent")
    if fmt == "days":
        return formats.display(value, "days")
    if short or fmt in ("int", "money"):
        return formats.display(value, "int")
    return formats.display(value, "number")


def _title(chart: ChartData) -> str:
    if chart.spec.title:
        return translate("reports", chart.spec.title)
    return ", ".join(name for name, _ in chart.series)


def _legend(series: list[tuple[str, list[float]]], x: float, y: float, cols: int = 4) -> Legend:
    lg = Legend()
    lg.x, lg.y = x, y
    lg.fontName, lg.fontSize = FONT, SIZE
    lg.alignment = "right"
    lg.boxAnchor = "nw"
    lg.columnMaximum = max(1, (len(series) + cols - 1) // cols)
    lg.dx = lg.dy = 7
    lg.deltax = 10
    lg.colorNamePairs = [(PALETTE[i % len(PALETTE)], truncate(name, 30)) for i, (name, _) in enumerate(series)]
    return lg


#: pie slices drawn one by one; the smaller rest is one "Other" slice that says how many it holds
PIE_SLICES = 11
#: horizontal room one slanted category label needs on a vertical chart (labels in between are skipped)
LABEL_SLOT = 12.0


def chart_drawing(chart: ChartData, width: float, max_height: float | None = None) -> Drawing | None:
    """The first of :func:`chart_drawings` (None when there is nothing to draw)."""
    parts = chart_drawings(chart, width, max_height)
    return parts[0] if parts else None


def chart_drawings(chart: ChartData, width: float, max_height: float | None = None,
                   first_height: float | None = None) -> list[Drawing]:
    """Drawings ``width`` points wide, each at most ``max_height`` high (None: no limit), that
    together show **every** point of ``chart``: horizontal bars are split into parts ("continued"),
    vertical bars and lines get thinner and label every k-th point, a pie groups its smallest
    slices into one "Other" slice. Empty when there is nothing to draw (no points, or every value
    zero)."""
    labels = list(chart.labels)
    series = [(name, list(values)) for name, values in chart.series]
    if not labels or not series or not any(v for _, vals in series for v in vals):
        return []
    kind = chart.spec.kind
    if kind == "hbar":
        out = _hbar_parts(chart, labels, series, width, max_height, first_height)
    elif kind == "pie":
        out = [_pie(chart, labels, series, width)]
    else:
        out = [_vertical(chart, labels, series, width, line=(kind == "line"))]
    for d in out:
        d.initialFontName, d.initialFontSize = FONT, SIZE  # never the base-14 Helvetica (unembedded)
        if max_height is not None and d.height > max_height:  # the last resort: scaled down to fit
            f = max_height / d.height
            d.scale(f, f)
            d.width, d.height = d.width * f, d.height * f
    return out


def _note(d: Drawing, chart: ChartData, top: float) -> float:
    """The chart's note under its heading; returns the height used."""
    if not chart.note:
        return 0.0
    d.add(String(0, top - 21, truncate(chart.note, 140), fontName=FONT, fontSize=SIZE,
                 fillColor=colors.HexColor("#666666")))
    return 10.0


def _hbar_parts(chart: ChartData, labels: list[str], series, width: float, max_height: float | None,
                first_height: float | None = None) -> list[Drawing]:
    k = len(series)
    per_bar = (12 if k == 1 else 7) * k + 6
    fixed = 40 + (14 if k > 1 else 0) + (10 if chart.note else 0)
    n = len(labels)
    per_part = n if max_height is None else max(1, int((max_height - fixed) // per_bar))
    if per_part >= n:
        return [_hbar(chart, labels, series, width)]
    # the first part fills what is left of the first page (when at least a few bars fit there)
    first = per_part if first_height is None else int((first_height - fixed) // per_bar)
    first = first if 5 <= first <= per_part else per_part
    bounds, start = [], 0
    while start < n:
        end = min(n, start + (first if start == 0 else per_part))
        bounds.append((start, end))
        start = end
    parts = []
    for start, end in bounds:
        title = _title(chart) + " " + translate("reports", "({first}–{last} of {total})").format(
            first=start + 1, last=end, total=n)
        parts.append(_hbar(chart, labels[start:end], [(name, vals[start:end]) for name, vals in series], width,
                           title=title, all_values=[v for _, vals in series for v in vals]))
    return parts


def _heading(d: Drawing, text: str, top: float) -> None:
    d.add(String(0, top - 10, truncate(text, 110), fontName=FONT_BOLD, fontSize=9, fillColor=colors.HexColor("#333333")))


def _hbar(chart: ChartData, labels: list[str], series, width: float, *, title: str | None = None,
          all_values: list[float] | None = None) -> Drawing:
    """One horizontal bar chart; the parts of a split chart share one value scale (``all_values``)."""
    names = [truncate(x, 32) for x in labels]
    n, k = len(names), len(series)
    bar_h = 12 if k == 1 else 7
    plot_h = n * (bar_h * k + 6)
    legend_h = 14 if k > 1 else 0
    note_h = 10 if chart.note else 0
    height = plot_h + 40 + legend_h + note_h
    d = Drawing(width, height)
    _heading(d, title or _title(chart), height)
    _note(d, chart, height)
    c = HorizontalBarChart()
    values = all_values if all_values is not None else [v for _, vals in series for v in vals]
    label_w = max(stringWidth(s, FONT, SIZE) for s in names) + 8
    value_w = max(stringWidth(value_text(v, chart.fmt), FONT, SIZE) for v in values) + 10
    c.x, c.y = label_w, 18 + legend_h
    c.width, c.height = max(80.0, width - label_w - value_w), plot_h
    c.data = [vals for _, vals in series]
    c.categoryAxis.categoryNames = names
    c.categoryAxis.reverseDirection = 1  # the first point at the top, as in the table below
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = FONT, SIZE
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -3
    c.valueAxis.valueMin = min(0, min(values))
    if all_values is not None:
        c.valueAxis.valueMax = max(values) if max(values) > c.valueAxis.valueMin else c.valueAxis.valueMin + 1
    _value_axis(c, chart)
    _bars(c, k, chart, spacing=6, labels="w")
    d.add(c)
    if k > 1:
        d.add(_legend(series, label_w, legend_h))
    return d


def _value_axis(c, chart: ChartData) -> None:
    """The value axis of a bar or line chart: labels in the chart's format, a light grid."""
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = FONT, SIZE - 1
    c.valueAxis.labelTextFormat = lambda v: value_text(v, chart.fmt)
    c.valueAxis.visibleGrid = 1
    c.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")


def _bars(c, k: int, chart: ChartData, *, spacing: float, labels: str | None) -> None:
    """``k`` series of bars in the palette's colours, ``spacing`` between groups; ``labels``: each
    bar's value in the chart's format past its end, ``"w"`` right of a horizontal bar, ``"s"`` above
    a vertical one (None: no values)."""
    for i in range(k):
        c.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        c.bars[i].strokeColor = None
    c.barSpacing, c.groupSpacing = 1, spacing
    if labels is not None:
        c.barLabelFormat = lambda v: value_text(v, chart.fmt)
        c.barLabels.fontName, c.barLabels.fontSize = FONT, SIZE - 1
        c.barLabels.boxAnchor = labels
        if labels == "w":
            c.barLabels.dx = 3
        else:
            c.barLabels.dy = 2


def _vertical(chart: ChartData, labels: list[str], series, width: float, line: bool) -> Drawing:
    n, k = len(labels), len(series)
    limit = 14 if n <= 8 else 10
    names = [truncate(x, limit) for x in labels]
    step = max(1, -(-int(n * LABEL_SLOT) // max(1, int(width - 60)))) if n > 8 else 1
    if step > 1:  # every point is drawn; only every step-th one is labelled so labels never overlap
        names = [name if i % step == 0 else "" for i, name in enumerate(names)]
    angle = 0 if n <= 8 else 35
    label_h = 12 if angle == 0 else max(stringWidth(s, FONT, SIZE) for s in names) * 0.6 + 8
    legend_h = 14 if k > 1 else 0
    note_h = 10 if chart.note else 0
    plot_h = 150.0
    height = plot_h + label_h + legend_h + note_h + 36
    d = Drawing(width, height)
    _heading(d, _title(chart), height)
    _note(d, chart, height)
    c = HorizontalLineChart() if line else VerticalBarChart()
    value_w = max(stringWidth(value_text(v, chart.fmt), FONT, SIZE - 1) for _, vals in series for v in vals) + 10
    c.x, c.y = value_w, label_h + legend_h + 6
    c.width, c.height = width - value_w - 10, plot_h
    c.data = [vals for _, vals in series]
    c.categoryAxis.categoryNames = names
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = FONT, SIZE
    if angle:
        c.categoryAxis.labels.angle = angle
        c.categoryAxis.labels.boxAnchor = "ne"
        c.categoryAxis.labels.dy = -2
    if not line:  # bars start at zero; a line follows its values (trends stay visible)
        c.valueAxis.valueMin = min(0, min(v for _, vals in series for v in vals))
    _value_axis(c, chart)
    if line:
        for i in range(k):
            c.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            c.lines[i].strokeWidth = 1.5
            c.lines[i].symbol = makeMarker("FilledCircle", size=3)
            c.lines[i].symbol.fillColor = PALETTE[i % len(PALETTE)]
    else:
        _bars(c, k, chart, spacing=5, labels="s" if n * k <= 12 else None)  # values above the bars while they fit
    d.add(c)
    if k > 1:
        d.add(_legend(series, value_w, legend_h))
    return d


def _pie(chart: ChartData, labels: list[str], series, width: float) -> Drawing:
    name, values = series[0]  # a pie shows one series
    pairs = [(lab, v) for lab, v in zip(labels, values, strict=False) if v and v > 0]
    total = sum(v for _, v in pairs) or 1.0
    if len(pairs) > PIE_SLICES + 1:  # the largest slices, then one "Other" slice that says what it holds
        ranked = sorted(range(len(pairs)), key=lambda i: -pairs[i][1])
        keep = sorted(ranked[:PIE_SLICES])
        rest = [pairs[i] for i in ranked[PIE_SLICES:]]
        pairs = [pairs[i] for i in keep] + [
            (translate("reports", "Other ({n})").format(n=formats.display(len(rest), "int")), sum(v for _, v in rest))]
    size = 150.0
    lg = Legend()
    lg.boxAnchor = "nw"
    lg.fontName, lg.fontSize = FONT, SIZE
    lg.alignment = "right"
    lg.dx = lg.dy = 7
    lg.deltay = 10
    lg.columnMaximum = 30
    lg.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], "{label} \u2014 {value} ({share})".format(
            label=truncate(lab, 30), value=value_text(v, chart.fmt), share=formats.display(v / total, "percent")))
        for i, (lab, v) in enumerate(pairs)]
    lg.x, lg.y = 0, 0
    x0, y0, x1, y1 = lg.getBounds()
    legend_h = y1 - y0
    body = max(size, legend_h)
    note_h = 10 if chart.note else 0
    height = body + 30 + note_h
    d = Drawing(width, height)
    _heading(d, _title(chart), height)
    _note(d, chart, height)
    p = Pie()
    p.x, p.y = 10, body - size
    p.width = p.height = size
    p.data = [v for _, v in pairs]
    p.labels = None
    p.sideLabels = 0
    p.startAngle, p.direction = 90, "clockwise"
    for i in range(len(pairs)):
        p.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        p.slices[i].strokeColor = colors.white
        p.slices[i].strokeWidth = 0.5
    d.add(p)
    lg.x, lg.y = size + 40, body
    d.add(lg)
    return d
