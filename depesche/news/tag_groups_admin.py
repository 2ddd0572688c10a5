"""Tags across editions in the admin: a snippet listing, searchable by topic."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TagGroup


class TagGroupViewSet(SnippetViewSet):
    model = TagGroup
    icon = "tag"
    menu_label = _("Tags across editions")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name"]
    search_fields = ["name"]
