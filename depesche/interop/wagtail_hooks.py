"""The Imports screen in the Wagtail admin."""

from wagtail import hooks

from .admin_views import ImportRunViewSet


@hooks.register("register_admin_viewset")
def register_import_runs():
    return ImportRunViewSet("import_runs")
