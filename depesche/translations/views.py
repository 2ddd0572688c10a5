"""The translation desk in the admin: the dashboard, the side-by-side view and its actions."""

from functools import cached_property
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Revision

from depesche.news.models import StoryPage

from . import desk
from .comparison import side_by_side
from .drafting import machine_draft
from .filters import DeskFilterSet
from .machine import MachineTranslationError, configured_translator
from .models import TranslationRecord

TRANSLATE_PERMISSION = "simple_translation.submit_translation"


class EditionColumn(Column):
    """One edition's state of each story: a link, a date when stale, who is at work."""

    cell_template_name = "translations/edition_cell.html"

    def __init__(self, edition: desk.Edition, index: int) -> None:
        super().__init__(f"edition_{edition.language_code}", label=edition.name)
        self.index = index

    def get_value(self, story: StoryPage) -> desk.Cell:
        return story.cells[self.index]


class TranslationDeskView(ReportView):
    page_title = gettext_lazy("Translation desk")
    header_icon = "globe"
    template_name = "translations/desk.html"
    results_template_name = "translations/desk_results.html"
    filterset_class = DeskFilterSet
    index_url_name = "translations_desk"
    index_results_url_name = "translations_desk_results"
    table_classname = "listing translation-desk"
    paginate_by = 50

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """For those who translate or have translated: editors and translators."""
        if not may_use_the_desk(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def editions(self) -> list[desk.Edition]:
        return desk.editions()

    @cached_property
    def columns(self) -> list[Column]:
        return [
            TitleColumn(
                "title",
                label=gettext_lazy("Story"),
                url_name="wagtailadmin_pages:edit",
                classname="title",
            ),
            DateColumn("first_published_at", label=gettext_lazy("First published")),
            *(EditionColumn(edition, index) for index, edition in enumerate(self.editions)),
        ]

    def get_queryset(self) -> Any:
        return desk.originals()

    def decorate_paginated_queryset(self, stories: Any) -> list[StoryPage]:
        return desk.add_cells(list(stories), self.editions)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            context["edition_counts"] = desk.edition_counts(self.editions)
            names = {edition.locale_id: edition for edition in self.editions}
            context["most_urgent"] = [
                (record, names.get(record.page.locale_id)) for record in desk.most_urgent()
            ]
        return context


def may_use_the_desk(user: object) -> bool:
    return user.has_perm(TRANSLATE_PERMISSION)


def editable_translation(request: HttpRequest, page_id: int) -> tuple[StoryPage, TranslationRecord]:
    """The translation and its record, if the user may edit it; else 404 or 403."""
    record = get_object_or_404(TranslationRecord.objects.select_related("page"), page_id=page_id)
    translation = record.page.specific
    if not isinstance(translation, StoryPage):
        raise PermissionDenied
    if not translation.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return translation, record


def compare(request: HttpRequest, page_id: int) -> TemplateResponse:
    """The source beside the translation, the source's passages changed since highlighted."""
    translation, record = editable_translation(request, page_id)
    context = {
        "page_title": _("Translation of “%(title)s”") % {"title": record.source.draft_title},
        "header_icon": "globe",
        "translation": translation,
        "record": record,
        "comparison": side_by_side(record, translation),
        "machine_translation": configured_translator() is not None,
    }
    return TemplateResponse(request, "translations/compare.html", context)


@require_POST
def mark_up_to_date(request: HttpRequest, page_id: int) -> HttpResponseRedirect:
    """The translation now matches the source as it is published."""
    translation, record = editable_translation(request, page_id)
    compared = Revision.page_revisions.filter(
        pk=request.POST.get("revision") or None, object_id=str(record.source_id)
    ).values_list("pk", flat=True)
    record.bring_up_to_date(request.user, compared.first())
    if record.stale_since is None:
        messages.success(
            request, _("“%(title)s” is marked up to date.") % {"title": translation.draft_title}
        )
    else:
        messages.warning(
            request,
            _("The source changed again while you compared: the newer changes are marked now."),
        )
    return HttpResponseRedirect(reverse("translations_compare", args=[page_id]))


@require_POST
def machine_translate(request: HttpRequest, page_id: int) -> HttpResponse:
    """A draft of the translation from the machine: to be read and corrected, not published."""
    translation, record = editable_translation(request, page_id)
    translator = configured_translator()
    if translator is None:
        raise Http404(_("Machine translation is off."))
    lock = translation.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, _("The translation is locked by someone else."))
        return HttpResponseRedirect(reverse("translations_compare", args=[page_id]))
    try:
        draft = machine_draft(translator, record.source.specific, translation)
        with transaction.atomic():
            draft.save_revision(user=request.user, log_action=True)
    except (MachineTranslationError, ValidationError) as error:
        reason = error if isinstance(error, MachineTranslationError) else "; ".join(error.messages)
        messages.error(request, _("No machine translation: %(reason)s") % {"reason": reason})
        return HttpResponseRedirect(reverse("translations_compare", args=[page_id]))
    messages.success(
        request,
        _(
            "A machine translation is saved as a draft. Read it against the source before you "
            "submit it."
        ),
    )
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page_id]))
