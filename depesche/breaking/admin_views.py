"""The "Breaking news" screen in the admin: set an alert for N minutes, or end it.

An editor sets alerts for the editions where they may publish the front page.
"""

import datetime

from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale

from depesche.news.models import EditionHomePage, StoryPage

from .models import BreakingAlert

LONGEST_MINUTES = 7 * 24 * 60


class EditionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, locale: Locale) -> str:
        return locale.get_display_name()


def editions_for(user: object) -> QuerySet[Locale]:
    """The editions whose front page the user may publish."""
    homes = EditionHomePage.objects.live().select_related("locale")
    allowed = [home.locale_id for home in homes if home.permissions_for_user(user).can_publish()]
    return Locale.objects.filter(pk__in=allowed).order_by("language_code")


class BreakingAlertForm(WagtailAdminModelForm):
    locale = EditionChoiceField(label=_("Edition"), queryset=Locale.objects.none())
    # An address typed without a scheme is taken as https (Django 6's default).
    link = forms.URLField(
        label=_("link"),
        required=False,
        assume_scheme="https",
        help_text=BreakingAlert._meta.get_field("link").help_text,
    )
    minutes = forms.IntegerField(
        label=_("Show for (minutes)"),
        min_value=0,
        max_value=LONGEST_MINUTES,
        initial=30,
        help_text=_("Counted from now. 0 ends the alert now."),
    )

    class Meta:
        model = BreakingAlert
        fields = ["locale", "story", "text", "link"]
        widgets = {"story": AdminPageChooser(target_models=[StoryPage])}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = editions_for(self.for_user)
        if self.instance.pk:
            left = (self.instance.ends_at - timezone.now()).total_seconds() // 60
            self.fields["minutes"].initial = max(int(left), 0)

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("minutes") is not None:
            self.instance.ends_at = timezone.now() + datetime.timedelta(minutes=cleaned["minutes"])
        return cleaned


class BreakingAlertViewSet(ModelViewSet):
    model = BreakingAlert
    icon = "warning"
    menu_label = _("Breaking news")
    menu_order = 150
    add_to_admin_menu = True
    form_fields = ["locale", "story", "text", "link", "minutes"]
    list_display = [
        "headline",
        Column("locale", label=_("Edition")),
        "created_at",
        "ends_at",
    ]
    list_filter = ["locale"]

    def get_form_class(self, for_update: bool = False) -> type[BreakingAlertForm]:
        return BreakingAlertForm

    def get_queryset(self, request: HttpRequest) -> QuerySet[BreakingAlert]:
        return BreakingAlert.objects.select_related("locale", "story")
