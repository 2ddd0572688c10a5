"""Backups: `manage.py backup_site DEST` and `manage.py restore_site SOURCE`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    name = "depesche.backups"
    verbose_name = _("Backups")
