"""The read count and chart of a story in the admin."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils import formats, timezone
from wagtail.admin.panels import Panel

from .history import DAILY_SPAN_DAYS, HOURLY_SPAN, ChartBar, read_history
from .models import ReadTally

if TYPE_CHECKING:
    from laces.typing import RenderContext

# The SVG's drawing: the plot area, with room for the axis labels left of and below it.
PLOT_LEFT, PLOT_TOP, PLOT_WIDTH, PLOT_HEIGHT = 48, 8, 640, 120
VIEW_WIDTH, VIEW_HEIGHT = PLOT_LEFT + PLOT_WIDTH + 16, PLOT_TOP + PLOT_HEIGHT + 28
HOURS = int(HOURLY_SPAN.total_seconds() // 3600)
FEWEST_DAYS = 14  # a young story's daily chart still spans two weeks


@dataclass(frozen=True)
class Chart:
    """One chart's bars and axis labels in SVG units."""

    bars: list[dict[str, object]]
    x_labels: list[dict[str, object]]  # {"x": …, "text": …} under the plot
    y_labels: list[dict[str, object]]  # {"y": …, "text": …} left of the plot


def build_chart(bars: Sequence[ChartBar], *, hourly: bool) -> Chart:
    """The bars laid out over the chart's whole span (48 hours, or the days so far but at
    least two weeks), so that a young story's few bars stay narrow, with time labels in
    the editor's time zone and the reads scale on the left."""
    peak = max((bar.reads for bar in bars), default=0)  # each chart on its own scale
    slots = HOURS if hourly else min(max(len(bars), FEWEST_DAYS), DAILY_SPAN_DAYS)
    slot = PLOT_WIDTH / slots
    laid_out = []
    for index, bar in enumerate(bars):
        height = PLOT_HEIGHT * bar.reads / peak if peak else 0
        laid_out.append(
            {
                "bar": bar,
                "x": round(PLOT_LEFT + index * slot, 2),
                "width": round(max(slot - 1, 0.5), 2),
                "height": round(height, 2),
                "y": round(PLOT_TOP + PLOT_HEIGHT - height, 2),
            }
        )
    x_labels = [
        {"x": round(PLOT_LEFT + (index + 0.5) * slot, 2), "text": label(bar, hourly)}
        for index, bar in enumerate(bars)
        if labelled(index, bar, hourly, every=max(1, slots // 5))
    ]
    y_labels = [
        {
            "y": round(PLOT_TOP + PLOT_HEIGHT - (PLOT_HEIGHT * value / peak if peak else 0), 2),
            "text": formats.number_format(value, use_l10n=True, force_grouping=True),
        }
        for value in sorted({0, peak // 2, peak})
    ]
    return Chart(laid_out, x_labels, y_labels)


def labelled(index: int, bar: ChartBar, hourly: bool, *, every: int) -> bool:
    """Whether a bar gets a time label: the first, then (apart from it) every six hours of
    the editor's day, or every `every` days."""
    if not hourly:
        return index % every == 0
    return index == 0 or (index >= 4 and timezone.localtime(bar.start).hour % 6 == 0)


def label(bar: ChartBar, hourly: bool) -> str:
    """An axis label: the hour (the day instead at midnight), or the day."""
    start = timezone.localtime(bar.start)
    if hourly and (start.hour or start.minute):
        return formats.time_format(start, "H:i")
    return formats.date_format(start, "MONTH_DAY_FORMAT")


class ReadsPanel(Panel):
    """A story's read count and a chart of its reads, drawn as inline SVG (no requests)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reads/admin/reads_panel.html"

        def get_context_data(self, parent_context: "RenderContext | None" = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            page = self.instance
            history = read_history(page) if page.pk else None
            context.update(
                total=ReadTally.objects.total_for(page) if page.pk else 0,
                history=history,
                hourly=build_chart(history.hourly, hourly=True)
                if history and history.hourly
                else None,
                daily=build_chart(history.daily, hourly=False)
                if history and history.daily
                else None,
                view_width=VIEW_WIDTH,
                view_height=VIEW_HEIGHT,
                plot_left=PLOT_LEFT,
                plot_right=PLOT_LEFT + PLOT_WIDTH,
                plot_bottom=PLOT_TOP + PLOT_HEIGHT,
                label_y=PLOT_TOP + PLOT_HEIGHT + 18,
            )
            return context
