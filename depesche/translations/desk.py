"""The translation desk's figures: each story's editions and their state, counts per edition.

Every function runs a fixed number of queries, however many stories there are: the rows
of one listing page are completed with one query for all their translations.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState

from depesche.news.models import StoryPage

from .models import TranslationRecord

ORIGINAL, UP_TO_DATE, STALE, IN_PROGRESS, IN_REVIEW, MISSING = (
    "original",
    "up_to_date",
    "stale",
    "in_progress",
    "in_review",
    "missing",
)
STATE_LABELS = {
    ORIGINAL: _("Original"),
    UP_TO_DATE: _("Up to date"),
    STALE: _("Stale"),
    IN_PROGRESS: _("Being translated"),
    IN_REVIEW: _("In review"),
    MISSING: _("Not translated"),
}


@dataclass(frozen=True)
class Edition:
    locale_id: int
    language_code: str
    name: str


@dataclass
class Cell:
    """One story in one edition, as the desk shows it."""

    edition: Edition
    state: str
    original_id: int
    page_id: int | None = None
    stale_since: datetime.datetime | None = None
    worker: str = ""

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self.state])

    @property
    def url(self) -> str:
        if self.state == ORIGINAL:
            return reverse("wagtailadmin_pages:edit", args=[self.page_id])
        if self.state == MISSING:  # Wagtail's "Translate" for the original
            return reverse("simple_translation:submit_page_translation", args=[self.original_id])
        return reverse("translations_compare", args=[self.page_id])


@dataclass(frozen=True)
class EditionCount:
    edition: Edition
    originals: int
    translations: int
    stale: int


def editions() -> list[Edition]:
    """The site's editions in the order of LANGUAGES."""
    names = dict(settings.LANGUAGES)
    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    return [
        Edition(locales[code], code, names[code])
        for code, _name in settings.LANGUAGES
        if code in locales
    ]


# What the listing reads of a story: only what it shows, so that the database walks an index
# of publication dates instead of whole rows (bodies too).
LISTED_FIELDS = ("title", "draft_title", "first_published_at", "translation_key", "locale_id")
URGENT_SHOWN = 10


def originals() -> QuerySet[StoryPage]:
    """Stories not translated from another one, newest first: the translations readers look
    for now. The most urgent work is shown above them (`most_urgent`), and the state filter
    "stale" orders by urgency (`longest_stale_first`)."""
    return (
        StoryPage.objects.filter(translation_record__isnull=True)
        .only(*LISTED_FIELDS)
        .order_by("-first_published_at", "-pk")
    )


def longest_stale_first(stories: QuerySet[StoryPage]) -> QuerySet[StoryPage]:
    """Stories with a stale translation, the one whose translation fell behind first on top."""
    oldest_stale = (
        TranslationRecord.objects.filter(source=OuterRef("pk"), stale_since__isnull=False)
        .order_by("stale_since")
        .values("stale_since")[:1]
    )
    return stories.annotate(oldest_stale=Subquery(oldest_stale)).order_by(
        "oldest_stale", "-first_published_at", "-pk"
    )


def most_urgent() -> list[TranslationRecord]:
    """The translations stale for longest, with their stories' titles and editions (picked
    along the index of stale dates first, then joined)."""
    longest = TranslationRecord.objects.filter(stale_since__isnull=False).order_by(
        "stale_since", "page_id"
    )
    return list(
        TranslationRecord.objects.filter(pk__in=longest.values("pk")[:URGENT_SHOWN])
        .select_related("page")
        .only("stale_since", "page__title", "page__draft_title", "page__locale_id")
        .order_by("stale_since", "page_id")
    )


def in_review() -> Exists:
    return Exists(
        WorkflowState.objects.filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            content_type_id=OuterRef("content_type_id"),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )


def with_states(queryset: QuerySet) -> QuerySet:
    """Pages that a translation state can be told from, with no further query."""
    return queryset.select_related(
        "translation_record", "locked_by", "latest_revision__user"
    ).annotate(is_in_review=in_review())


def add_cells(stories: list[StoryPage], all_editions: list[Edition]) -> list[StoryPage]:
    """Give each story `.cells`, one per edition, with one query for all their translations."""
    keys = {story.translation_key for story in stories}
    members: dict[tuple, Page] = {}
    for page in with_states(Page.objects.filter(translation_key__in=keys)):
        members[(page.translation_key, page.locale_id)] = page
    for story in stories:
        story.cells = [
            cell_of(story, members.get((story.translation_key, edition.locale_id)), edition)
            for edition in all_editions
        ]
    return stories


def cell_of(story: StoryPage, page: Page | None, edition: Edition) -> Cell:
    if page is None:
        return Cell(edition, MISSING, story.pk)
    if page.pk == story.pk:
        return Cell(edition, ORIGINAL, story.pk, page.pk)
    record = getattr(page, "translation_record", None)
    stale_since = record.stale_since if record else None
    state = state_of(page, stale_since)
    return Cell(edition, state, story.pk, page.pk, stale_since, worker_of(page))


def state_of(page: Page, stale_since: datetime.datetime | None) -> str:
    if page.is_in_review:
        return IN_REVIEW
    if stale_since is not None:
        return STALE
    if page.has_unpublished_changes or not page.live:
        return IN_PROGRESS
    return UP_TO_DATE


def worker_of(page: Page) -> str:
    """Who is working on a translation: who locked it, else who saved its unpublished draft."""
    if page.locked and page.locked_by:
        return page.locked_by.get_full_name() or page.locked_by.get_username()
    revision = page.latest_revision
    if page.has_unpublished_changes and revision and revision.user:
        return revision.user.get_full_name() or revision.user.get_username()
    return ""


def edition_counts(all_editions: list[Edition]) -> list[EditionCount]:
    """Per edition: stories written there, translations into it, and how many are stale.

    Stories written there are its stories less its translations: two counts along indexes
    instead of one that joins every story with its record.
    """
    stories = dict(
        Page.objects.filter(content_type=ContentType.objects.get_for_model(StoryPage))
        .order_by()
        .values_list("locale_id")
        .annotate(count=Count("pk"))
    )
    translations = {
        row["edition_id"]: row
        for row in TranslationRecord.objects.order_by()
        .values("edition_id")
        .annotate(total=Count("pk"), stale=Count("pk", filter=Q(stale_since__isnull=False)))
    }
    counts = []
    for edition in all_editions:
        translated = translations.get(edition.locale_id, {"total": 0, "stale": 0})
        written = stories.get(edition.locale_id, 0) - translated["total"]
        counts.append(EditionCount(edition, written, translated["total"], translated["stale"]))
    return counts
