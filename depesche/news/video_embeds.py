"""Videos on other sites (YouTube, Vimeo, …) through Wagtail embeds, shown as a facade.

The provider is asked for the video's player once, when the editor saves the story
(`resolve_external_video`); Wagtail keeps its answer in the Embed table, and pages, feeds
and sitemaps read only that (`stored_external_videos`), so no reader waits on a provider.

A page shows the video's local poster and a play button; the third party's player (an
iframe) is inserted only when the reader presses play. The player's origin is recorded on
the request while the page renders, so the page, and only that page, admits it in its
Content-Security-Policy's frame-src (`frame_sources`).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.http import HttpRequest
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed

IFRAME_SOURCE = re.compile(r"<iframe\b[^>]*\bsrc=[\"']([^\"']+)[\"']", re.IGNORECASE)
# Players that have a host which sets no cookies until the reader plays.
PRIVATE_HOSTS = {
    "www.youtube.com": "www.youtube-nocookie.com",
    "youtube.com": "www.youtube-nocookie.com",
}
FRAME_SOURCES = "_depesche_frame_sources"


@dataclass(frozen=True)
class ExternalVideo:
    """A video on another site: where it lives, its player and who provides it."""

    url: str  # the video's own page on the other site
    embed_url: str  # the player, for an iframe
    provider: str
    title: str
    width: int | None
    height: int | None

    @property
    def origin(self) -> str:
        parts = urlsplit(self.embed_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def autoplay_url(self) -> str:
        """The player that starts at once: the reader has already pressed play."""
        return with_query(self.embed_url, autoplay="1")


def resolve_external_video(url: str) -> ExternalVideo | None:
    """The video at `url` as its provider describes it, for an editor saving it: Wagtail's
    embed finders are asked unless the Embed table already holds a current answer, and
    keep theirs there. None when no provider answers (or fails to) or its player is not an
    HTTPS iframe."""
    try:
        embed = get_embed(url)
    except EmbedException:
        return None
    return embedded_video(url, embed)


def stored_external_videos(urls: Iterable[str]) -> dict[str, ExternalVideo]:
    """{url: video} of the videos whose players were stored when they were saved, in one
    query and never asking a provider: a URL never resolved (or without a player) is left
    out, and its page shows a plain link.

    An Embed past its `cache_until` still counts: the provider's cache age says when to ask
    again, not that the video is gone, and a story must not lose its video because that
    time passed. Saving the story again asks the provider anew.
    """
    by_hash = {get_embed_hash(url): url for url in urls}
    if not by_hash:
        return {}
    embeds = Embed.objects.filter(hash__in=by_hash)
    videos = {by_hash[embed.hash]: embedded_video(by_hash[embed.hash], embed) for embed in embeds}
    return {url: video for url, video in videos.items() if video is not None}


def embedded_video(url: str, embed: Embed) -> ExternalVideo | None:
    """The video at `url` from its Embed, or None when its player is not an HTTPS iframe."""
    match = IFRAME_SOURCE.search(embed.html or "")
    if match is None:
        return None
    parts = urlsplit(unescape(match.group(1)))
    if parts.scheme not in ("https", "") or not parts.netloc:
        return None
    host = PRIVATE_HOSTS.get(parts.netloc, parts.netloc)
    embed_url = urlunsplit(("https", host, parts.path, parts.query, ""))
    return ExternalVideo(
        url=url,
        embed_url=embed_url,
        provider=embed.provider_name or host,
        title=embed.title,
        width=embed.width,
        height=embed.height,
    )


def with_query(url: str, **parameters: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query)) | parameters
    return urlunsplit(parts._replace(query=urlencode(query)))


def allow_frames(request: HttpRequest | None, origin: str) -> None:
    """Let the page being rendered for `request` frame the player at `origin`."""
    if request is not None:
        sources = getattr(request, FRAME_SOURCES, ())
        if origin not in sources:
            setattr(request, FRAME_SOURCES, (*sources, origin))


def frame_sources(request: HttpRequest) -> tuple[str, ...]:
    """The player origins the page rendered for `request` needs in its frame-src."""
    return getattr(request, FRAME_SOURCES, ())
