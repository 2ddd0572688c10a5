"""Responsive pictures: the renditions and markup choices of each place a photo is shown.

Every role names its crops (widths of one shape), the `sizes` a browser uses to choose among
them, and whether the picture loads at once with high priority (the lead image or the first
photo of a gallery in its place, above the fold) or lazily. Each crop is rendered as AVIF,
WebP and JPEG; a role's renditions are fetched in one call to Wagtail's `get_renditions`,
which takes prefetched renditions first.
"""

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wagtail.images.models import SourceImageIOError
from wagtail.images.shortcuts import get_renditions_or_not_found

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage, AbstractRendition

logger = logging.getLogger(__name__)

# In the order a browser should try them; the last is the <img> fallback.
FORMATS = (("avif", "image/avif"), ("webp", "image/webp"), ("jpeg", "image/jpeg"))

# Crops that keep the focal point (-c75: crop up to 75 % closer to it) in 16:9.
WIDE = {width: f"fill-{width}x{width * 9 // 16}-c75" for width in (160, 320, 480, 800, 1200)}
GALLERY_CROPS = ("max-480x360", "max-800x600", "max-1200x900")


@dataclass(frozen=True)
class Role:
    crops: tuple[str, ...]  # filter specs, narrowest first
    sizes: str  # the width the picture takes on the page, for the browser's choice
    eager: bool = False  # above the fold: loads at once, with high priority


ROLES = {
    # The full column of a story page or the front page's lead story.
    "lead": Role((WIDE[480], WIDE[800], WIDE[1200]), "(min-width: 75rem) 48rem, 100vw", eager=True),
    # A third of the row on wide screens, the full width on a phone.
    "teaser": Role((WIDE[480], WIDE[800]), "(min-width: 40rem) 33vw, 100vw"),
    "thumb": Role((WIDE[160], WIDE[320]), "10rem"),
    # Whole photos (no crop) up to 1200 pixels wide, in the story's column.
    "gallery": Role(GALLERY_CROPS, "(min-width: 75rem) 48rem, 100vw"),
    # The first photo of a gallery shown in the lead image's place: the page's largest paint.
    "gallery-lead": Role(GALLERY_CROPS, "(min-width: 75rem) 48rem, 100vw", eager=True),
    "poster": Role((WIDE[480], WIDE[800], WIDE[1200]), "(min-width: 75rem) 48rem, 100vw"),
}


def role_specs(role: str) -> list[str]:
    """Every filter spec a role renders: each crop in each format."""
    return [f"{crop}|format-{name}" for name, _mime in FORMATS for crop in ROLES[role].crops]


@dataclass(frozen=True)
class Source:
    mime_type: str
    srcset: str


@dataclass(frozen=True)
class Picture:
    """What the <picture> element shows: a source per modern format and the JPEG <img>."""

    sources: list[Source]
    src: str
    srcset: str
    width: int
    height: int
    sizes: str
    eager: bool


def srcset(renditions: list["AbstractRendition"]) -> str:
    """`url 480w, …`, one entry per width (small originals give several equal renditions)."""
    by_width = {rendition.width: rendition.url for rendition in renditions}
    return ", ".join(f"{url} {width}w" for width, url in sorted(by_width.items()))


def picture(image: "AbstractImage", role: str) -> Picture:
    """The renditions of `image` for `role`, fetched (or made) all at once."""
    renditions = get_renditions_or_not_found(image, role_specs(role))
    by_format = {
        name: [renditions[spec] for spec in renditions if spec.endswith(f"format-{name}")]
        for name, _mime in FORMATS
    }
    *modern, (fallback, _mime) = FORMATS
    widest = by_format[fallback][-1]
    return Picture(
        sources=[Source(mime, srcset(by_format[name])) for name, mime in modern],
        src=widest.url,
        srcset=srcset(by_format[fallback]),
        width=widest.width,
        height=widest.height,
        sizes=ROLES[role].sizes,
        eager=ROLES[role].eager,
    )


def make_renditions(image: "AbstractImage", roles: tuple[str, ...]) -> None:
    """Render what these roles show ahead of the first reader (AVIF encoding is slow)."""
    specs = dict.fromkeys(spec for role in roles for spec in role_specs(role))
    image.get_renditions(*specs)


def rendition_or_none(image: "AbstractImage", spec: str) -> "AbstractRendition | None":
    """A rendition for machine outputs (JSON-LD, ninjs), or None when the original file is
    missing from storage: better no image there than a broken page or a placeholder URL."""
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.warning("Image %s (%s) has no file in storage", image.pk, image.file.name)
        return None
