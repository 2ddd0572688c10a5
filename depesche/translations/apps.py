"""The translation desk: which editions have each story, and which translations are stale."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "depesche.translations"
    verbose_name = _("Translation desk")

    def ready(self) -> None:
        from . import signals

        signals.connect()
