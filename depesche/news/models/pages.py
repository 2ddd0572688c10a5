"""Page types: an edition's front page, its sections and the stories in them."""

import datetime
import zoneinfo
from collections.abc import Callable
from html import unescape
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TitleFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from depesche.core.compiled import compiled
from depesche.news.converters import UNICODE_SLUG
from depesche.news.front import front_page
from depesche.news.listing import paginate
from depesche.news.panels import StoryTabs
from depesche.news.related import related_stories
from depesche.news.story_form import StoryForm
from depesche.news.structure import live_section, menu_sections, view_restriction_paths

from .blocks import StoryBodyBlock
from .kinds import StoryKind
from .querysets import NewsPageManager, StoryManager, StoryQuerySet

if TYPE_CHECKING:
    from django.utils.functional import Promise
    from wagtail.blocks import StreamValue

    StreamChild = StreamValue.StreamChild

SUMMARY_LENGTH = 200
# kind: the first body block type shown in the lead image's place
LEAD_MEDIA = {StoryKind.VIDEO: "video", StoryKind.PHOTO: "gallery"}
URL_PATH_STAND_IN = "/\0stand-in/"  # no page has a NUL in its path


INFO_PAGE_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def validate_time_zone(name: str) -> None:
    """Accept only IANA time zone names such as Europe/Berlin."""
    if name not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(name)s” is not a known time zone."), params={"name": name})


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def live_page_at(model: type[Page]) -> Callable[[str], PageQuerySet]:
    """A query for the live page of `model` at a URL path."""
    return lambda url_path: model.objects.live().filter(url_path=url_path).order_by()[:1]


class RememberedRestrictionsMixin:
    """Wagtail's view-restriction lookup answered from memory when none applies.

    Serving a page asks for the restrictions on it and its ancestors (two queries in
    Wagtail); the few restricted paths are remembered per content generation instead.
    Alias pages, whose restrictions are their originals', keep Wagtail's own lookup.
    """

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        restricted, alias_paths = view_restriction_paths()
        if self.alias_of_id or any(self.path.startswith(path) for path in alias_paths):
            return super().get_view_restrictions()
        ids = [pk for path, pk in restricted if self.path.startswith(path)]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


