"""The {% breaking_news %} tag: the banner's place on every page of an edition."""

from django import template

from depesche.breaking.banner import slot_html

register = template.Library()


@register.simple_tag
def breaking_news(locale_id: int) -> str:
    return slot_html(locale_id)  # rendered from a template, so escaped and safe
