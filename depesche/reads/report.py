"""The most-read report in the admin: stories by reads in a chosen period, per edition and
section, with CSV and Excel export."""

import datetime
from typing import Any

import django_filters
from django.db.models import IntegerField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from depesche.news.admin_filters import SectionFilter
from depesche.news.models import SectionPage, StoryPage

from .models import ReadBucket, ReadTally

DEFAULT_PERIOD = datetime.timedelta(days=7)


class MostReadFilterSet(WagtailFilterSet):
    period = django_filters.DateFromToRangeFilter(
        label=_("Period"), widget=DateRangePickerWidget, method="keep"
    )
    edition = django_filters.ModelChoiceFilter(
        label=_("Edition"), field_name="locale", queryset=Locale.objects.order_by("pk")
    )
    section = SectionFilter(
        label=_("Section"),
        queryset=SectionPage.objects.select_related("locale").order_by("path"),
        method="in_section",
    )

    class Meta:
        model = StoryPage
        fields = ["period", "edition", "section"]

    def keep(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        """The period is not a filter: the view counts the reads within it."""
        return queryset

    def in_section(self, queryset: QuerySet, name: str, section: SectionPage) -> QuerySet:
        return queryset.child_of(section)


def period_bounds(
    dates: slice | None, now: datetime.datetime
) -> tuple[datetime.datetime, datetime.datetime]:
    """[since, until) of the chosen days (whole days in the editor's time zone, as the date
    range field gives them); without a first day a week before the end, without a last day
    up to now."""
    last = dates.stop if dates else None
    until = last + datetime.timedelta(microseconds=1) if last else now  # the next midnight
    since = dates.start if dates and dates.start else until - DEFAULT_PERIOD
    return since, until


class MostReadReportView(ReportView):
    page_title = _("Most read")
    header_icon = "view"
    filterset_class = MostReadFilterSet
    index_url_name = "reads_most_read_report"
    index_results_url_name = "reads_most_read_report_results"
    export_filename = "most-read"
    table_classname = "listing most-read"  # reads/admin.css
    columns = [
        TitleColumn(
            "title", label=_("Story"), url_name="wagtailadmin_pages:edit", classname="title"
        ),
        Column("edition", label=_("Edition")),
        Column("section", label=_("Section")),
        NumberColumn("period_reads", label=_("Reads in the period")),
        NumberColumn("total_reads", label=_("Reads in total")),
        DateColumn("first_published_at", label=_("First published")),
    ]
    list_export = [
        "title",
        "edition",
        "section",
        "period_reads",
        "total_reads",
        "first_published_at",
        "full_url",
    ]
    export_headings = {
        "title": _("Story"),
        "edition": _("Edition"),
        "section": _("Section"),
        "period_reads": _("Reads in the period"),
        "total_reads": _("Reads in total"),
        "first_published_at": _("First published"),
        "full_url": _("Address"),
    }

    def get_queryset(self) -> QuerySet:
        return StoryPage.objects.live().public().select_related("locale")

    def get_filtered_queryset(self) -> QuerySet:
        stories = self.filter_queryset(self.get_queryset())
        valid = self.filters and self.filters.is_valid()
        dates = self.filters.form.cleaned_data.get("period") if valid else None
        since, until = period_bounds(dates, timezone.now())
        in_period = (
            ReadBucket.objects.filter(page=OuterRef("pk"), hour__gte=since, hour__lt=until)
            .order_by()
            .values("page")
            .annotate(reads=Sum("reads"))
            .values("reads")
        )
        total = ReadTally.objects.filter(page=OuterRef("pk")).values("total")
        return (
            stories.annotate(
                period_reads=Subquery(in_period, output_field=IntegerField()),
                total_reads=Coalesce(Subquery(total), Value(0)),
            )
            .filter(period_reads__gt=0)
            .order_by("-period_reads", "-first_published_at")
        )

    def decorate_paginated_queryset(self, stories: Any) -> list[StoryPage]:
        """Name each story's edition and section, with one query for the sections."""
        stories = list(stories)
        sections = {
            section.path: section.title
            for section in SectionPage.objects.filter(
                path__in={story.path[: -StoryPage.steplen] for story in stories}
            ).only("path", "title")
        }
        for story in stories:
            story.edition = story.locale.get_display_name()
            story.section = sections.get(story.path[: -StoryPage.steplen], "")
        return stories
