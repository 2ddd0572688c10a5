"""Stories for machines: the ninjs API and Wagtail's API v2."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "depesche.api"
    verbose_name = _("APIs")
