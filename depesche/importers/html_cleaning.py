"""Imported HTML turned into story body blocks, with nothing executable left.

Foreign HTML (WordPress posts, feed entries, article pages) is sanitised with nh3 against
an allow-list, then split into the blocks a story body is made of: paragraphs and lists
become rich-text paragraphs, h2–h6 headings, blockquotes quotes. Images are not kept
inline; their addresses are returned so the importer can fetch them.
"""

import re
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any

import lxml.html
import nh3

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li",
    "h2", "h3", "h4", "h5", "h6", "blockquote", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
URL_SCHEMES = {"http", "https", "mailto"}
# WordPress's block editor leaves <!-- wp:… --> comments; shortcodes look like [name …].
SHORTCODE_WITH_CONTENT = re.compile(
    r"\[(caption|embed|audio|video)\b[^\]]*\](.*?)\[/\1\]", re.DOTALL | re.IGNORECASE
)
SHORTCODE = re.compile(r"\[/?[a-zA-Z_][\w-]*(?:\s[^\[\]]*)?\]")
BLOCK_LEVEL = re.compile(r"<(p|ul|ol|h[1-6]|blockquote|div|figure|table)\b", re.IGNORECASE)
INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i"}


@dataclass
class CleanBody:
    blocks: list[dict[str, Any]] = field(default_factory=list)  # StreamField data
    image_urls: list[str] = field(default_factory=list)


def clean_html(html: str) -> str:
    """Foreign HTML reduced to the allow-list; scripts, styles and event handlers go."""
    without_shortcodes = SHORTCODE.sub("", SHORTCODE_WITH_CONTENT.sub(r"\2", html))
    return nh3.clean(
        paragraphs_from_lines(without_shortcodes),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
    )


def plain_text(html: str) -> str:
    """The text of foreign HTML on one line: tags dropped, scripts and styles with their
    content, entities decoded."""
    return " ".join(unescape(nh3.clean(html, tags=set())).split())


def paragraphs_from_lines(html: str) -> str:
    """WordPress stores paragraphs as blank-line-separated text; give them <p> elements."""
    if BLOCK_LEVEL.search(html):
        return html
    parts = [part.strip() for part in re.split(r"\n\s*\n", html) if part.strip()]
    return "".join(f"<p>{part}</p>" for part in parts)


def body_blocks(html: str) -> CleanBody:
    """The story body for `html`, and the images it showed."""
    result = CleanBody()
    cleaned = clean_html(html)
    if not cleaned.strip():
        return result
    container = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    result.image_urls = [src for src in container.xpath(".//img/@src") if src]
    for image in container.xpath(".//img"):
        image.drop_tree()
    loose = []  # text and inline elements between blocks
    if container.text and container.text.strip():
        loose.append(escape(container.text.strip()))
    for element in container:
        tail = element.tail
        element.tail = None
        tag = element.tag
        if tag in ("p", "ul", "ol"):
            flush_paragraph(result, loose)
            add_paragraph(result, rich_text(element))
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            flush_paragraph(result, loose)
            text = element.text_content().strip()
            if text:
                result.blocks.append({"type": "heading", "value": text})
        elif tag == "blockquote":
            flush_paragraph(result, loose)
            text = element.text_content().strip()
            if text:
                result.blocks.append({"type": "quote", "value": {"quote": text}})
        else:
            loose.append(rich_text(element))
        if tail and tail.strip():
            loose.append(escape(tail.strip()))
    flush_paragraph(result, loose)
    return result


def flush_paragraph(result: CleanBody, loose: list[str]) -> None:
    if loose:
        add_paragraph(result, "<p>" + " ".join(loose) + "</p>")
        loose.clear()


def add_paragraph(result: CleanBody, html: str) -> None:
    if lxml.html.fragment_fromstring(html, create_parent="div").text_content().strip():
        result.blocks.append({"type": "paragraph", "value": html})


def rich_text(element: lxml.html.HtmlElement) -> str:
    """An element in Wagtail's rich-text form: <b> and <i>, links with their href only."""
    for node in element.iter():
        if node.tag in INLINE:
            node.tag = INLINE[node.tag]
    return lxml.html.tostring(element, encoding="unicode")
