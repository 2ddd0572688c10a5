"""A machine's draft of a translation: the source's words translated into a new revision."""

import copy

import nh3

from depesche.news.models import StoryPage

from .machine import MachineTranslator

HEAD_FIELDS = ("title", "lead", "lead_image_caption", "lead_image_alt")
CAPTIONED = ("image", "video")
# What a body paragraph may hold (Wagtail's stored rich text: links to pages carry linktype
# and id); whatever else a translation server sends back is dropped.
PARAGRAPH_TAGS = {"p", "br", "b", "i", "a", "ul", "ol", "li"}
PARAGRAPH_ATTRIBUTES = {"a": {"href", "linktype", "id"}}


def machine_draft(
    translator: MachineTranslator, source: StoryPage, translation: StoryPage
) -> StoryPage:
    """`translation` as its latest draft, with the source's headline, lead, lead image texts
    and body translated; images, videos and credits stay as in the source. Nothing is saved:
    the caller saves it as a revision."""
    body = copy.deepcopy(list(source.body.raw_data))
    head = {name: getattr(source, name) for name in HEAD_FIELDS}
    texts, htmls = Slots(), Slots()
    for name in HEAD_FIELDS:
        texts.add(head, name)
    for block in body:
        collect(block, texts, htmls)
    languages = (source.locale.language_code, translation.locale.language_code)
    texts.fill(translator.translate(texts.originals, *languages, html=False))
    htmls.fill(
        [
            clean_paragraph(html)
            for html in translator.translate(htmls.originals, *languages, html=True)
        ]
    )
    draft = translation.get_latest_revision_as_object()
    for name in HEAD_FIELDS:
        setattr(draft, name, head[name])
    draft.body = StoryPage._meta.get_field("body").stream_block.to_python(body)
    return draft


class Slots:
    """Texts to translate, each with the place its translation goes."""

    def __init__(self) -> None:
        self.originals: list[str] = []
        self.places: list[tuple[dict, str]] = []

    def add(self, container: dict, key: str) -> None:
        """Translate `container[key]`, unless it is empty."""
        if container.get(key):
            self.originals.append(container[key])
            self.places.append((container, key))

    def fill(self, translated: list[str]) -> None:
        for (container, key), text in zip(self.places, translated, strict=True):
            container[key] = text


def collect(block: dict, texts: Slots, htmls: Slots) -> None:
    """Put the translatable words of one body block (raw stream data) into the slots."""
    kind, value = block["type"], block["value"]
    if kind == "paragraph":
        htmls.add(block, "value")
    elif kind == "heading":
        texts.add(block, "value")
    elif kind == "quote":
        texts.add(value, "quote")
    elif kind in CAPTIONED:
        texts.add(value, "caption")
    elif kind == "gallery":
        texts.add(value, "title")
        for photo in value["photos"]:
            texts.add(photo.get("value", photo), "caption")


def clean_paragraph(html: str) -> str:
    """A translated paragraph reduced to what a paragraph may hold: a machine's answer is
    foreign HTML."""
    return nh3.clean(
        html,
        tags=PARAGRAPH_TAGS,
        attributes=PARAGRAPH_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )
