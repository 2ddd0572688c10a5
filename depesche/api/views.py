"""The ninjs API: published stories for agencies and partners, read-only and rate-limited.

Built on django-ninja (which Wagtail brings), for its parameter checking, throttling and
OpenAPI description at /api/ninjs/openapi.json. Clients poll the listing with `since` (the
time of the last change they saw) and follow `next` until it is empty; the order is by last
change, so a story edited after a client's poll comes again.
"""

import base64
import binascii
import datetime
import json

from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError

from depesche.news.models import StoryPage
from depesche.news.structure import edition_homes

from .ninjs import VERSIONS, story_document
from .throttles import NinjaRateThrottle

MAX_LIMIT = 100
LARGEST_PAGE_ID = 2**31 - 1  # page ids are 32-bit integers in the database


api = NinjaAPI(
    title="Depesche ninjs API",
    version="1",
    description=(
        "Published stories as IPTC ninjs 3.1 or 2.2 documents "
        "(schemas: " + ", ".join(VERSIONS.values()) + ")."
    ),
    urls_namespace="ninjs",
    docs_url=None,  # the interactive page would load scripts from a CDN
    throttle=[NinjaRateThrottle(settings.DEPESCHE_API_RATE_LIMIT)],
)


@api.exception_handler(HttpError)
def clear_error(request, error):
    return JsonResponse({"error": error.message}, status=error.status_code)


class StoryList(Schema):
    edition: str
    since: str | None = None
    cursor: str | None = None
    limit: int = 20


@api.get("/{version}/stories/{story_id}/", summary="One published story", response=dict)
def story(request, version: str, story_id: int):
    check_version(version)
    # An id no page can have finds nothing, without asking a database that would overflow.
    stories = visible_stories().filter(pk=story_id) if 0 < story_id <= LARGEST_PAGE_ID else []
    documents = documents_for(request, list(stories), version)
    if not documents:
        raise HttpError(404, f"There is no published story with the id {story_id}.")
    return documents[0]


@api.get("/{version}/stories/", summary="Published stories by last change", response=dict)
def story_list(request, version: str, filters: Query[StoryList]):
    check_version(version)
    home = edition_homes().get(filters.edition)
    if home is None:
        known = ", ".join(sorted(edition_homes()))
        raise HttpError(400, f"Unknown edition {filters.edition!r}; the editions are {known}.")
    if not 1 <= filters.limit <= MAX_LIMIT:
        raise HttpError(400, f"limit must be between 1 and {MAX_LIMIT}.")
    stories = visible_stories().filter(locale_id=home.locale_id)
    if filters.since is not None:
        stories = stories.filter(last_published_at__gte=parse_since(filters.since))
    if filters.cursor is not None:
        changed, story_id = parse_cursor(filters.cursor)
        stories = stories.filter(
            Q(last_published_at__gt=changed) | Q(last_published_at=changed, pk__gt=story_id)
        )
    page = list(stories.order_by("last_published_at", "pk")[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    next_url = None
    if more:
        last = page[-1]
        query = request.GET.copy()
        query["cursor"] = make_cursor(last.last_published_at, last.pk)
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return {"items": documents_for(request, page, version), "next": next_url}


def check_version(version):
    if version not in VERSIONS:
        known = " and ".join(sorted(VERSIONS))
        raise HttpError(404, f"Unknown ninjs version {version!r}; this API speaks {known}.")


def visible_stories():
    return (
        StoryPage.objects.published()
        .filter(last_published_at__isnull=False)
        .select_related("locale", "lead_image")
    )


def documents_for(request, stories, version):
    """ninjs documents of the stories, with their tags and translations in two queries."""
    if not stories:
        return []
    tags = {story.pk: [] for story in stories}
    tagged = StoryPage.tags.through.objects.filter(content_object_id__in=tags)
    for story_id, name in tagged.values_list("content_object_id", "tag__name").order_by(
        "tag__name"
    ):
        tags[story_id].append(name)
    keys = {story.translation_key for story in stories}
    translations = {}
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


def parse_since(value):
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
        raise HttpError(
            400, "since must be an ISO 8601 date or time, such as 2026-11-27T09:30:00Z."
        ) from None


def make_cursor(changed, story_id):
    raw = json.dumps([changed.isoformat(), story_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def parse_cursor(cursor):
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        changed, story_id = json.loads(raw)
        moment = datetime.datetime.fromisoformat(changed).astimezone(datetime.UTC)
        if not isinstance(story_id, int) or not isinstance(changed, str) or "+" not in changed:
            raise ValueError
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise HttpError(
            400, "The cursor is not one this API gave out; start again without it."
        ) from None
    return moment, story_id
