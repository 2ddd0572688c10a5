"""Read counts of stories."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadsConfig(AppConfig):
    name = "depesche.reads"
    verbose_name = _("Reads")

    def ready(self):
        from depesche.news.signals import read_count_imported

        read_count_imported.connect(raise_read_count, dispatch_uid="reads-imported-count")


def raise_read_count(story, reads, **kwargs):
    """An imported story's count becomes at least what its source counted."""
    from .models import ReadTally

    ReadTally.objects.raise_to(story, reads)
