"""Breaking news: a banner on every page of an edition for as long as an editor says."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BreakingConfig(AppConfig):
    name = "depesche.breaking"
    verbose_name = _("Breaking news")

    def ready(self) -> None:
        from depesche.breaking import live

        live.connect()
