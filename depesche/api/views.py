"""The ninjs API: published stories for agencies and partners, read-only and rate-limited.

Built on Django REST framework, which Wagtail's API v2 needs too. Clients poll the listing
with `since` (the time of the last change they saw) and follow `next` until it is empty; the
order is by last change, so a story edited after a client's poll comes again. Bad input gets
a 4xx answer with a message: {"error": …}, or {"detail": […]} for parameters that cannot be
read at all (422). The OpenAPI description is at /api/ninjs/openapi.json.
"""

import base64
import binascii
import datetime
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from depesche.core.json_api import AlwaysJSON, common_refusal
from depesche.news.models import StoryPage
from depesche.news.models.querysets import StoryQuerySet
from depesche.news.structure import edition_homes

from . import openapi
from .ninjs import VERSIONS, story_document
from .parameters import InvalidParameters, ParameterReader
from .throttles import EveryClientRateThrottle

MAX_LIMIT = 100
LARGEST_PAGE_ID = 2**31 - 1  # page ids are 32-bit integers in the database


class ClientError(Exception):
    """A request the API answers with a 4xx status and a message that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class NinjsJSONRenderer(JSONRenderer):
    """ASCII JSON with a space after each separator, labelled UTF-8."""

    charset = "utf-8"
    ensure_ascii = True
    compact = False


def refusal(exc: Exception, context: dict) -> HttpResponse | None:
    """The answer to a request the API refuses; None lets anything else be a server error."""
    if (common := common_refusal(exc)) is not None:
        return common
    if isinstance(exc, InvalidParameters):
        return Response({"detail": exc.errors}, status=422)
    if isinstance(exc, ClientError):
        return JsonResponse({"error": exc.message}, status=exc.status)
    return None


class NinjsView(APIView):
    """GET only, JSON only, one rate limit for every client (signed-in editors too)."""

    # Session authentication leaves request.user as Django set it, so an editor's answers
    # are still marked private on the way out.
    authentication_classes = [SessionAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [EveryClientRateThrottle]
    parser_classes = []
    renderer_classes = [NinjsJSONRenderer]
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


class StoryView(NinjsView):
    """One published story."""

    def get(self, request: Request, version: str, story_id: str) -> Response:
        reader = ParameterReader()
        page_id = reader.integer("path", "story_id", story_id)
        reader.check()
        check_version(version)
        # An id no page can have finds nothing, without asking a database that would overflow.
        stories = visible_stories().filter(pk=page_id) if 0 < page_id <= LARGEST_PAGE_ID else []
        documents = documents_for(request, list(stories), version)
        if not documents:
            raise ClientError(404, f"There is no published story with the id {page_id}.")
        return Response(documents[0])


class StoryListView(NinjsView):
    """An edition's published stories by last change, a page at a time."""

    def get(self, request: Request, version: str) -> Response:
        query = request.query_params
        reader = ParameterReader()
        edition = reader.text("query", "edition", query.get("edition"), required=True)
        since = query.get("since")
        cursor = query.get("cursor")
        limit = reader.integer("query", "limit", query.get("limit"), default=20)
        reader.check()
        check_version(version)
        home = edition_homes().get(edition)
        if home is None:
            known = ", ".join(sorted(edition_homes()))
            raise ClientError(400, f"Unknown edition {edition!r}; the editions are {known}.")
        if not 1 <= limit <= MAX_LIMIT:
            raise ClientError(400, f"limit must be between 1 and {MAX_LIMIT}.")
        stories = visible_stories().filter(locale_id=home.locale_id)
        if since is not None:
            stories = stories.filter(last_published_at__gte=parse_since(since))
        if cursor is not None:
            changed, story_id = parse_cursor(cursor)
            stories = stories.filter(
                Q(last_published_at__gt=changed) | Q(last_published_at=changed, pk__gt=story_id)
            )
        page = list(stories.order_by("last_published_at", "pk")[: limit + 1])
        more = len(page) > limit
        page = page[:limit]
        next_url = None
        if more:
            last = page[-1]
            next_query = query.copy()
            next_query["cursor"] = make_cursor(last.last_published_at, last.pk)
            next_url = request.build_absolute_uri(f"{request.path}?{next_query.urlencode()}")
        return Response({"items": documents_for(request, page, version), "next": next_url})


def openapi_description(request: HttpRequest) -> JsonResponse:
    """The OpenAPI description of this API."""
    prefix = reverse("ninjs:openapi-json").removesuffix("openapi.json")
    return JsonResponse(openapi.description(prefix, reverse("search_api")))


def check_version(version: str) -> None:
    if version not in VERSIONS:
        known = " and ".join(sorted(VERSIONS))
        raise ClientError(404, f"Unknown ninjs version {version!r}; this API speaks {known}.")


def visible_stories() -> StoryQuerySet:
    return (
        StoryPage.objects.published()
        .filter(last_published_at__isnull=False)
        .select_related("locale", "lead_image")
    )


def documents_for(
    request: Request, stories: Sequence[StoryPage], version: str
) -> list[dict[str, Any]]:
    """ninjs documents of the stories, with their tags and translations in two queries."""
    if not stories:
        return []
    tags: dict[int, list[str]] = {story.pk: [] for story in stories}
    tagged = StoryPage.tags.through.objects.filter(content_object_id__in=tags)
    for story_id, name in tagged.values_list("content_object_id", "tag__name").order_by(
        "tag__name"
    ):
        tags[story_id].append(name)
    keys = {story.translation_key for story in stories}
    translations: dict[uuid.UUID, list[StoryPage]] = {}
    others = StoryPage.objects.published().filter(translation_key__in=keys)
    for translated in others.select_related("locale").order_by("locale__language_code"):
        translations.setdefault(translated.translation_key, []).append(translated)
    return [
        story_document(
            request,
            story,
            version,
            [t for t in translations.get(story.translation_key, []) if t.pk != story.pk],
            tags[story.pk],
        )
        for story in stories
    ]


def parse_since(value: str) -> datetime.datetime:
    """An ISO 8601 moment (a date alone means its midnight, UTC when no offset is given)."""
    try:
        moment = parse_datetime(value)
        if moment is None:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time())
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, datetime.UTC)
        return moment.astimezone(datetime.UTC)
    # Well-formed but impossible (month 13, an offset of 25 h) or beyond the calendar in UTC.
    except (ValueError, OverflowError):
        raise ClientError(
            400, "since must be an ISO 8601 date or time, such as 2026-11-27T09:30:00Z."
        ) from None


def make_cursor(changed: datetime.datetime, story_id: int) -> str:
    raw = json.dumps([changed.isoformat(), story_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def parse_cursor(cursor: str) -> tuple[datetime.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        changed, story_id = json.loads(raw)
        moment = datetime.datetime.fromisoformat(changed).astimezone(datetime.UTC)
        if not isinstance(story_id, int) or not isinstance(changed, str) or "+" not in changed:
            raise ValueError
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise ClientError(
            400, "The cursor is not one this API gave out; start again without it."
        ) from None
    return moment, story_id
