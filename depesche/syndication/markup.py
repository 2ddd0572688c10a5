"""What a page tells search engines and link previews: canonical URL, description, Open
Graph and Twitter card tags and schema.org data as JSON-LD: a NewsArticle on stories, the
edition's WebSite and the list of its leading stories on front pages.
"""

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.template import Context
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Page

from depesche.news.addresses import absolute, full_url, site_root
from depesche.news.editions import edition_links, tag_path
from depesche.news.live_blog import entries_page, is_live_blog
from depesche.news.models import EditionHomePage, SectionPage, StoryKind, StoryPage
from depesche.news.pictures import rendition_or_none

from .first_videos import VideoParts, first_video_parts

if TYPE_CHECKING:
    from django.core import paginator
    from taggit.models import Tag
    from wagtail.images.models import AbstractImage

    from depesche.news.front import FrontPage
    from depesche.news.models import LiveEntry

# (attribute, key, content) of a meta element.
MetaTag = tuple[str, str, str]

# Open Graph names locales language_TERRITORY.
OG_LOCALES = {"de": "de_DE", "en": "en_GB", "ru": "ru_RU", "az": "az_AZ"}
HEADLINE_LENGTH = 110  # what search engines show of a NewsArticle headline
LIVE_BLOG_UPDATES = 10  # a live blog's newest entries in its structured data
SHARE_IMAGE = "width-1200"
LOGO = ("img/publisher-logo.png", 600, 60)
# Characters that could end the script element or start markup inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


class ShareImage(TypedDict):
    """The large rendition of a lead image, for link previews and JSON-LD."""

    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMarkup:
    canonical: str = ""
    meta: list[MetaTag] = field(default_factory=list)
    json_ld: str = ""


def page_markup(context: Context) -> PageMarkup:
    """The markup for the page being rendered from this template context."""
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, EditionHomePage | SectionPage | StoryPage):
        return PageMarkup()
    tag = context.get("tag")
    canonical = canonical_url(request, page, tag, context.get("stories"))
    if isinstance(page, StoryPage):
        return story_markup(request, page, context, canonical)
    title = tag.name if tag is not None else (page.seo_title or page.title)
    description = page.search_description or getattr(page, "intro", "")
    if not description and isinstance(page, EditionHomePage) and tag is None:
        description = gettext(
            "The day's news from Depesche: politics, business, society, the world, culture "
            "and sport, as it happens."
        )
    markup = PageMarkup(canonical=canonical)
    markup.meta = [("name", "description", description)] if description else []
    markup.meta += open_graph("website", title, description, canonical, request, page)
    markup.meta += [("name", "twitter:card", "summary"), ("name", "twitter:title", title)]
    if description:
        markup.meta.append(("name", "twitter:description", description))
    front = context.get("front")
    if isinstance(page, EditionHomePage) and tag is None and front is not None:
        markup.json_ld = front_page_data(request, page, front, description)
    return markup


def front_page_data(
    request: HttpRequest, home: EditionHomePage, front: "FrontPage", description: str
) -> SafeString:
    """The edition as a schema.org WebSite and its leading stories (lead, top row, video
    rail, photo strip, in that order) as an ItemList, from what the page shows anyway."""
    url = full_url(request, home)
    website = {
        "@type": "WebSite",
        "@id": f"{url}#website",
        "url": url,
        "name": home.seo_title or settings.WAGTAIL_SITE_NAME,
        "description": description,
        "inLanguage": translation.get_language(),
        "publisher": publisher(request),
    }
    website = {key: value for key, value in website.items() if value}
    stories = front.listed()
    leading = {
        "@type": "ItemList",
        "url": url,
        "numberOfItems": len(stories),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": full_url(request, story)}
            for position, story in enumerate(stories, start=1)
        ],
    }
    return json_ld({"@context": "https://schema.org", "@graph": [website, leading]})


def canonical_url(
    request: HttpRequest, page: Page, tag: "Tag | None", stories: "paginator.Page | None"
) -> str:
    if page.alias_of_id:  # an alias shows its original's content: that is the canonical page
        page = page.alias_of
    url = site_root(request) + tag_path(tag.slug) if tag is not None else full_url(request, page)
    number = getattr(stories, "number", 1)
    return f"{url}?page={number}" if number > 1 else url


