"""Parser for stories in the plain-text seed format.

The format, line by line: the headline (a trailing "- VIDEO" or "- FOTO" marks the kind),
a date line with an optional read counter ("19 Mai 2021    Gelesen: 1365"), the headline
repeated, paragraphs separated by blank lines, a "Tags:" line with comma-separated tags, and
page furniture ("Newsticker", …) after it, which is ignored.
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from depesche.news.models import StoryKind

MONTHS = {
    # German, English, Russian (nominative and genitive) and Azerbaijani month names.
    **dict.fromkeys(["januar", "jänner", "january", "январь", "января", "yanvar"], 1),
    **dict.fromkeys(["februar", "february", "февраль", "февраля", "fevral"], 2),
    **dict.fromkeys(["märz", "march", "март", "марта", "mart"], 3),
    **dict.fromkeys(["april", "апрель", "апреля", "aprel"], 4),
    **dict.fromkeys(["mai", "may", "май", "мая"], 5),
    **dict.fromkeys(["juni", "june", "июнь", "июня", "iyun"], 6),
    **dict.fromkeys(["juli", "july", "июль", "июля", "iyul"], 7),
    **dict.fromkeys(["august", "август", "августа", "avqust"], 8),
    **dict.fromkeys(["september", "сентябрь", "сентября", "sentyabr"], 9),
    **dict.fromkeys(["oktober", "october", "октябрь", "октября", "oktyabr"], 10),
    **dict.fromkeys(["november", "ноябрь", "ноября", "noyabr"], 11),
    **dict.fromkeys(["dezember", "december", "декабрь", "декабря", "dekabr"], 12),
}
KIND_MARKERS = {
    "video": StoryKind.VIDEO,
    "видео": StoryKind.VIDEO,
    "vi̇deo": StoryKind.VIDEO,
    "foto": StoryKind.PHOTO,
    "photo": StoryKind.PHOTO,
    "фото": StoryKind.PHOTO,
}
MAX_READ_COUNT = 2**63 - 1  # what the database stores
MARKER_PATTERN = re.compile(r"\s+-\s+(?P<marker>\S+)\s*$")
DATE_PATTERN = re.compile(
    r"^(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]+)\.?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
    r"(?:\s+(?P<label>[^\W\d_]+)\s*:\s*(?P<reads>\d+))?\s*$"
)
TAGS_PATTERN = re.compile(r"^(?:tags|теги|etiketlər|schlagwörter)\s*:(?P<tags>.*)$", re.IGNORECASE)
FURNITURE = {"newsticker", "лента новостей", "xəbər lenti"}
DEFAULT_TIME = datetime.time(12, 0)


class SeedFormatError(ValueError):
    """The text does not follow the seed format; `line` is the 1-based line number."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        if line:
            message = _("line %(line)d: %(message)s") % {"line": line, "message": message}
        super().__init__(message)


@dataclass
class SeedStory:
    headline: str
    kind: str
    published: datetime.datetime  # naive; the importer gives it the site's time zone
    read_count: int
    paragraphs: list[str]
    tags: list[str] = field(default_factory=list)


def split_marker(headline: str) -> tuple[str, StoryKind]:
    """The headline without its kind marker, and the kind the marker names."""
    match = MARKER_PATTERN.search(headline)
    if match and match["marker"].casefold() in KIND_MARKERS:
        return headline[: match.start()].strip(), KIND_MARKERS[match["marker"].casefold()]
    return headline.strip(), StoryKind.TEXT


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse_date_line(text: str, number: int) -> tuple[datetime.datetime, int]:
    match = DATE_PATTERN.match(text.strip())
    if not match:
        raise SeedFormatError(
            _(
                "expected a date such as '19 Mai 2021' (optionally with a time and a read "
                "counter), found %(found)r"
            )
            % {"found": text.strip()[:80]},
            number,
        )
    month = MONTHS.get(match["month"].casefold())
    if month is None:
        raise SeedFormatError(_("unknown month name %(name)r") % {"name": match["month"]}, number)
    try:
        day = datetime.date(int(match["year"]), month, int(match["day"]))
        time = (
            datetime.time(int(match["hour"]), int(match["minute"]))
            if match["hour"]
            else DEFAULT_TIME
        )
    except ValueError as error:
        raise SeedFormatError(
            _("impossible date or time: %(error)s") % {"error": error}, number
        ) from error
    reads = int(match["reads"] or 0)
    if reads > MAX_READ_COUNT:
        raise SeedFormatError(
            _("the read counter %(reads)d is beyond any real count") % {"reads": reads}, number
        )
    return datetime.datetime.combine(day, time), reads


def parse_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def parse(text: str) -> SeedStory:
    """A SeedStory from the text of one seed-format file; raises SeedFormatError."""
    lines = list(enumerate(text.replace("\r\n", "\n").split("\n"), start=1))
    content = [(number, line) for number, line in lines if line.strip()]
    if not content:
        raise SeedFormatError(_("the file is empty"))
    headline_number, raw_headline = content[0]
    headline, kind = split_marker(raw_headline)
    if not headline:
        raise SeedFormatError(_("the headline is empty"), headline_number)
    if len(content) < 2:
        raise SeedFormatError(_("the date line is missing after the headline"), headline_number)
    date_number, date_line = content[1]
    published, read_count = parse_date_line(date_line, date_number)

    paragraphs, tags = [], []
    current = []
    for number, line in lines[date_number:]:
        stripped = line.strip()
        if normalise(stripped) in FURNITURE:
            break
        tag_match = TAGS_PATTERN.match(stripped)
        if tag_match:
            tags = parse_tags(tag_match["tags"]) + tags_continued(lines, number)
            break
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs and normalise(paragraphs[0]) == normalise(raw_headline):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise SeedFormatError(_("the story has no body paragraphs"), date_number)
    return SeedStory(headline, kind, published, read_count, paragraphs, tags)


def tags_continued(lines: Sequence[tuple[int, str]], tags_line_number: int) -> list[str]:
    """Tags written on the lines right below "Tags:", up to the first blank line."""
    tags = []
    for _number, line in lines[tags_line_number:]:
        if not line.strip() or normalise(line) in FURNITURE:
            break
        tags += parse_tags(line)
    return tags
