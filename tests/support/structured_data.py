"""A small checker of schema.org JSON-LD: the properties each type must and should carry.

The lists are data, after schema.org's types and the properties search engines read for
news (Google's Article, Video and Image metadata guidelines). A property given as a tuple
is satisfied by any one of its names.
"""

import datetime
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml import html

REQUIRED = {
    "NewsArticle": (
        "headline",
        "description",
        "datePublished",
        "dateModified",
        "author",
        "publisher",
        "mainEntityOfPage",
        "inLanguage",
    ),
    "VideoObject": (
        "name",
        "description",
        "thumbnailUrl",
        "uploadDate",
        "duration",
        ("contentUrl", "embedUrl"),
    ),
    "ImageObject": (("contentUrl", "url"), "caption", ("creditText", "copyrightNotice")),
    "logo": (("contentUrl", "url"),),  # an ImageObject that is a publisher's logo
    "WebSite": ("name", "url", "inLanguage", "publisher"),
    "ItemList": ("itemListElement",),
    "ListItem": ("position", "url"),
}
RECOMMENDED = {
    "NewsArticle": ("image",),
}
PUBLISHER_TYPES = {"Organization", "NewsMediaOrganization"}
AUTHOR_TYPES = {"Person", "Organization", "NewsMediaOrganization"}
URL_PROPERTIES = {"url", "contentUrl", "embedUrl", "thumbnailUrl", "mainEntityOfPage", "image"}
DATE_PROPERTIES = {"datePublished", "dateModified", "uploadDate"}
HEADLINE_LENGTH = 110  # what search engines show of a headline
ISO_DURATION = re.compile(r"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def blocks(page: bytes) -> list[dict]:
    """Every JSON-LD block of an HTML page, parsed (invalid JSON raises)."""
    tree = html.fromstring(page)
    return [json.loads(s.text) for s in tree.xpath("//script[@type='application/ld+json']")]


def nodes(data: object, role: str = "") -> Iterator[tuple[str, dict]]:
    """Every typed object in a JSON-LD block with the role it plays: its type, or "logo"."""
    if isinstance(data, list):
        for item in data:
            yield from nodes(item, role)
    elif isinstance(data, dict):
        if "@type" in data:
            yield (role or types_of(data)[0]), data
        for key, value in data.items():
            yield from nodes(value, "logo" if key == "logo" else "")


def types_of(node: dict) -> list[str]:
    kind = node["@type"]
    return kind if isinstance(kind, list) else [kind]


def of_type(page_blocks: list[dict], kind: str) -> list[dict]:
    return [node for role, node in nodes(page_blocks) if role == kind]


def missing(node: dict, properties: tuple) -> list[str]:
    """The properties (or groups of alternatives) that `node` lacks or leaves empty."""
    gaps = []
    for wanted in properties:
        names = wanted if isinstance(wanted, tuple) else (wanted,)
        if not any(node.get(name) not in (None, "", [], {}) for name in names):
            gaps.append(" or ".join(names))
    return gaps


def problems(page_blocks: list[dict], *, recommended: bool = False) -> list[str]:
    """What is missing or malformed in the blocks' NewsArticle, VideoObject and ImageObject
    nodes (and the publisher's logo); with `recommended`, the recommended properties too."""
    found = []
    for role, node in nodes(page_blocks):
        wanted = REQUIRED.get(role, ())
        if recommended:
            wanted += RECOMMENDED.get(role, ())
        found += [f"{role}: no {name}" for name in missing(node, wanted)]
        found += [f"{role}: {problem}" for problem in malformed(node)]
    return found


def malformed(node: dict) -> list[str]:
    """Values of a known property that are not what schema.org and search engines expect."""
    found = []
    for name in DATE_PROPERTIES & node.keys():
        if not is_zoned_datetime(node[name]):
            found.append(f"{name} {node[name]!r} is not an ISO 8601 date-time with a zone")
    for name in URL_PROPERTIES & node.keys():
        for url in urls_in(node[name]):
            if not is_absolute_url(url):
                found.append(f"{name} {url!r} is not an absolute http(s) URL")
    if "duration" in node and not ISO_DURATION.match(str(node["duration"])):
        found.append(f"duration {node['duration']!r} is not an ISO 8601 duration")
    if len(str(node.get("headline", ""))) > HEADLINE_LENGTH:
        found.append(f"headline longer than {HEADLINE_LENGTH} characters")
    for person in as_list(node.get("author")):
        if not isinstance(person, dict) or not set(types_of(person)) & AUTHOR_TYPES:
            found.append(f"author {person!r} is not a Person or Organization")
        elif not person.get("name"):
            found.append("author without a name")
    if "publisher" in node:
        publisher = node["publisher"]
        if not isinstance(publisher, dict) or not set(types_of(publisher)) & PUBLISHER_TYPES:
            found.append(f"publisher {publisher!r} is not an Organization")
        elif not publisher.get("name") or not publisher.get("logo"):
            found.append("publisher without a name or logo")
    return found


def as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def urls_in(value: object) -> list[str]:
    """URLs given as a string, a list, or objects with url, contentUrl or @id."""
    urls = []
    for item in as_list(value):
        if isinstance(item, dict):
            urls += [item[key] for key in ("url", "contentUrl", "@id") if key in item]
        else:
            urls.append(item)
    return urls


def is_absolute_url(url: object) -> bool:
    parts = urlsplit(str(url))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_zoned_datetime(value: object) -> bool:
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return False
    return moment.tzinfo is not None
