"""The read count and chart of a story in the admin."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wagtail.admin.panels import Panel

from .history import ChartBar, read_history
from .models import ReadTally

if TYPE_CHECKING:
    from laces.typing import RenderContext

CHART_WIDTH = 640
CHART_HEIGHT = 120


def chart_bars(bars: Sequence[ChartBar], peak: int) -> list[dict[str, object]]:
    """Bars with their SVG geometry, scaled to the highest bar of the story's history."""
    if not bars:
        return []
    width = CHART_WIDTH / len(bars)
    return [
        {
            "bar": bar,
            "x": round(index * width, 2),
            "width": round(max(width - 1, 0.5), 2),
            "height": round(CHART_HEIGHT * bar.reads / peak, 2) if peak else 0,
            "y": round(CHART_HEIGHT - (CHART_HEIGHT * bar.reads / peak if peak else 0), 2),
        }
        for index, bar in enumerate(bars)
    ]


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
                hourly=chart_bars(history.hourly, history.peak) if history else [],
                daily=chart_bars(history.daily, history.peak) if history else [],
                chart_width=CHART_WIDTH,
                chart_height=CHART_HEIGHT,
            )
            return context
