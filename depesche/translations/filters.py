"""The desk's filters: original edition, translation edition, state, age, section."""

import datetime

import django_filters
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, Page

from depesche.news.admin_filters import SectionFilter
from depesche.news.models import SectionPage, StoryPage

from .desk import (
    IN_PROGRESS,
    IN_REVIEW,
    MISSING,
    STALE,
    STATE_LABELS,
    UP_TO_DATE,
    in_review,
    longest_stale_first,
)
from .models import TranslationRecord

AGES = {
    "day": datetime.timedelta(days=1),
    "week": datetime.timedelta(days=7),
    "month": datetime.timedelta(days=30),
}


class DeskFilterSet(WagtailFilterSet):
    written_in = django_filters.ModelChoiceFilter(
        label=_("Original edition"), field_name="locale", queryset=Locale.objects.order_by("pk")
    )
    translated_into = django_filters.ModelChoiceFilter(
        label=_("Translation edition"), queryset=Locale.objects.order_by("pk"), method="keep"
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[
            (state, STATE_LABELS[state])
            for state in (STALE, IN_PROGRESS, IN_REVIEW, UP_TO_DATE, MISSING)
        ],
        method="in_state",
    )
    age = django_filters.ChoiceFilter(
        label=_("Published"),
        choices=[
            ("day", _("In the last 24 hours")),
            ("week", _("In the last 7 days")),
            ("month", _("In the last 30 days")),
            ("older", _("More than 30 days ago")),
        ],
        method="of_age",
    )
    section = SectionFilter(
        label=_("Section"),
        queryset=SectionPage.objects.select_related("locale").order_by("path"),
        method="in_section",
    )

    class Meta:
        model = StoryPage
        fields = ["written_in", "translated_into", "state", "age", "section"]

    def keep(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        """The translation edition is no filter of its own: the state applies to it."""
        return queryset

    def in_state(self, queryset: QuerySet, name: str, state: str) -> QuerySet:
        """Stories with a translation in that state (in the translation edition, if chosen)."""
        into = self.form.cleaned_data.get("translated_into")
        if state == MISSING:
            return lacking_an_edition(queryset, into)
        translations = Page.objects.filter(translation_record__source=OuterRef("pk"))
        if into is not None:
            translations = translations.filter(locale=into)
        # The same order of checks as the cells' (desk.state_of): review, stale, at work.
        not_stale = Q(translation_record__stale_since__isnull=True)
        conditions = {
            IN_REVIEW: Q(is_in_review=True),
            STALE: Q(is_in_review=False) & ~not_stale,
            IN_PROGRESS: Q(is_in_review=False)
            & not_stale
            & (Q(has_unpublished_changes=True) | Q(live=False)),
            UP_TO_DATE: Q(is_in_review=False, live=True, has_unpublished_changes=False) & not_stale,
        }
        matching = translations.annotate(is_in_review=in_review()).filter(conditions[state])
        chosen = queryset.filter(Exists(matching))
        return longest_stale_first(chosen) if state == STALE else chosen

    def of_age(self, queryset: QuerySet, name: str, age: str) -> QuerySet:
        now = timezone.now()
        if age == "older":
            return queryset.filter(first_published_at__lt=now - AGES["month"])
        return queryset.filter(first_published_at__gte=now - AGES[age])

    def in_section(self, queryset: QuerySet, name: str, section: SectionPage) -> QuerySet:
        return queryset.child_of(section)


def lacking_an_edition(queryset: QuerySet, into: Locale | None) -> QuerySet:
    """Stories lacking the edition `into`, or lacking any edition when none is chosen.

    Asked of the translation records (the source's id and an edition, both indexed), not
    of the pages' translation keys.
    """
    if into is not None:
        translated = TranslationRecord.objects.filter(source=OuterRef("pk"), edition=into)
        return queryset.exclude(locale=into).filter(~Exists(translated))
    translations = (
        TranslationRecord.objects.filter(source=OuterRef("pk"))
        .order_by()
        .values("source")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(translations=Subquery(translations)).filter(
        Q(translations__isnull=True) | Q(translations__lt=Locale.objects.count() - 1)
    )
