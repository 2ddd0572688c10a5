from wagtail import hooks

from .dashboard import MostReadTodayPanel


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels):
    """Show each edition's most-read stories of the day on the admin dashboard."""
    panels.append(MostReadTodayPanel())
