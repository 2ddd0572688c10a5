"""The demo media, built once into a cache and reused.

Everything is made from the pinned source artefacts (sources.py) and the words in
content/media.toml: a locator map per place and language, the photos as JPEG, the seed
story's clip and a clip per place that a video story needs, rendered CLIP_WORKERS at a
time. The cache folder is named by
the recipe: RECIPE_VERSION and the digest of every input file, so a change to any of them
builds anew; each file is written under a temporary name and renamed when complete, so an
interrupted build leaves nothing that looks finished.
"""

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from PIL import Image, UnidentifiedImageError

from depesche.demo import material

from . import maps, sources, video
from .errors import MediaError

RECIPE_VERSION = 2
WORDS = material.CONTENT_DIR / "media.toml"
NATURAL_EARTH = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SHAPE_FILES = tuple(f"{NATURAL_EARTH}.{suffix}" for suffix in ("shp", "shx", "dbf", "cpg"))
SEED_CLIP = "seed"
SEED_MAP_VIEW = maps.View(47.5, 39.0, 36.0)  # Belarus and Azerbaijan on one map
SEED_COUNTRIES = ("AZE", "BLR")
PHOTO_QUALITY = 85
CLIP_WORKERS = 2  # ffmpeg runs mostly on one core; two at a time keep two cores busy
Countries = Callable[[], tuple[maps.Country, ...]]  # read on first use


@dataclass(frozen=True)
class MediaSet:
    """The built media in the cache, and the words that describe them."""

    root: Path
    words: Mapping

    def map(self, place: str, language_code: str) -> Path:
        return self.root / "maps" / f"{place}.{language_code}.png"

    def photo(self, key: str) -> Path:
        return self.root / "photos" / f"{key}.jpg"

    def clip(self, key: str) -> video.Clip:
        folder = self.root / "clips" / key
        facts = json.loads((folder / "clip.json").read_text())
        return video.Clip(
            mp4=folder / "clip.mp4",
            poster=folder / "clip.jpg",
            captions={code: folder / f"clip.{code}.vtt" for code in facts["languages"]},
            duration=facts["duration"],
        )


def cache_root() -> Path:
    return Path(settings.DEPESCHE_DEMO_MEDIA_DIR)


def recipe_key() -> str:
    digest = hashlib.sha256(f"recipe {RECIPE_VERSION}\n".encode())
    for path in (material.CONTENT_DIR / "places.toml", WORDS, sources.REQUIREMENTS):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def build(clip_places: Iterable[str] = (), cache: Path | None = None) -> MediaSet:
    """Build what is not in the cache yet; raises MediaError saying what is missing."""
    cache = cache or cache_root()
    media = MediaSet(cache / f"recipe-{recipe_key()}", material.read(WORDS))
    places = {place.key: place for place in material.load().places}
    unknown = set(clip_places) - set(places)
    if unknown:
        raise MediaError(f"No place called {sorted(unknown)} in places.toml.")
    source_dir = sources.fetch(
        {
            "geopandas": SHAPE_FILES,
            "scikit_image": [photo["file"] for photo in media.words["photos"]],
        },
        cache,
    )
    countries = functools.cache(lambda: maps.read_countries(source_dir / SHAPE_FILES[0]))
    for place in places.values():
        build_maps(media, place, countries)
    for photo in media.words["photos"]:
        build_photo(media.photo(photo["key"]), source_dir / photo["file"])
    with ThreadPoolExecutor(max_workers=CLIP_WORKERS) as pool:
        jobs = [pool.submit(build_seed_clip, media, countries)]
        jobs += [
            pool.submit(build_place_clip, media, places[key]) for key in sorted(set(clip_places))
        ]
        for job in jobs:
            job.result()
    return media


def build_maps(media: MediaSet, place: material.Place, countries: Countries) -> None:
    wanted = {code: media.map(place.key, code) for code in place.names}
    if all(path.exists() for path in wanted.values()):
        return
    view = maps.View(place.latitude, place.longitude, maps.span_for(countries(), place.country))
    dot = maps.Marker(place.latitude, place.longitude, "")
    base = maps.base(countries(), view, [place.country], [dot])
    for code, path in wanted.items():
        image = base.copy()
        maps.label(image, view, maps.Marker(place.latitude, place.longitude, place.names[code]))
        save(image.quantize(128, method=Image.Quantize.FASTOCTREE), path)


def build_photo(path: Path, source: Path) -> None:
    if path.exists():
        return
    try:
        with Image.open(source) as original:
            save(original.convert("RGB"), path, quality=PHOTO_QUALITY)
    except (OSError, UnidentifiedImageError) as error:
        raise MediaError(f"Cannot read the photo {source}: {error}") from error


def save(image: Image.Image, path: Path, **options: object) -> None:
    """Write an image under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=path.suffix)
    os.close(handle)
    image.save(temporary, **options)
    Path(temporary).chmod(0o644)
    Path(temporary).replace(path)


def build_seed_clip(media: MediaSet, countries: Countries) -> None:
    words = media.words["clips"]["seed"]

    def shots(work: Path) -> list[video.Shot]:
        baku = next(place for place in material.load().places if place.key == "baku")
        route = maps.render(
            countries(),
            SEED_MAP_VIEW,
            SEED_COUNTRIES,
            [
                maps.Marker(baku.latitude, baku.longitude, "Baku"),
                maps.Marker(53.9045, 27.5615, "Minsk"),
            ],
        )
        route.save(work / "route.png")
        return [
            video.Shot(video.title_card(words["title"], work / "title.png"), 3.5, "push"),
            video.Shot(media.map("baku", "en"), 5.0, "push"),
            video.Shot(work / "route.png", 5.0, "drift"),
        ]

    build_clip(media, SEED_CLIP, shots, words["cues"])


def build_place_clip(media: MediaSet, place: material.Place) -> None:
    """A title card with the place's name in every edition's script, then its map."""
    words = media.words["clips"]["place"]
    names = list(dict.fromkeys(place.names.values()))
    title = [names[0], " · ".join(names[1:])] if len(names) > 1 else names

    def shots(work: Path) -> list[video.Shot]:
        return [
            video.Shot(video.title_card(title, work / "title.png"), 2.0, "push"),
            video.Shot(media.map(place.key, "en"), 5.0, "push"),
        ]

    cues = {
        code: [text.format(city=place.names[code]) for text in texts]
        for code, texts in words["cues"].items()
    }
    build_clip(media, place.key, shots, cues)


def build_clip(
    media: MediaSet,
    key: str,
    shots: Callable[[Path], list[video.Shot]],
    cues: Mapping[str, list[str]],
) -> None:
    """Render a clip into a temporary folder and rename it into place when complete."""
    folder = media.root / "clips" / key
    if (folder / "clip.json").exists():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent, ignore_cleanup_errors=True) as work:
        clip = video.render(shots(Path(work)), cues, Path(work) / "clip")
        facts = {"duration": clip.duration, "languages": sorted(clip.captions)}
        (Path(work) / "clip.json").write_text(json.dumps(facts))
        for still in ("title.png", "route.png"):
            (Path(work) / still).unlink(missing_ok=True)
        Path(work).chmod(0o755)
        Path(work).rename(folder)
