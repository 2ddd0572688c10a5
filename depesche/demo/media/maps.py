"""Locator maps drawn with Pillow from Natural Earth's country shapes (public domain).

A map is a local equirectangular view (longitudes shrunk by the cosine of the centre's
latitude) of the countries around a place: the place's country highlighted, a dot and the
place's name, and a small globe in a corner that shows where the view lies. Shapes are
drawn at twice the size and scaled down, which smooths their edges.
"""

import math
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shapefile
from PIL import Image, ImageDraw, ImageFont

from .errors import MediaError

SIZE = (1600, 900)
SUPERSAMPLE = 2
SPAN_DEGREES = 22.0  # width of the view, in degrees of latitude
MAX_SPAN_DEGREES = 60.0
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SEA = (204, 222, 235)
LAND = (243, 240, 232)
HIGHLIGHT = (236, 196, 120)
BORDER = (140, 140, 140)
DOT = (190, 40, 40)
WHITE = (255, 255, 255)
INK = (30, 30, 30)
GLOBE_RADIUS = 110
DOT_RADIUS = 11


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-3
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (longitude, latitude) points


@dataclass(frozen=True)
class Marker:
    latitude: float
    longitude: float
    label: str


@dataclass(frozen=True)
class View:
    """Where a map looks: its centre and width in degrees, and its size in pixels."""

    latitude: float
    longitude: float
    span: float = SPAN_DEGREES
    size: tuple[int, int] = SIZE

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        width, height = self.size
        scale = width / self.span
        shrink = math.cos(math.radians(self.latitude))
        return (
            width / 2 + (longitude - self.longitude) * shrink * scale,
            height / 2 - (latitude - self.latitude) * scale,
        )


def span_for(countries: Sequence[Country], code: str) -> float:
    """A width that shows the whole of a large country, else SPAN_DEGREES."""
    points = [
        point
        for country in countries
        if country.code == code
        for ring in country.rings
        for point in ring
    ]
    if not points:
        return SPAN_DEGREES
    longitudes, latitudes = zip(*points, strict=True)
    middle = math.cos(math.radians((max(latitudes) + min(latitudes)) / 2))
    width = (max(longitudes) - min(longitudes)) * middle
    height = (max(latitudes) - min(latitudes)) * SIZE[0] / SIZE[1]
    return min(max(SPAN_DEGREES, 1.25 * max(width, height)), MAX_SPAN_DEGREES)


def read_countries(shapes: Path) -> tuple[Country, ...]:
    """The countries in a Natural Earth admin-0 shapefile; MediaError if it cannot be read."""
    try:
        with shapefile.Reader(str(shapes)) as reader:
            countries = []
            for record in reader.iterShapeRecords():
                points = record.shape.points
                bounds = [*record.shape.parts, len(points)]
                rings = tuple(
                    tuple(points[start:end]) for start, end in zip(bounds, bounds[1:], strict=False)
                )
                countries.append(Country(record.record["iso_a3"], rings))
    except (shapefile.ShapefileException, OSError, KeyError, ValueError, struct.error) as error:
        raise MediaError(f"Cannot read the Natural Earth shapes in {shapes}: {error}") from error
    if not countries:
        raise MediaError(f"{shapes} holds no country shapes.")
    return tuple(countries)


def render(
    countries: Sequence[Country],
    view: View,
    highlighted: Iterable[str],
    markers: Sequence[Marker],
) -> Image.Image:
    """The map of `view`: countries, the highlighted ones, markers, and the globe inset."""
    image = base(countries, view, highlighted, markers)
    for marker in markers:
        label(image, view, marker)
    return image


