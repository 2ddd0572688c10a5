"""The {% newsticker %} tag and the time format of ticker entries."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format

from depesche.news.structure import remembered
from depesche.ticker.headlines import latest_headlines

register = template.Library()


@register.simple_tag(takes_context=True)
def newsticker(context, locale_id):
    """The edition's ticker, rendered once per content generation, language and day.

    It changes only when stories are published (a new generation) or at midnight (dates
    replace times), so every page of the edition shares one rendering.
    """
    request = context["request"]
    key = (
        "ticker",
        request.get_host(),
        locale_id,
        translation.get_language(),
        timezone.localdate(),
    )
    return remembered(
        key,
        lambda: render_to_string(
            "includes/newsticker.html", {"headlines": latest_headlines(locale_id)}, request
        ),
    )


@register.filter
def ticker_time(value):
    """The time for today's entries; day, month and time for older ones."""
    local = timezone.localtime(value)
    time = date_format(local, "TIME_FORMAT")
    if local.date() == timezone.localdate():
        return time
    return f"{date_format(local, 'MONTH_DAY_FORMAT')}, {time}"
