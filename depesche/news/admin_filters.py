"""Filters that admin listings of stories share."""

import django_filters
from django import forms

from .models import SectionPage


class SectionField(forms.ModelChoiceField):
    def label_from_instance(self, section: SectionPage) -> str:
        return f"{section.title} ({section.locale.get_display_name()})"


class SectionFilter(django_filters.ModelChoiceFilter):
    """Sections of every edition, each named with its edition."""

    field_class = SectionField