class EditionHomePage(RememberedRestrictionsMixin, RoutablePageMixin, Page):
    """The front page of one language edition; also serves the edition's tag pages."""

    lead_story = models.ForeignKey(
        "news.StoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead story"),
        help_text=_(
            "Shown first on the front page. Leave empty to lead with the newest top story."
        ),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Dates and times in this edition are shown in this zone."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead_story")]
    settings_panels = [
        FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
        *Page.settings_panels,
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.InfoPage"]
    template = "pages/edition_home_page.html"

    class Meta:
        verbose_name = _("edition front page")
        verbose_name_plural = _("edition front pages")

    def stories(self) -> StoryQuerySet:
        return StoryPage.objects.published().for_edition(self.locale_id).newest_first()

    def sections(self) -> list["SectionPage"]:
        return menu_sections(self.locale_id)

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """Sections and stories found by their URL path in one query; Wagtail would walk
        the tree a level a query. The front page's own routes (tags/…) come first."""
        if 1 <= len(path_components) <= 2 and not self.routes_itself(path_components):
            model = SectionPage if len(path_components) == 1 else StoryPage
            url_path = self.url_path + "/".join(path_components) + "/"
            query = compiled(("route", model.__name__), live_page_at(model), [URL_PATH_STAND_IN])
            pages = query.instances([url_path])
            if pages:
                return RouteResult(pages[0])
        return super().route(request, path_components)

    def routes_itself(self, path_components: list[str]) -> bool:
        """Whether one of the front page's own routes (such as tags/<slug>/) answers."""
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def front_page_lead(self) -> "StoryPage | None":
        """The story that leads the front page (see depesche.news.front)."""
        return front_page(self).lead

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        front = front_page(self)
        per_section = settings.DEPESCHE_FRONT_SECTION_STORIES
        context["front"] = front
        context["lead"] = front.lead
        context["section_blocks"] = [
            (section, section.stories().exclude(pk__in=front.shown)[:per_section])
            for section in self.sections()
        ]
        return context

    @path(f"tags/<{UNICODE_SLUG}:tag_slug>/", name="tag")
    def tag_page(self, request: HttpRequest, tag_slug: str) -> TemplateResponse:
        tag = get_object_or_404(Tag, slug=tag_slug)
        stories = self.stories().tagged(tag).for_listing()
        page_of_stories = paginate(stories, request, count_key=("tag", self.pk, tag.pk))
        if not page_of_stories.object_list and page_of_stories.number == 1:
            raise Http404(_("No stories carry this tag in this edition."))
        # The page's own context, without the front page's (lead, rails, section blocks).
        context = super().get_context(request)
        context.update(tag=tag, stories=page_of_stories)
        from depesche.news.editions import tag_edition_links  # editions imports the models

        tag_edition_links(tag, request)  # the switcher and hreflang lead to the topic's pages
        return TemplateResponse(request, "pages/tag_page.html", context)


class SectionPage(RememberedRestrictionsMixin, Page):
    """A section of an edition (politics, economy, …) listing its stories newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    objects = NewsPageManager()

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["news.EditionHomePage"]
    subpage_types = ["news.StoryPage"]
    template = "pages/section_page.html"

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def stories(self) -> StoryQuerySet:
        return StoryPage.objects.published().in_section(self).newest_first().for_listing()

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = paginate(self.stories(), request, count_key=("section", self.pk))
        return context


def tags_of_story(story_id: int) -> QuerySet[Tag]:
    return Tag.objects.filter(news_storytag_items__content_object_id=story_id).order_by("name")


class StoryTag(TaggedItemBase):
    """The link between a story and one of its tags."""

    content_object = ParentalKey(
        "news.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        # A tag's newest stories straight from the index (related stories, tag pages).
        indexes = [models.Index(fields=["tag", "-content_object"], name="news_storytag_tag_newest")]


class StoryPage(RememberedRestrictionsMixin, Page):
    """A news story: headline (the page title), kind, lead, body, source and tags."""

    kind = models.CharField(
        _("kind"), max_length=10, choices=StoryKind.choices, default=StoryKind.TEXT
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("One or two sentences shown under the headline.")
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_alt = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the lead image shows, for readers who cannot see it."),
    )
    lead_image_caption = models.CharField(_("caption"), max_length=500, blank=True)
    lead_image_credit = models.CharField(
        _("credit"), max_length=255, blank=True, help_text=_("Photographer or agency.")
    )
    top_story = models.BooleanField(
        _("top story"),
        default=False,
        help_text=_("Top stories lead the front page and fill its top row."),
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("body"))
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where the story comes from.")
    )
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    coverage_ended_at = models.DateTimeField(
        _("live coverage ended"),
        null=True,
        blank=True,
        help_text=_(
            "For a live blog: when the coverage ended. Set it to close the blog; "
            "readers see that it is no longer updated."
        ),
    )
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_(
            "Until then the story appears nowhere: not on the site, in feeds, sitemaps, "
            "the APIs or search. Publishing it schedules it; it goes out by itself."
        ),
    )
    external_id = models.CharField(
        _("external id"),
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("The story's id in the system it was imported from."),
    )

    objects = StoryManager()
    base_form_class = StoryForm

    content_panels = [
        # A story's title is its headline ("Page title" is Wagtail's word for any page).
        TitleFieldPanel(
            "title",
            heading=_("Headline"),
            placeholder=format_lazy("{}*", _("Headline")),
            help_text=_("The headline readers see on the site, in feeds and in search results."),
        ),
        FieldPanel("kind"),
        FieldPanel("coverage_ended_at"),
        FieldPanel("top_story"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_alt"),
                FieldPanel("lead_image_caption"),
                FieldPanel("lead_image_credit"),
            ],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("source"),
        FieldPanel("tags"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("first_published_at")],
            heading=_("Publication date"),
            help_text=_("Leave empty to use the moment the story is first published."),
        ),
        MultiFieldPanel([FieldPanel("embargo_until")], heading=_("Embargo")),
        *Page.settings_panels,
    ]
    edit_handler = StoryTabs(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    search_auto_update = False  # indexed by news.search_updates, in bulk during imports

    api_fields = [
        APIField("kind"),
        APIField("lead"),
        APIField("lead_image", serializer=ImageRenditionField("width-1200")),
        APIField("lead_image_alt"),
        APIField("lead_image_caption"),
        APIField("lead_image_credit"),
        APIField("body"),
        APIField("source"),
        APIField("tags"),
    ]

    parent_page_types = ["news.SectionPage"]
    subpage_types = []
    template = "pages/story_page.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def clean(self) -> None:
        """An embargo holds the story back: publishing it before then only schedules it."""
        super().clean()
        if self.embargo_until is None or self.embargo_until <= timezone.now():
            return
        if self.pk is not None and type(self).objects.filter(pk=self.pk, live=True).exists():
            raise ValidationError(
                {
                    "embargo_until": _(
                        "The story is already out; unpublish it before putting it under embargo."
                    )
                }
            )
        scheduled = self.pk is not None and Revision.objects.filter(
            base_content_type=self.get_base_content_type(),
            object_id=str(self.pk),
            approved_go_live_at__lt=self.embargo_until,
        )
        if scheduled and scheduled.exists():
            raise ValidationError(
                {
                    "embargo_until": _(
                        "The story is scheduled to go out before its embargo; cancel that "
                        "schedule first."
                    )
                }
            )
        if self.expire_at is not None and self.expire_at <= self.embargo_until:
            raise ValidationError({"expire_at": _("The story would expire before its embargo.")})
        if self.go_live_at is None or self.go_live_at < self.embargo_until:
            self.go_live_at = self.embargo_until
        # A new page is saved `live` before Wagtail's publishing schedules it; not this one.
        self.live = False

    @property
    def marker(self) -> "str | Promise":
        return StoryKind(self.kind).marker

    def summary(self) -> str:
        """A sentence or two for meta descriptions: the lead, else the start of the body
        (read from the stored blocks, so that listings load none of the body's media)."""
        if self.lead:
            return self.lead
        for block in self.body.raw_data:
            if block["type"] == "paragraph":
                text = strip_tags(block["value"])
                return Truncator(unescape(text)).chars(SUMMARY_LENGTH)
        return ""

    def stored_tags(self) -> list[Tag]:
        """The tags saved with the published story (a preview shows the draft's own)."""
        query = compiled(("story-tags",), tags_of_story, [-1])
        return query.instances([self.pk])

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["section"] = live_section(self.path[: -self.steplen]) or self.get_parent()
        context["story_tags"] = (
            self.tags.all() if getattr(request, "is_preview", False) else self.stored_tags()
        )
        context["lead_media"] = self.lead_media()
        context["published_at"] = self.first_published_at or self.planned_publication()
        context["related"] = related_stories(self, context["story_tags"], context["section"])
        return context

    def planned_publication(self) -> datetime.datetime:
        """When a story not yet out would be published: its schedule or embargo, else now
        (what a draft's preview shows as its date)."""
        planned = [moment for moment in (self.go_live_at, self.embargo_until) if moment]
        return max(planned) if planned else timezone.now()

    def lead_media(self) -> "StreamChild | None":
        """The first body block when it is the video of a video story or the gallery of a
        photo story: shown in place of the lead image."""
        first = self.body[0] if self.body else None
        if first is not None and LEAD_MEDIA.get(self.kind) == first.block_type:
            return first
        return None


class InfoPage(RememberedRestrictionsMixin, Page):
    """A page about the publication itself: imprint, privacy, contact; linked in the footer."""

    body = RichTextField(features=INFO_PAGE_FEATURES, blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["news.EditionHomePage"]
    subpage_types = []
    template = "pages/info_page.html"

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
