"""Page types of a news edition: front page, sections, stories and their tags."""

from .kinds import StoryKind
from .pages import EditionHomePage, SectionPage, StoryPage, StoryTag

__all__ = ["EditionHomePage", "SectionPage", "StoryKind", "StoryPage", "StoryTag"]
