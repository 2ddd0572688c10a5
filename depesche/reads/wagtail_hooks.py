from wagtail import hooks

from .dashboard import MostReadTodayPanel


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels):
    panels.append(MostReadTodayPanel())
