"""The newsticker: latest headlines of an edition."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TickerConfig(AppConfig):
    name = "depesche.ticker"
    verbose_name = _("Ticker")

    def ready(self) -> None:
        from depesche.ticker import live

        live.connect()
