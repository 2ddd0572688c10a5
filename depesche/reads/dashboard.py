"""The admin dashboard's most-read panel."""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .most_read import most_read

if TYPE_CHECKING:
    from laces.typing import RenderContext


class MostReadTodayPanel(Component):
    """Dashboard panel: each edition's most-read stories of the last 24 hours."""

    name = "most_read_today"
    order = 150
    template_name = "reads/admin/most_read_panel.html"

    def get_context_data(self, parent_context: "RenderContext | None" = None) -> dict[str, Any]:
        names = dict(settings.LANGUAGES)
        editions = [
            (names.get(locale.language_code, locale.language_code), most_read(locale.pk, "day"))
            for locale in Locale.objects.order_by("pk")
        ]
        return {"editions": editions}
