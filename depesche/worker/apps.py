"""The worker: jobs that run at set intervals and tasks queued by the app."""

from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class WorkerConfig(AppConfig):
    name = "depesche.worker"
    verbose_name = _("Worker")

    def ready(self) -> None:
        # Each app registers its periodic jobs in its `jobs` module (periodic.py).
        autodiscover_modules("jobs")
