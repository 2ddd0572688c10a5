"""The story editor's "Source" tab: for a translation, its source beside it."""

from typing import TYPE_CHECKING, Any

from wagtail.admin.panels import Panel

from .comparison import side_by_side
from .models import TranslationRecord

if TYPE_CHECKING:
    from laces.typing import RenderContext


class SourcePanel(Panel):
    """Shown only on translations: the source's passages, those changed since marked."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "translations/source_panel.html"

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            page = self.instance
            self.record = (
                TranslationRecord.objects.select_related("source", "source_revision")
                .filter(page_id=page.pk)
                .first()
                if page.pk
                else None
            )

        def is_shown(self) -> bool:
            return self.record is not None

        def get_context_data(self, parent_context: "RenderContext | None" = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            context.update(
                record=self.record,
                translation=self.instance,
                comparison=side_by_side(self.record, self.instance),
            )
            return context
