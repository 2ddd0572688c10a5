"""The "Imports" screen in the admin: start an import from a file and read past reports."""

import datetime
import shutil
import tempfile
from pathlib import Path
from typing import Any

from django import forms
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from depesche.news.models import SectionPage

from .models import ImportRun, Subscription


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, section: SectionPage) -> str:
        return f"{section.locale.get_display_name()} – {section.title}"


class StartImportForm(forms.Form):
    """What an editor gives to start an import (a Form, fed the create view's instance)."""

    source_file = forms.FileField(label=_("File"))
    source_format = forms.ChoiceField(label=_("Format"), choices=ImportRun.Format.choices)
    section = SectionChoiceField(
        label=_("Edition and section"),
        queryset=SectionPage.objects.select_related("locale").order_by("locale_id", "path"),
        help_text=_("Stories without a section of their own go here."),
    )
    fetch_images = forms.BooleanField(
        label=_("Fetch the images stories refer to"), required=False, initial=True
    )

    def __init__(self, *args, instance: ImportRun | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)


class StartImportView(CreateView):
    form_class = StartImportForm
    page_title = _("Start an import")
    submit_button_label = _("Import")
    submit_button_active_label = _("Importing…")
    success_message = _("Import finished: %(object)s")

    def get_panel(self) -> None:
        return None

    def form_valid(self, form: StartImportForm) -> HttpResponse:
        # Each story is its own transaction; the run is not wrapped in one more.
        self.form = form
        self.object = self.save_instance()
        return self.save_action()

    def save_instance(self) -> ImportRun:
        # The importers (and their HTML sanitiser) load here, not in every public worker.
        from .runs import run_import

        upload = self.form.cleaned_data["source_file"]
        with tempfile.TemporaryDirectory(prefix="depesche-import-") as folder:
            path = Path(folder) / Path(upload.name).name
            with open(path, "wb") as target:
                shutil.copyfileobj(upload, target)
            return run_import(
                path,
                self.form.cleaned_data["source_format"],
                self.form.cleaned_data["section"],
                source=upload.name,
                user=self.request.user,
                fetch_images=self.form.cleaned_data["fetch_images"],
            )

    def get_success_buttons(self) -> list:
        return []  # the report opens next; a run is a record, never edited

    def get_success_message(self, instance: ImportRun) -> str:
        return self.success_message % {"object": instance.summary()}

    def get_success_url(self) -> str:
        return reverse("import_runs:inspect", args=[self.object.pk])


class ImportRunInspectView(InspectView):
    template_name = "importers/import_run_inspect.html"

    def get_fields_context(self) -> list[dict[str, Any]]:
        shown = [name for name in self.fields if name != "problem" or self.object.problem]
        return [self.get_context_for_field(name) for name in shown]

    def get_started_at_display_value(self) -> datetime.datetime:
        return timezone.localtime(self.object.started_at)  # the editor's time zone

    def get_finished_at_display_value(self) -> datetime.datetime | str:
        finished = self.object.finished_at
        return timezone.localtime(finished) if finished else "-"

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        report = self.object.report
        context["report_sections"] = [
            (_("Failed"), report.get("failed", [])),
            (_("Notes"), report.get("notes", [])),
            (_("Skipped"), report.get("skipped", [])),
            (_("Created"), [(item, "") for item in report.get("created", [])]),
            (_("Updated"), [(item, "") for item in report.get("updated", [])]),
        ]
        return context


class ImportRunViewSet(ModelViewSet):
    model = ImportRun
    icon = "download"
    menu_label = _("Import runs")
    add_view_class = StartImportView
    inspect_view_class = ImportRunInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "started_at",
        "finished_at",
        "source_format",
        "source",
        "edition",
        "section",
        "started_by",
        "created_count",
        "updated_count",
        "skipped_count",
        "failed_count",
        "problem",
    ]
    list_display = [
        "source",
        "source_format",
        "edition",
        "started_at",
        "created_count",
        "updated_count",
        "skipped_count",
        "failed_count",
    ]
    list_filter = ["source_format", "edition"]
    form_fields = ["source"]  # runs are records; the edit form is never offered to editors

    def get_form_class(self, for_update: bool = False) -> type[forms.BaseForm]:
        return super().get_form_class(for_update) if for_update else StartImportForm


class SubscriptionForm(WagtailAdminModelForm):
    # An address typed without a scheme is taken as https (Django 6's default).
    url = forms.URLField(label=_("address"), max_length=1000, assume_scheme="https")

    class Meta:
        model = Subscription
        fields = [
            "name",
            "url",
            "source_format",
            "section",
            "interval_minutes",
            "publish",
            "active",
        ]


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "rss"
    menu_label = _("Subscriptions")
    form_fields = SubscriptionForm.Meta.fields

    def get_form_class(self, for_update: bool = False) -> type[SubscriptionForm]:
        return SubscriptionForm

    list_display = [
        "name",
        "source_format",
        "section",
        "active",
        "last_polled_at",
        "next_poll_at",
        "failures_in_a_row",
        "last_error",
    ]


class ImportsGroup(ModelViewSetGroup):
    """The admin menu's "Imports": runs and subscriptions."""

    menu_label = _("Imports")
    menu_icon = "download"
    menu_order = 900
    items = (ImportRunViewSet("import_runs"), SubscriptionViewSet("subscriptions"))
