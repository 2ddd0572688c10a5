"""Importers that bring stories in from other systems."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportersConfig(AppConfig):
    name = "depesche.importers"
    verbose_name = _("Imports")
