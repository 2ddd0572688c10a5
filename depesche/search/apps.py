"""Search of each edition's stories in the edition's language."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "depesche.search"
    verbose_name = _("Search")