def open_graph(
    kind: str, title: str, description: str, url: str, request: HttpRequest, page: Page
) -> list[MetaTag]:
    language = translation.get_language()
    tags = [
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:site_name", settings.WAGTAIL_SITE_NAME),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
    ]
    if description:
        tags.append(("property", "og:description", description))
    for edition in edition_links(page, request):
        if edition.is_translation and not edition.is_current:
            code = edition.language_code
            tags.append(("property", "og:locale:alternate", OG_LOCALES.get(code, code)))
    return tags


def story_markup(
    request: HttpRequest, story: StoryPage, context: Context, canonical: str
) -> PageMarkup:
    description = story.search_description or story.summary()
    section = context.get("section")
    tags = [tag.name for tag in context.get("story_tags", [])]
    image = share_image(request, story)
    markup = PageMarkup(canonical=canonical)
    markup.meta = [("name", "description", description)]
    markup.meta += open_graph("article", story.title, description, canonical, request, story)
    published = timezone.localtime(story.first_published_at) if story.first_published_at else None
    modified = story.last_published_at or story.first_published_at
    if published is not None:
        markup.meta.append(("property", "article:published_time", published.isoformat()))
    if modified is not None:
        modified = timezone.localtime(modified)
        markup.meta.append(("property", "article:modified_time", modified.isoformat()))
    if section is not None:
        markup.meta.append(("property", "article:section", section.title))
    markup.meta += [("property", "article:tag", name) for name in tags]
    if image is not None:
        markup.meta += [
            ("property", "og:image", image["url"]),
            ("property", "og:image:width", str(image["width"])),
            ("property", "og:image:height", str(image["height"])),
            ("property", "og:image:alt", image["alt"]),
            ("name", "twitter:card", "summary_large_image"),
            ("name", "twitter:image", image["url"]),
        ]
    else:
        markup.meta.append(("name", "twitter:card", "summary"))
    markup.meta += [
        ("name", "twitter:title", story.title),
        ("name", "twitter:description", description),
    ]
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(story.title).chars(HEADLINE_LENGTH),
        "description": description,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "inLanguage": translation.get_language(),
        "datePublished": published,
        "dateModified": modified,
        "author": {"@type": "Organization", "name": story.source or settings.WAGTAIL_SITE_NAME},
        "publisher": publisher(request),
        "keywords": tags,
    }
    if section is not None:
        article["articleSection"] = section.title
    images = story_images(request, story)
    if images:
        article["image"] = images
    if story.kind == StoryKind.VIDEO:
        parts = first_video_parts(story)
        if parts is not None:
            article["video"] = video_object(request, story, description, parts, image)
    if is_live_blog(story):
        article.update(live_blog_posting(story, canonical))
    markup.json_ld = json_ld({key: value for key, value in article.items() if value})
    return markup


def live_blog_posting(story: StoryPage, canonical: str) -> dict[str, object]:
    """A live blog is also a LiveBlogPosting: its coverage times and newest entries."""
    entries, _more = entries_page(story)
    updates = [
        {
            "@type": "BlogPosting",
            "headline": Truncator(entry.headline or entry_text(entry) or story.title).chars(
                HEADLINE_LENGTH
            ),
            "url": f"{canonical}#entry-{entry.pk}",
            "datePublished": timezone.localtime(entry.created_at).isoformat(),
            "dateModified": timezone.localtime(entry.updated_at).isoformat(),
            "articleBody": entry_text(entry),
        }
        for entry in entries[:LIVE_BLOG_UPDATES]
    ]
    # Both types: a news article (what the story is) that is also a live blog posting.
    posting: dict[str, object] = {
        "@type": ["NewsArticle", "LiveBlogPosting"],
        "liveBlogUpdate": updates,
    }
    if story.first_published_at:
        posting["coverageStartTime"] = timezone.localtime(story.first_published_at).isoformat()
    if story.coverage_ended_at:
        posting["coverageEndTime"] = timezone.localtime(story.coverage_ended_at).isoformat()
    return posting


def entry_text(entry: "LiveEntry") -> str:
    """The words of an entry's text blocks and quotes, as plain text."""
    parts = []
    for block in entry.body:
        if block.block_type == "paragraph":
            parts.append(strip_tags(block.value.source))
        elif block.block_type in ("quote", "post"):
            parts.append(block.value.get("quote") or block.value.get("text") or "")
    return " ".join(" ".join(parts).split())


