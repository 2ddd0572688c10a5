"""Breaking news in the Wagtail admin, and the right of an edition's editors to set it."""

from wagtail import hooks

from depesche.core.hooks import EDITION_EDITOR_PERMISSIONS

from .admin_views import BreakingAlertViewSet


@hooks.register("register_admin_viewset")
def register_breaking_news() -> BreakingAlertViewSet:
    return BreakingAlertViewSet("breaking_news")


@hooks.register(EDITION_EDITOR_PERMISSIONS)
def breaking_news_permissions() -> list[tuple[str, str]]:
    return [("breaking", f"{action}_breakingalert") for action in ("add", "change", "delete")]