def base(
    countries: Sequence[Country],
    view: View,
    highlighted: Iterable[str],
    markers: Sequence[Marker],
) -> Image.Image:
    """The map without labels, drawn at SUPERSAMPLE times its size and scaled down."""
    big = View(view.latitude, view.longitude, view.span, scaled(view.size))
    image = Image.new("RGB", big.size, SEA)
    draw = ImageDraw.Draw(image)
    chosen = set(highlighted)
    for country in countries:
        fill = HIGHLIGHT if country.code in chosen else LAND
        for ring in country.rings:
            draw.polygon([big.project(*point) for point in ring], fill=fill)
    for country in countries:
        for ring in country.rings:
            line = [big.project(*point) for point in ring]
            draw.line([*line, line[0]], fill=BORDER, width=SUPERSAMPLE * 2, joint="curve")
    for marker in markers:
        x, y = big.project(marker.longitude, marker.latitude)
        for radius, fill in ((DOT_RADIUS + 4, WHITE), (DOT_RADIUS, DOT)):
            r = radius * SUPERSAMPLE
            draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    draw_globe(image, countries, chosen, view)
    return image.resize(view.size, Image.Resampling.LANCZOS)


def scaled(size: tuple[int, int]) -> tuple[int, int]:
    return (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE)


def font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(str(FONT_BOLD), size)
    except OSError as error:
        raise MediaError(
            f"The demo maps need the DejaVu fonts ({FONT_BOLD}): apt-get install fonts-dejavu-core"
        ) from error


def label(image: Image.Image, view: View, marker: Marker) -> None:
    """The marker's name beside its dot on a white halo (left of it near the right edge)."""
    draw = ImageDraw.Draw(image)
    x, y = view.project(marker.longitude, marker.latitude)
    label_font = font(46)
    left, top, right, bottom = draw.textbbox((0, 0), marker.label, font=label_font)
    gap = DOT_RADIUS + 14
    on_the_left = x + gap + right > view.size[0] * 0.97
    draw.text(
        (x - gap - right if on_the_left else x + gap, y - (top + bottom) / 2),
        marker.label,
        font=label_font,
        fill=INK,
        stroke_width=6,
        stroke_fill=WHITE,
    )


def draw_globe(
    image: Image.Image, countries: Sequence[Country], chosen: set[str], view: View
) -> None:
    """A small orthographic globe centred on the view, in the lower left corner."""
    radius = GLOBE_RADIUS * SUPERSAMPLE
    margin = 24 * SUPERSAMPLE
    centre = (margin + radius, image.size[1] - margin - radius)
    draw = ImageDraw.Draw(image)
    outline = 3 * SUPERSAMPLE
    draw.ellipse(
        (
            centre[0] - radius - outline,
            centre[1] - radius - outline,
            centre[0] + radius + outline,
            centre[1] + radius + outline,
        ),
        fill=WHITE,
    )
    draw.ellipse(
        (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
        fill=SEA,
    )
    for country in countries:
        fill = HIGHLIGHT if country.code in chosen else (222, 218, 208)
        for ring in country.rings:
            points = [on_globe(point, view, radius, centre) for point in ring]
            if any(visible for _xy, visible in points):
                draw.polygon([xy for xy, _visible in points], fill=fill)
    half_width = math.radians(view.span / 2) * radius
    half_height = half_width * view.size[1] / view.size[0]
    draw.rectangle(
        (
            centre[0] - half_width,
            centre[1] - half_height,
            centre[0] + half_width,
            centre[1] + half_height,
        ),
        outline=DOT,
        width=2 * SUPERSAMPLE,
    )


def on_globe(
    point: tuple[float, float], view: View, radius: float, centre: tuple[float, float]
) -> tuple[tuple[float, float], bool]:
    """A point on the globe's face; points on the far side are pulled to its rim."""
    longitude, latitude = map(math.radians, point)
    centre_longitude, centre_latitude = math.radians(view.longitude), math.radians(view.latitude)
    delta = longitude - centre_longitude
    x = math.cos(latitude) * math.sin(delta)
    y = math.cos(centre_latitude) * math.sin(latitude) - math.sin(centre_latitude) * math.cos(
        latitude
    ) * math.cos(delta)
    facing = math.sin(centre_latitude) * math.sin(latitude) + math.cos(centre_latitude) * math.cos(
        latitude
    ) * math.cos(delta)
    if facing < 0:
        length = math.hypot(x, y) or 1.0
        x, y = x / length, y / length
    return (centre[0] + x * radius, centre[1] - y * radius), facing >= 0
