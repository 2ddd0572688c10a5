"""The live channel: events that open pages of an edition receive as they happen."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelConfig(AppConfig):
    name = "depesche.channel"
    verbose_name = _("Live channel")
