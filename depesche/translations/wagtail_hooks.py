from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import URLPattern, include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList

from depesche.news.panels import STORY_EDIT_TABS_HOOK

from . import urls
from .panels import SourcePanel
from .views import may_use_the_desk


@hooks.register("register_admin_urls")
def translation_desk_urls() -> list[URLPattern]:
    return [path("translations/", include(urls))]


class DeskMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return may_use_the_desk(request.user)


@hooks.register("register_admin_menu_item")
def translation_desk_menu_item() -> MenuItem:
    """The translation desk: every story's editions, stale translations first."""
    return DeskMenuItem(
        _("Translation desk"), reverse("translations_desk"), icon_name="globe", order=250
    )


@hooks.register(STORY_EDIT_TABS_HOOK)
def source_tab() -> ObjectList:
    """A "Source" tab in the editor of a translated story."""
    return ObjectList([SourcePanel()], heading=_("Source"))


@hooks.register("insert_global_admin_css")
def translations_admin_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("translations/admin.css"))
