"""Story kinds and the headline marker each kind shows to readers."""

from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import pgettext_lazy

if TYPE_CHECKING:
    from django.utils.functional import Promise


class StoryKind(models.TextChoices):
    TEXT = "text", pgettext_lazy("story kind", "Text")
    VIDEO = "video", pgettext_lazy("story kind", "Video")
    PHOTO = "photo", pgettext_lazy("story kind", "Photo")
    LIVE = "live", pgettext_lazy("story kind", "Live blog")

    @property
    def marker(self) -> "str | Promise":
        """The word shown after the headline ("VIDEO"), or an empty string for plain text."""
        return MARKERS.get(self, "")


MARKERS = {
    StoryKind.VIDEO: pgettext_lazy("headline marker", "VIDEO"),
    StoryKind.PHOTO: pgettext_lazy("headline marker", "PHOTO"),
    StoryKind.LIVE: pgettext_lazy("headline marker", "LIVE"),
}
