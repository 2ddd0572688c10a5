"""The Imports menu in the Wagtail admin: import runs and subscriptions."""

from wagtail import hooks

from .admin_views import ImportsGroup


@hooks.register("register_admin_viewset")
def register_imports() -> ImportsGroup:
    return ImportsGroup()
