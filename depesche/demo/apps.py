"""Demo content for the demo site and the tests."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "depesche.demo"
    verbose_name = _("Demo")
