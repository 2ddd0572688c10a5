"""A story's first video as the parts a VideoObject is made of: taken from the story's loaded
body (a story page renders it anyway), or fetched for many stories at once with a fixed
number of queries (the video sitemap: one query each for the video files, the collection
restrictions, the posters with their renditions and the stored players of videos elsewhere).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wagtail.images import get_image_model
from wagtailmedia import get_media_model

from depesche.news.addresses import public_items
from depesche.news.models import StoryPage
from depesche.news.video_embeds import ExternalVideo, stored_external_videos

if TYPE_CHECKING:
    from wagtail.blocks import StructValue
    from wagtail.images.models import AbstractImage
    from wagtailmedia.models import AbstractMedia


@dataclass(frozen=True)
class VideoParts:
    """A video block's parts, as far as machines may know them."""

    media: "AbstractMedia | None" = None  # the video file, outside private collections
    url: str = ""  # the video's page on another site, when there is no (public) file
    elsewhere: ExternalVideo | None = None  # that video's player, as stored when it was saved
    poster: "AbstractImage | None" = None
    caption: str = ""
    credit: str = ""


def first_video_parts(story: StoryPage) -> VideoParts | None:
    """The parts of the first video block of the story's body, or None."""
    value = next((block.value for block in story.body if block.block_type == "video"), None)
    if value is None:
        return None
    return video_parts(value)


def video_parts(value: "StructValue") -> VideoParts:
    """The parts of a loaded video block (the player of a video elsewhere is the one stored
    when the story was saved; no provider is asked)."""
    media = value.get("video")
    media = media if media is not None and public_items([media]) else None
    url = "" if media is not None else value.get("url") or ""
    return VideoParts(
        media=media,
        url=url,
        elsewhere=stored_external_videos([url]).get(url) if url else None,
        poster=value.get("poster"),
        caption=value.get("caption") or "",
        credit=value.get("credit") or "",
    )


def first_videos(stories: Sequence[StoryPage], poster_rendition: str) -> dict[int, VideoParts]:
    """{story id: parts of its first video block} of the stories that have one. The posters
    come with their `poster_rendition`; a video elsewhere has the player stored when its
    story was saved, if any (nothing is asked of the provider)."""
    blocks = {story.pk: block for story in stories if (block := first_video_block(story))}
    media = get_media_model().objects.filter(pk__in=ids_of(blocks.values(), "video"))
    media_by_id = {item.pk: item for item in public_items(media.select_related("collection"))}
    posters = get_image_model().objects.filter(pk__in=ids_of(blocks.values(), "poster"))
    posters_by_id = {image.pk: image for image in posters.prefetch_renditions(poster_rendition)}
    files = {pk: media_by_id.get(block.get("video")) for pk, block in blocks.items()}
    # Without a (public) file, the video on another site is the one to name.
    urls = {pk: block.get("url") or "" for pk, block in blocks.items() if files[pk] is None}
    players = stored_external_videos(url for url in urls.values() if url)
    return {
        pk: VideoParts(
            media=files[pk],
            url=urls.get(pk, ""),
            elsewhere=players.get(urls.get(pk, "")),
            poster=posters_by_id.get(block.get("poster")),
            caption=block.get("caption") or "",
            credit=block.get("credit") or "",
        )
        for pk, block in blocks.items()
    }


def first_video_block(story: StoryPage) -> dict[str, Any] | None:
    """The stored value of the first video block of the story's body (no query)."""
    blocks = story.body.raw_data
    return next((block["value"] for block in blocks if block["type"] == "video"), None)


def ids_of(blocks: Iterable[dict[str, Any]], name: str) -> set[int]:
    """The ids the blocks' `name` choosers hold."""
    return {block[name] for block in blocks if block.get(name)}
