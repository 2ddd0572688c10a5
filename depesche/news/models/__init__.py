"""Page types of a news edition: front page, sections, stories and their tags."""

from .kinds import StoryKind
from .pages import EditionHomePage, InfoPage, SectionPage, StoryPage, StoryTag

__all__ = ["EditionHomePage", "InfoPage", "SectionPage", "StoryKind", "StoryPage", "StoryTag"]
