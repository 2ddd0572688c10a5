"""The {% newsticker %} tag and the time format of ticker entries."""

import datetime

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import ngettext

from depesche.news.templatetags.news_tags import texts_by_plural_category
from depesche.ticker.headlines import ticker_html

register = template.Library()


@register.simple_tag(takes_context=True)
def newsticker(context: template.Context, locale_id: int) -> str:
    return ticker_html(context["request"], locale_id)


@register.filter
def ticker_time(value: datetime.datetime) -> str:
    """The time for today's entries; day, month and time for older ones."""
    local = timezone.localtime(value)
    time = date_format(local, "TIME_FORMAT")
    if local.date() == timezone.localdate():
        return time
    return f"{date_format(local, 'MONTH_DAY_FORMAT')}, {time}"


@register.simple_tag
def new_stories_texts() -> str:
    """ "N new stories" for the button in the ticker."""
    return texts_by_plural_category(
        lambda n: ngettext("%(count)s new story", "%(count)s new stories", n)
    )


@register.simple_tag
def ticker_length() -> int:
    return settings.DEPESCHE_TICKER_LENGTH
