"""URL path converters for edition pages (registered on import, as Django's docs do)."""

from django.urls import register_converter
from django.urls.converters import SlugConverter


class UnicodeSlugConverter(SlugConverter):
    """A slug in any script (tags are named in each edition's language: беларусь, müdafiə)."""

    regex = r"[-\w]+"


UNICODE_SLUG = "unicode_slug"
register_converter(UnicodeSlugConverter, UNICODE_SLUG)
