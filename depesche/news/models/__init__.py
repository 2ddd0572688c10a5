"""Page types of a news edition: front page, sections, stories and their tags."""

from .kinds import StoryKind
from .live_entries import LiveEntry
from .pages import EditionHomePage, InfoPage, SectionPage, StoryPage, StoryTag
from .tag_groups import TagGroup, TagInEdition

__all__ = [
    "EditionHomePage",
    "InfoPage",
    "LiveEntry",
    "SectionPage",
    "StoryKind",
    "StoryPage",
    "StoryTag",
    "TagGroup",
    "TagInEdition",
]
