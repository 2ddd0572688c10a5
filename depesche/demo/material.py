"""The demo's written material, read from the TOML files in content/.

`editions.toml` names the editions and their sections, `places.toml` the places stories
happen in, `tags.toml` the tags, `stories/<section>.toml` the story templates of each
section, and `media.toml` the photos, each naming the templates whose gallery it fits: a
template with a gallery is told as a photo story. A template tells one story in every
edition's language, so the stories made from it are translations of each other. Its texts
are filled with str.format and three slots: {city} (the place's name), {city_in} (the
place as a location: "in Baku", "в Баку", "Bakıda") and {n} (a number from 2 to 60);
every sentence stays grammatical for any of them.
"""

import dataclasses
import functools
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent / "content"
SLOTS = frozenset({"city", "city_in", "n"})
NUMBERS = range(2, 61)
GALLERY_MIN = 3  # photos in a photo story's gallery, at least
TEMPLATE_FIELDS = ("key", "tags", "every_edition")  # a template's keys besides its languages


class MaterialError(ValueError):
    """A content file is incomplete or names something that does not exist."""


@dataclass(frozen=True)
class Text:
    """A story in one language."""

    headline: str
    lead: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    """A place: its key, name and "in <place>" phrase per language, position and country."""

    key: str
    names: Mapping[str, str]
    locations: Mapping[str, str]
    latitude: float
    longitude: float
    country: str  # ISO 3166 alpha-3


@dataclass(frozen=True)
class Template:
    """One story, told in every language, with the keys of the tags that fit it and of the
    photos its gallery shows (none for a story told without a gallery). A template marked
    `every_edition` is told in every edition, however few stories the demo is asked for."""

    key: str
    section: str
    tags: tuple[str, ...]
    texts: Mapping[str, Text]
    gallery: tuple[str, ...] = ()
    every_edition: bool = False

    def fill(self, language_code: str, place: Place, number: int) -> Text:
        """The story in one language, happening at `place`, with `number` for {n}."""
        slots = {
            "city": place.names[language_code],
            "city_in": place.locations[language_code],
            "n": number,
        }
        text = self.texts[language_code]
        return Text(
            headline=text.headline.format(**slots),
            lead=text.lead.format(**slots),
            paragraphs=tuple(paragraph.format(**slots) for paragraph in text.paragraphs),
        )


@dataclass(frozen=True)
class Material:
    """Everything the demo writes: editions, sections, places, tags and story templates."""

    edition_titles: Mapping[str, str]
    sections: Mapping[str, Mapping[str, tuple[str, str]]]  # key -> language -> (title, slug)
    places: tuple[Place, ...]
    tags: Mapping[str, Mapping[str, str]]  # key -> language -> name
    templates: tuple[Template, ...]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.edition_titles)

    def tag_names(self, template: Template, language_code: str) -> tuple[str, ...]:
        """The names of the template's tags in one edition."""
        return tuple(self.tags[key][language_code] for key in template.tags)


@functools.cache
def load(content_dir: Path = CONTENT_DIR) -> Material:
    """Read and check the content files; raises MaterialError naming the file at fault."""
    editions = read(content_dir / "editions.toml")
    languages = tuple(editions["editions"])
    sections = {
        key: {code: (titles[code]["title"], titles[code]["slug"]) for code in languages}
        for key, titles in editions["sections"].items()
    }
    places = tuple(
        Place(
            key=place["key"],
            names={code: place[code]["name"] for code in languages},
            locations={code: place[code]["in"] for code in languages},
            latitude=place["latitude"],
            longitude=place["longitude"],
            country=place["country"],
        )
        for place in read(content_dir / "places.toml")["places"]
    )
    tags = read(content_dir / "tags.toml")["tags"]
    photos = read(content_dir / "media.toml")["photos"]
    templates = tuple(
        dataclasses.replace(
            template,
            gallery=tuple(
                photo["key"] for photo in photos if template.key in photo.get("gallery_for", ())
            ),
        )
        for section in sections
        for template in read_templates(content_dir / "stories" / f"{section}.toml", section)
    )
    check_galleries(photos, templates, content_dir)
    material = Material(editions["editions"], sections, places, tags, templates)
    check(material, content_dir)
    return material


def read(path: Path) -> dict:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise MaterialError(f"{path}: {error}") from error


def read_templates(path: Path, section: str) -> list[Template]:
    return [
        Template(
            key=story["key"],
            section=section,
            tags=tuple(story["tags"]),
            texts={
                code: Text(text["headline"], text["lead"], tuple(text["paragraphs"]))
                for code, text in story.items()
                if code not in TEMPLATE_FIELDS
            },
            every_edition=story.get("every_edition", False),
        )
        for story in read(path)["stories"]
    ]


def check(material: Material, content_dir: Path) -> None:
    """Every template complete in every language, with known tags and slots, keys unique."""
    seen = set()
    for template in material.templates:
        where = f"{content_dir / 'stories' / template.section}.toml, story {template.key!r}"
        if template.key in seen:
            raise MaterialError(f"{where}: another story has this key; give it one of its own.")
        seen.add(template.key)
        if set(template.texts) != set(material.languages):
            raise MaterialError(f"{where}: write it in exactly {', '.join(material.languages)}.")
        unknown = [key for key in template.tags if key not in material.tags]
        if unknown or not template.tags:
            raise MaterialError(f"{where}: list one or more tags from tags.toml, not {unknown}.")
        for code, text in template.texts.items():
            slots = {
                name
                for part in (text.headline, text.lead, *text.paragraphs)
                for _literal, name, _spec, _conversion in string.Formatter().parse(part)
                if name is not None
            }
            if not slots <= SLOTS:
                raise MaterialError(f"{where} ({code}): unknown slots {sorted(slots - SLOTS)}.")


def check_galleries(photos: list[dict], templates: tuple[Template, ...], content_dir: Path) -> None:
    """Every photo's `gallery_for` names templates, and every gallery holds enough photos."""
    keys = {template.key for template in templates}
    for photo in photos:
        unknown = sorted(set(photo.get("gallery_for", ())) - keys)
        if unknown:
            raise MaterialError(
                f"{content_dir / 'media.toml'}, photo {photo['key']!r}: no story {unknown}."
            )
    for template in templates:
        if 0 < len(template.gallery) < GALLERY_MIN:
            raise MaterialError(
                f"{content_dir / 'media.toml'}: story {template.key!r} has "
                f"{len(template.gallery)} photos; a gallery needs {GALLERY_MIN} or more."
            )
