"""Live blog entries in the admin: each entry is saved on its own, so several editors write
in the same blog at once; one who saves an entry changed meanwhile by someone else is told
so instead of overwriting it."""

from django import forms
from django.db import transaction
from django.db.models import F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser

from .live_blog import is_live_blog
from .models import LiveEntry, StoryPage

CHANGED_MEANWHILE = _(
    "Someone else changed this entry while you edited it. Open it again to see their "
    "change, then make yours."
)


class LiveEntryForm(WagtailAdminModelForm):
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = LiveEntry
        fields = ["story", "headline", "body", "pinned"]
        widgets = {"story": AdminPageChooser(target_models=[StoryPage])}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version

    def clean(self) -> dict:
        cleaned = super().clean()
        story = cleaned.get("story")
        if story is not None and not is_live_blog(story):
            self.add_error("story", _("This story is not a live blog."))
        elif story is not None and not story.permissions_for_user(self.for_user).can_publish():
            self.add_error("story", _("You may not publish in this live blog."))
        if cleaned.get("pinned") and not cleaned.get("headline", "").strip():
            self.add_error("headline", _("A key event needs a headline."))
        return cleaned

    def save(self, commit: bool = True) -> LiveEntry:
        entry = super().save(commit=False)
        if entry.pk is None:
            entry.author = self.for_user
            entry.save()
            return entry
        with transaction.atomic():
            seen = self.cleaned_data.get("seen_version")
            claimed = LiveEntry.objects.filter(pk=entry.pk, version=seen)
            if not claimed.update(version=F("version") + 1):
                raise EntryChangedMeanwhile
            entry.version = seen + 1
            entry.save()
        return entry


class EntryChangedMeanwhile(Exception):
    pass


class LiveEntryEditView(EditView):
    def form_valid(self, form: LiveEntryForm) -> HttpResponse:
        try:
            return super().form_valid(form)
        except EntryChangedMeanwhile:  # nothing was saved (the edit runs in a transaction)
            form.add_error(None, CHANGED_MEANWHILE)
            self.produced_error_message = CHANGED_MEANWHILE
            return self.form_invalid(form)


class LiveEntryViewSet(ModelViewSet):
    model = LiveEntry
    icon = "time"
    menu_label = _("Live blogs")
    menu_order = 160
    add_to_admin_menu = True
    form_fields = ["story", "headline", "body", "pinned"]
    list_display = ["__str__", "story", "created_at", "pinned", "author"]
    list_filter = ["pinned"]
    edit_view_class = LiveEntryEditView

    def get_form_class(self, for_update: bool = False) -> type[LiveEntryForm]:
        return LiveEntryForm

    def get_queryset(self, request: HttpRequest) -> QuerySet[LiveEntry]:
        entries = LiveEntry.objects.select_related("story", "author")
        story = request.GET.get("story", "")
        well_formed = story.isascii() and story.isdecimal() and len(story) < 19
        return entries.filter(story_id=int(story)) if well_formed else entries
