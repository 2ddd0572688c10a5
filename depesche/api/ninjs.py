"""Stories as IPTC ninjs news items, in version 3.1 and in version 2.2.

The document is built once in the 3.1 form; 2.2 names the same properties in lower case
(firstCreated → firstcreated) and knows no `rel` on associations.
"""

import datetime
import mimetypes
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import lxml.html
from django.conf import settings
from django.utils import timezone

from depesche.news.addresses import absolute, full_url, site_root, story_tag_uri
from depesche.news.models import StoryKind, StoryPage
from depesche.news.pictures import rendition_or_none

if TYPE_CHECKING:
    from rest_framework.request import Request

T = TypeVar("T")

VERSIONS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}
NEWS_TYPES = {StoryKind.TEXT: "text", StoryKind.VIDEO: "video", StoryKind.PHOTO: "picture"}
IMAGE_RENDITIONS = {"thumbnail": "fill-640x360", "large": "width-1200"}


def story_document(
    request: "Request",
    story: StoryPage,
    version: str,
    translations: Iterable[StoryPage],
    tags: Iterable[str],
) -> dict[str, Any]:
    """The ninjs document of a published story.

    `translations` are the story's published translations (pages with their locale),
    `tags` its tag names; both are fetched by the caller, for many stories at once.
    """
    code = story.locale.language_code
    body = absolute_html(site_root(request, code), str(story.body))
    document: dict[str, Any] = {
        "uri": story_tag_uri(request, story),
        "type": NEWS_TYPES.get(story.kind, "text"),
        "representationType": "full",
        "version": str(story.live_revision_id or 1),
        "firstCreated": iso(story.first_published_at),
        "versionCreated": iso(story.last_published_at or story.first_published_at),
        "contentCreated": iso(story.first_published_at),
        "pubStatus": "usable",
        "language": code,
        "copyrightHolder": settings.WAGTAIL_SITE_NAME,
        "headlines": [{"role": "main", "contentType": "text/plain", "value": story.title}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "charCount": len(lxml.html.fromstring(f"<div>{body}</div>").text_content()),
                "value": body,
            }
        ],
        "subjects": [{"name": name, "rel": "about"} for name in tags],
        "altIds": [{"role": "id", "value": str(story.pk)}],
        "renditions": [
            {"name": "web", "href": full_url(request, story, code), "contentType": "text/html"}
        ],
        "standard": {"name": "ninjs", "version": version, "schema": VERSIONS[version]},
    }
    if story.lead:
        document["descriptions"] = [
            {"role": "summary", "contentType": "text/plain", "value": story.lead}
        ]
    if story.source:
        document["infoSources"] = [{"name": story.source, "role": "source"}]
    if story.external_id:
        document["altIds"].append({"role": "external", "value": story.external_id})
    associations = []
    if story.lead_image is not None:
        associations.append(image_association(site_root(request, code), story))
    associations += [translation_association(request, translated) for translated in translations]
    if associations:
        document["associations"] = associations
    return document if version == "3.1" else as_version_2_2(document)


def image_association(root: str, story: StoryPage) -> dict[str, Any]:
    """The lead image with its renditions, alt text, caption and credit (`by`)."""
    image = story.lead_image
    renditions: list[dict[str, Any]] = [
        {
            "name": "original",
            "href": absolute(root, image.file.url),
            "contentType": mimetypes.guess_type(image.file.name)[0] or "image/jpeg",
            "width": image.width,
            "height": image.height,
        }
    ]
    for name, spec in IMAGE_RENDITIONS.items():
        rendition = rendition_or_none(image, spec)
        if rendition is None:
            continue
        renditions.append(
            {
                "name": name,
                "href": absolute(root, rendition.url),
                "contentType": mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
                "width": rendition.width,
                "height": rendition.height,
            }
        )
    if image.file_size:
        renditions[0]["sizeInBytes"] = image.file_size
    association: dict[str, Any] = {
        "name": "featureimage",
        "rel": "feature",
        "uri": f"{root}/images/{image.pk}",
        "type": "picture",
        "representationType": "partial",
        "headlines": [{"value": image.title}],
        "renditions": renditions,
    }
    descriptions = [
        {"role": role, "value": value}
        for role, value in (
            ("alt", story.lead_image_alt or image.description),
            ("caption", story.lead_image_caption),
        )
        if value
    ]
    if descriptions:
        association["descriptions"] = descriptions
    if story.lead_image_credit:
        association["by"] = story.lead_image_credit
    return association


def translation_association(request: "Request", translated: StoryPage) -> dict[str, Any]:
    code = translated.locale.language_code
    return {
        "name": f"translation-{code}",
        "rel": "translation",
        "uri": story_tag_uri(request, translated),
        "type": NEWS_TYPES.get(translated.kind, "text"),
        "representationType": "partial",
        "language": code,
        "headlines": [{"value": translated.title}],
        "renditions": [
            {
                "name": "web",
                "href": full_url(request, translated, code),
                "contentType": "text/html",
            }
        ],
    }


def as_version_2_2(value: T, in_association: bool = False) -> T:
    """The 3.1 document with 2.2's property names."""
    if isinstance(value, list):
        return [as_version_2_2(item, in_association) for item in value]
    if not isinstance(value, dict):
        return value
    converted = {}
    for key, item in value.items():
        if in_association and key == "rel":
            continue
        converted[key.lower()] = as_version_2_2(item, key == "associations")
    return converted


def absolute_html(root: str, html: str) -> str:
    """The body's HTML with links and image sources made absolute for other sites."""
    if not html.strip():
        return ""
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    fragment.make_links_absolute(root + "/")
    inner = "".join(lxml.html.tostring(child, encoding="unicode") for child in fragment)
    return (fragment.text or "") + inner


def iso(moment: datetime.datetime | None) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None
