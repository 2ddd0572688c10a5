"""Importers that bring stories in from other systems."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InteropConfig(AppConfig):
    name = "depesche.interop"
    verbose_name = _("Interop")
