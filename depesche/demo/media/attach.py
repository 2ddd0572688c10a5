"""Putting the built media into demo stories: lead images, video blocks, galleries.

Each built file becomes one Wagtail image or document, found again by its title on the
next run, so loading the demo twice adds nothing twice. Titles, alt texts, captions and
credits are in the story's language (content/media.toml).
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.files import File
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtailmedia.models import get_media_model

from depesche.demo import material
from depesche.news.models import StoryKind, StoryPage

from . import video
from .build import SEED_CLIP, MediaSet

if TYPE_CHECKING:
    from wagtailmedia.models import AbstractMedia


@dataclass(frozen=True)
class StoryFacts:
    """What decides a story's media: its template, place, kind and language; and whether
    it is a top story."""

    template: str
    place: str
    kind: str
    language_code: str
    top_story: bool = False


@dataclass
class Dresser:
    """Gives stories their media, making each Wagtail image or document once."""

    media: MediaSet
    images: dict[str, Image] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)

    def dress(self, story: StoryPage, facts: StoryFacts) -> None:
        """Set the lead image and add the video or gallery the story's kind asks for."""
        story.top_story = facts.top_story
        photo = self.lead_photo(facts)
        code = facts.language_code
        if photo is not None:
            story.lead_image = self.photo_image(photo, code)
            story.lead_image_alt = photo["alt"][code]
            story.lead_image_caption = photo["caption"][code]
            story.lead_image_credit = photo["credit"][code]
        else:
            words = self.media.words["maps"]
            city = place_names()[facts.place][code]
            story.lead_image = self.place_map(facts)
            story.lead_image_alt = words["alt"][code].format(city=city)
            story.lead_image_caption = words["caption"][code].format(city=city)
            story.lead_image_credit = words["credit"][code]
        blocks = []
        if facts.kind == StoryKind.VIDEO:
            clip_key = SEED_CLIP if facts.template == SEED_CLIP else facts.place
            blocks.append(self.video_block(clip_key, facts))
        elif facts.kind == StoryKind.PHOTO:
            blocks.extend(self.gallery_blocks(facts))
        if blocks:
            story.body = [*blocks, *story.body.raw_data]

    def lead_photo(self, facts: StoryFacts) -> dict | None:
        """The photo named as the template's lead, else the first of its gallery."""
        for photo in self.media.words["photos"]:
            if facts.template in photo["lead_for"]:
                return photo
        return next(iter(self.gallery_photos(facts)), None)

    def gallery_photos(self, facts: StoryFacts) -> list[dict]:
        return [
            photo
            for photo in self.media.words["photos"]
            if facts.template in photo.get("gallery_for", ())
        ]

    def place_map(self, facts: StoryFacts) -> Image:
        words = self.media.words["maps"]
        city = place_names()[facts.place][facts.language_code]
        return self.image(
            self.media.map(facts.place, facts.language_code),
            words["title"][facts.language_code].format(city=city),
            words["alt"][facts.language_code].format(city=city),
        )

    def photo_image(self, photo: dict, language_code: str) -> Image:
        return self.image(
            self.media.photo(photo["key"]),
            photo["title"][language_code],
            photo["alt"][language_code],
        )

    def image(self, path: Path, title: str, alt_text: str, name: str = "") -> Image:
        if title not in self.images:
            image = Image.objects.filter(title=title).first()
            if image is None:
                with path.open("rb") as file:
                    image = Image(title=title, description=alt_text)
                    image.file.save(name or path.name, File(file), save=False)
                    image.file_hash = hashlib.sha1(
                        path.read_bytes(), usedforsecurity=False
                    ).hexdigest()
                    image.save()
            self.images[title] = image
        return self.images[title]

    def document(self, path: Path, title: str, name: str) -> Document:
        if title not in self.documents:
            document = Document.objects.filter(title=title).first()
            if document is None:
                with path.open("rb") as file:
                    document = Document(title=title)
                    document.file.save(name, File(file), save=False)
                    document.save()
            self.documents[title] = document
        return self.documents[title]

    def video(self, clip_key: str, poster: Path) -> "AbstractMedia":
        """The clip's MP4 in the media library, with its duration, size and poster."""
        title = f"Video {clip_key}"
        Media = get_media_model()  # noqa: N806
        media = Media.objects.filter(title=title).first()
        if media is None:
            clip = self.media.clip(clip_key)
            width, height = video.FRAME_SIZE
            media = Media(
                title=title, type="video", duration=clip.duration, width=width, height=height
            )
            with clip.mp4.open("rb") as file, poster.open("rb") as thumbnail:
                media.file.save(f"{clip_key}.mp4", File(file), save=False)
                media.thumbnail.save(f"{clip_key}-poster.jpg", File(thumbnail), save=False)
                media.save()
        return media

    def video_block(self, clip_key: str, facts: StoryFacts) -> dict:
        clip = self.media.clip(clip_key)
        words = self.media.words["clips"]
        code = facts.language_code
        if clip_key == SEED_CLIP:
            caption = words["seed"]["caption"][code]
        else:
            caption = words["place"]["caption"][code].format(city=place_names()[clip_key][code])
        poster = self.image(clip.poster, f"{caption} (poster)", caption, f"{clip_key}-poster.jpg")
        return {
            "type": "video",
            "value": {
                "video": self.video(clip_key, clip.poster).pk,
                "url": "",
                "poster": poster.pk,
                "captions": self.document(
                    clip.captions[code], f"Captions {clip_key} ({code})", f"{clip_key}.{code}.vtt"
                ).pk,
                "caption": caption,
                "credit": words["credit"][code],
            },
        }

    def gallery_blocks(self, facts: StoryFacts) -> list[dict]:
        """A gallery of the photos that fit the story's template (media.toml)."""
        chosen = self.gallery_photos(facts)
        return [
            {
                "type": "gallery",
                "value": {
                    "title": "",
                    "photos": [self.figure(photo, facts.language_code) for photo in chosen],
                },
            }
        ]

    def figure(self, photo: dict, language_code: str) -> dict:
        image = self.photo_image(photo, language_code)
        return {
            "image": {
                "image": image.pk,
                "alt_text": photo["alt"][language_code],
                "decorative": False,
            },
            "caption": photo["caption"][language_code],
            "credit": photo["credit"][language_code],
        }


def place_names() -> dict[str, dict[str, str]]:
    return {place.key: dict(place.names) for place in material.load().places}
