"""Template helpers for videos and photo galleries in a story's body."""

from typing import TYPE_CHECKING

from django import template
from django.template import Context
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from depesche.news.video_embeds import ExternalVideo, allow_frames, stored_external_videos

if TYPE_CHECKING:
    from wagtail.models import Page

register = template.Library()

STYLESHEET = "css/media.css"
# The script each kind of block needs: a video on another site its facade, a gallery its pager.
SCRIPTS = {"gallery": "js/gallery.js", "embed": "js/video.js"}


def body_needs(page: "Page") -> set[str]:
    """Which of "video", "embed" (a video on another site) and "gallery" the page's body has."""
    needs = set()
    for block in getattr(page, "body", ()):
        if block.block_type == "gallery":
            needs.add("gallery")
        elif block.block_type == "video":
            elsewhere = block.value.get("url") and not block.value.get("video")
            needs.add("embed" if elsewhere else "video")
    return needs


@register.simple_tag
def media_assets(page: "Page") -> SafeString:
    """The stylesheet and deferred scripts for the page's videos and galleries, if it has any."""
    needs = body_needs(page)
    if not needs:
        return SafeString("")
    stylesheet = format_html('<link rel="stylesheet" href="{}">', static(STYLESHEET))
    scripts = format_html_join(
        "",
        '<script src="{}" defer></script>',
        ((static(path),) for need, path in SCRIPTS.items() if need in needs),
    )
    return stylesheet + scripts


@register.simple_tag(takes_context=True)
def video_elsewhere(context: Context, url: str) -> ExternalVideo | None:
    """The video on another site at `url`, with the player stored when it was saved (None
    if there is none: the page links to the video instead); the page may frame the player."""
    video = stored_external_videos([url]).get(url)
    if video is not None:
        allow_frames(context.get("request"), video.origin)
    return video
