"""The story editor's tabs, open to tabs that other apps add through a Wagtail hook."""

from wagtail import hooks
from wagtail.admin.panels import TabbedInterface

# A hook whose functions each return a panel (an ObjectList with a heading) to show as one
# more tab of the story editor; the reads app adds its "Reads" tab this way.
STORY_EDIT_TABS_HOOK = "register_story_edit_tabs"


class StoryTabs(TabbedInterface):
    """The editor's own tabs, then one tab for each `register_story_edit_tabs` hook."""

    def on_model_bound(self) -> None:
        added = [make_tab() for make_tab in hooks.get_hooks(STORY_EDIT_TABS_HOOK)]
        self.children = [*self.children, *added]
        super().on_model_bound()
