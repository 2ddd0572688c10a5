"""Read counts of stories."""

from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from depesche.news.models import StoryPage


class ReadsConfig(AppConfig):
    name = "depesche.reads"
    verbose_name = _("Reads")

    def ready(self) -> None:
        from depesche.news.signals import read_count_imported

        read_count_imported.connect(raise_read_count, dispatch_uid="reads-imported-count")


def raise_read_count(story: "StoryPage", reads: int, **kwargs) -> None:
    """An imported story's count becomes at least what its source counted."""
    from .models import ReadTally

    ReadTally.objects.raise_to(story, reads)
