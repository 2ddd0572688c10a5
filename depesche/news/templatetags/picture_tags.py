"""The one way templates show a photo: `{% story_picture image alt role %}`."""

from typing import TYPE_CHECKING

from django import template

from depesche.news.pictures import ROLES, picture

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

register = template.Library()


@register.inclusion_tag("components/picture.html")
def story_picture(image: "AbstractImage", alt: str = "", role: str = "teaser") -> dict[str, object]:
    """A <picture> of `image` sized for its place on the page: the lead image, a teaser, a
    thumbnail, a gallery photo or a video poster, in AVIF, WebP and JPEG.

    `alt` falls back to the image's description; never to its title, which is usually the
    file name (an empty alt then marks the photo as adding nothing to the text beside it).
    """
    if role not in ROLES:
        raise template.TemplateSyntaxError(f"story_picture: unknown role {role!r}")
    return {
        "picture": picture(image, role),
        "alt": alt or getattr(image, "description", ""),
        "role": role,
    }