def share_image(request: HttpRequest, story: StoryPage) -> ShareImage | None:
    """The lead image's large rendition: absolute URL, size and alt text, or None."""
    if story.lead_image is None:
        return None
    rendition = rendition_or_none(story.lead_image, SHARE_IMAGE)
    if rendition is None:
        return None
    return {
        "url": absolute(site_root(request), rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": story.lead_image.default_alt_text or story.title,
    }


def publisher(request: HttpRequest) -> dict[str, object]:
    path, width, height = LOGO
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": site_root(request) + "/",
        "logo": {
            "@type": "ImageObject",
            "url": site_root(request) + static(path),
            "width": width,
            "height": height,
        },
    }


def image_object(
    request: HttpRequest, image: "AbstractImage", caption: str, credit: str
) -> dict[str, object] | None:
    """schema.org ImageObject of a photo's large rendition, with its caption and credit."""
    rendition = rendition_or_none(image, SHARE_IMAGE)
    if rendition is None:
        return None
    url = absolute(site_root(request), rendition.url)
    photo: dict[str, object] = {
        "@type": "ImageObject",
        "contentUrl": url,
        "url": url,
        "width": rendition.width,
        "height": rendition.height,
    }
    if caption:
        photo["caption"] = caption
    if credit:
        photo["creditText"] = credit
    return photo


def story_images(request: HttpRequest, story: StoryPage) -> list[dict[str, object]]:
    """ImageObjects of the lead image, then of the photos of the story's galleries."""
    images = []
    if story.lead_image is not None:
        caption = story.lead_image_caption or story.lead_image_alt
        images.append(image_object(request, story.lead_image, caption, story.lead_image_credit))
    for block in story.body:
        if block.block_type == "gallery":
            for photo in block.value["photos"]:
                caption = photo["caption"] or photo["image"].contextual_alt_text
                images.append(image_object(request, photo["image"], caption, photo["credit"]))
    return [image for image in images if image is not None]


def video_object(
    request: HttpRequest | None,
    story: StoryPage,
    description: str,
    parts: VideoParts,
    image: ShareImage | None = None,
) -> dict[str, object]:
    """schema.org VideoObject of a story's video from its parts."""
    video: dict[str, object] = {
        "@type": "VideoObject",
        "name": story.title,
        "description": parts.caption or description,
        "uploadDate": story.first_published_at,
    }
    if parts.media is not None:
        video["contentUrl"] = absolute(site_root(request), parts.media.file.url)
        if parts.media.duration:
            video["duration"] = iso_duration(parts.media.duration)
        if parts.media.width and parts.media.height:
            video["width"], video["height"] = parts.media.width, parts.media.height
    elif parts.url:
        video["url"] = parts.url
        if parts.elsewhere is not None:
            video["embedUrl"] = parts.elsewhere.embed_url
    thumbnail = video_thumbnail(request, parts, image)
    if thumbnail:
        video["thumbnailUrl"] = [thumbnail]
    if parts.credit:
        video["creditText"] = parts.credit
    return video


def video_thumbnail(
    request: HttpRequest | None, parts: VideoParts, image: ShareImage | None
) -> str | None:
    """The absolute URL of a video's poster, else its own thumbnail, else the lead image."""
    poster = rendition_or_none(parts.poster, SHARE_IMAGE) if parts.poster is not None else None
    if poster is not None:
        return absolute(site_root(request), poster.url)
    if parts.media is not None and parts.media.thumbnail:
        return absolute(site_root(request), parts.media.thumbnail.url)
    return image["url"] if image is not None else None


def iso_duration(seconds: float) -> str:
    """A length in seconds as an ISO 8601 duration: PT1H2M5S."""
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    text = "".join(f"{number}{unit}" for number, unit in ((hours, "H"), (minute, "M")) if number)
    return f"PT{text}{second}S" if second or not text else f"PT{text}"


def json_ld(data: dict[str, object]) -> SafeString:
    """JSON for a script element: nothing in it can close the element or open markup."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_ESCAPES))  # noqa: S308 (escaped) # nosec
