"""The one way templates show a photo: `{% story_picture image alt role %}`."""

from typing import TYPE_CHECKING

from django import template

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

register = template.Library()

ROLES = ("lead", "teaser", "thumb", "gallery", "poster")


@register.inclusion_tag("components/picture.html")
def story_picture(image: "AbstractImage", alt: str = "", role: str = "teaser") -> dict[str, object]:
    """A picture of `image` sized for its place on the page: the lead image, a teaser, a
    thumbnail, a gallery photo or a video poster. `alt` falls back to the image's own."""
    if role not in ROLES:
        raise template.TemplateSyntaxError(f"story_picture: unknown role {role!r}")
    return {"image": image, "alt": alt or image.default_alt_text, "role": role}
