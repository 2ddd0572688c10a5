"""The {% most_read %} tag: an edition's most-read stories of the day and of the week."""

from django import template

from depesche.reads.most_read import edition_lists

register = template.Library()


@register.inclusion_tag("includes/most_read.html")
def most_read_lists(locale_id):
    """The most-read box of an edition."""
    return edition_lists(locale_id)
