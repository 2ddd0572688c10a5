"""The story editor's form: a published lead image needs a text for readers who cannot see it."""

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .slugs import shortened

MISSING_ALT_TEXT = _(
    "Describe what the lead image shows before publishing, or give the image a description "
    "in the image library. Readers who cannot see the photo hear this text instead."
)


SCHEDULE_FIELDS = ("go_live_at", "expire_at", "embargo_until")
# Help a schedule field keeps before the zone's (Wagtail's own for the others is replaced).
OWN_HELP = {
    "embargo_until": _(
        "Until then the story appears nowhere: not on the site, in feeds, sitemaps, "
        "the APIs or search. Publishing it schedules it; it goes out by itself."
    )
}


class StoryForm(WagtailAdminPageForm):
    """Publishing (or submitting for moderation) a story with a lead image needs alt text:
    the story's own, or the image's description. Saving a draft does not: an editor saves
    often while writing, and the photo desk may describe the image later.

    The schedule's times are the edition's: the view reads them in its zone (activated by
    news/wagtail_hooks.py), but Wagtail renders the page in the editor's own zone, so the
    times are shown as the edition's local time here. Their help names the zone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zone = timezone.get_current_timezone()
        for name in SCHEDULE_FIELDS:
            if name not in self.fields:
                continue
            zone_help = _("Time in the edition's time zone, %(zone)s.") % {"zone": str(zone)}
            own_help = OWN_HELP.get(name)
            self.fields[name].help_text = f"{own_help} {zone_help}" if own_help else zone_help
            moment = self.initial.get(name)
            if moment is not None and timezone.is_aware(moment):
                self.initial[name] = timezone.make_naive(moment, zone)

    def clean_slug(self) -> str:
        """A new slug, typed or made by the admin from a long headline, is cut after a
        whole word as the importers cut theirs; a slug the story has is left alone."""
        slug = self.cleaned_data["slug"]
        if self.instance.pk is None or "slug" in self.changed_data:
            slug = shortened(slug) or slug
        return slug

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            image = cleaned_data.get("lead_image")
            alt_text = cleaned_data.get("lead_image_alt", "").strip()
            if image is not None and not alt_text and not image.description.strip():
                self.add_error("lead_image_alt", MISSING_ALT_TEXT)
        return cleaned_data
