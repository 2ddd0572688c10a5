"""Read counts of stories."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadsConfig(AppConfig):
    name = "depesche.reads"
    verbose_name = _("Reads")
