"""The search API: an edition's stories for a query, as JSON, a page at a time.

GET /api/search/?edition=de&q=… with optional order (relevance or newest), section (a
section's slug), kind (text, video or photo), from and to (dates, both included, in the
edition's time zone), tag (a tag's slug), page and per_page (at most 50). Bad parameters
get 400 and {"error": "…"} naming the parameter; an empty query finds nothing. The rate
limit is the APIs' one, plugged in where the address is wired (depesche/urls.py).
"""

import datetime
import re
from collections.abc import Callable, Sequence
from typing import Any

from django.http import HttpResponse, JsonResponse
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView, exception_handler
from taggit.models import Tag

from depesche.core.json_api import AlwaysJSON, common_refusal
from depesche.news.addresses import full_url
from depesche.news.models import SectionPage, StoryKind, StoryPage
from depesche.news.structure import edition_homes, edition_time_zone

from . import engine
from .engine import Filters
from .searching import PER_PAGE, Results, search

MAX_PER_PAGE = 50
MAX_PAGE = 1000  # far past any reader's patience, well inside the database's integers
ORDERS = (engine.RELEVANCE, engine.NEWEST)
NUMBER = re.compile(r"[0-9]{1,9}")
SLUG = re.compile(r"[-\w]{1,255}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ParameterError(Exception):
    """A parameter the API cannot use: answered with 400 and a message naming it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def refusal(exc: Exception, context: dict) -> HttpResponse | None:
    """The answer to a request the API refuses, in the ninjs API's words."""
    if (common := common_refusal(exc)) is not None:
        return common
    if isinstance(exc, ParameterError):
        return JsonResponse({"error": exc.message}, status=400)
    return exception_handler(exc, context)


class SearchView(APIView):
    """GET only, JSON only; the public page cache keeps answers briefly, as the APIs'."""

    authentication_classes = [SessionAuthentication]
    permission_classes = [AllowAny]
    parser_classes = []
    renderer_classes = [JSONRenderer]
    content_negotiation_class = AlwaysJSON
    http_method_names = ["get"]

    @property
    def default_response_headers(self) -> dict[str, str]:
        return {}  # only a 405 answer names the allowed method

    def initial(self, request: Request, *args, **kwargs) -> None:
        if request.method != "GET":  # refused before it counts against the rate limit
            raise MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)

    def get_exception_handler(self) -> Callable[[Exception, dict], HttpResponse | None]:
        return refusal

    def get(self, request: Request) -> Response:
        parameters = request.query_params
        language = edition(parameters.get("edition"))
        locale_id = edition_homes()[language].locale_id
        order = choice("order", parameters.get("order"), ORDERS, engine.RELEVANCE)
        page = number("page", parameters.get("page"), 1, MAX_PAGE, 1)
        per_page = number("per_page", parameters.get("per_page"), 1, MAX_PER_PAGE, PER_PAGE)
        filters = Filters(
            locale_id=locale_id,
            section_path=section_path(locale_id, parameters.get("section")),
            tag_id=tag_id(parameters.get("tag")),
            kind=choice("kind", parameters.get("kind"), StoryKind.values, None),
        )
        zone = edition_time_zone(language)
        first_day = date("from", parameters.get("from"))
        last_day = date("to", parameters.get("to"))
        if first_day and last_day and last_day < first_day:
            raise ParameterError("to must not be before from.")
        filters.published_from = midnight(first_day, zone)
        filters.published_before = midnight(last_day, zone, days_later=1)
        text = parameters.get("q", "")
        results = search(text, language, filters, order=order, page=page, per_page=per_page)
        return Response(answer(request, language, zone, results))


def answer(
    request: Request, language: str, zone: datetime.tzinfo, results: Results
) -> dict[str, Any]:
    return {
        "edition": language,
        "query": results.query.text,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "suggestion": results.suggestion,
        "results": [
            {
                "id": story.pk,
                "title": story.title,
                "url": full_url(request, story, language),
                "lead": story.lead,
                "kind": story.kind,
                "first_published": in_zone(story.first_published_at, zone),
                "section": section_slug(story),
            }
            for story in results.stories
        ],
    }


def in_zone(moment: datetime.datetime | None, zone: datetime.tzinfo) -> str | None:
    """ISO 8601 with the edition's offset, to the second."""
    return moment.astimezone(zone).isoformat(timespec="seconds") if moment else None


def edition(value: str | None) -> str:
    known = ", ".join(sorted(edition_homes()))
    if not value:
        raise ParameterError(f"edition is required; the editions are {known}.")
    if value not in edition_homes():
        raise ParameterError(f"Unknown edition {value!r}; the editions are {known}.")
    return value


def choice(name: str, value: str | None, allowed: Sequence[str], default: str | None) -> str | None:
    if value is None or value == "":
        return default
    if value not in allowed:
        raise ParameterError(f"{name} must be one of {', '.join(allowed)}.")
    return value


def number(name: str, value: str | None, lowest: int, highest: int, default: int) -> int:
    if value is None or value == "":
        return default
    if NUMBER.fullmatch(value.strip()) is None or not lowest <= int(value) <= highest:
        raise ParameterError(f"{name} must be a whole number from {lowest} to {highest}.")
    return int(value)


def date(name: str, value: str | None) -> datetime.date | None:
    if value is None or value == "":
        return None
    try:
        if DATE.fullmatch(value) is None:
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ParameterError(f"{name} must be a date written YYYY-MM-DD.") from None


def midnight(
    day: datetime.date | None, zone: datetime.tzinfo, days_later: int = 0
) -> datetime.datetime | None:
    """The start of the day (or of a day after it) in the edition's time zone; None, no
    bound, for no day and for days at the calendar's ends."""
    if day is None:
        return None
    try:
        start = datetime.datetime.combine(
            day + datetime.timedelta(days=days_later), datetime.time()
        )
        return start.replace(tzinfo=zone).astimezone(datetime.UTC)
    except OverflowError:
        return None


def section_path(locale_id: int, slug: str | None) -> str | None:
    if not slug:
        return None
    sections = SectionPage.objects.live().filter(locale_id=locale_id, slug=slug)
    path = sections.values_list("path", flat=True).first() if SLUG.fullmatch(slug) else None
    if path is None:
        raise ParameterError(f"section: this edition has no section {slug!r}.")
    return path


def tag_id(slug: str | None) -> int | None:
    if not slug:
        return None
    tags = Tag.objects.filter(slug=slug)
    found = tags.values_list("pk", flat=True).first() if SLUG.fullmatch(slug) else None
    if found is None:
        raise ParameterError(f"tag: there is no tag {slug!r}.")
    return found


def section_slug(story: StoryPage) -> str:
    """The slug of the story's section: stories live right below their section."""
    return story.url_path.rstrip("/").split("/")[-2]
