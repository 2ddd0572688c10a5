"""What a page's head tells machines: its feeds, canonical URL and structured data."""

from django import template
from django.utils.translation import gettext as _
from taggit.models import Tag

from depesche.news.models import SectionPage
from depesche.syndication import markup
from depesche.syndication.feeds import feed_path

register = template.Library()

FEED_TYPES = (("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom"))


@register.inclusion_tag("includes/feed_links.html")
def feed_links(page: object = None, tag: object = None) -> dict[str, list[tuple[str, str, str]]]:
    """The edition's feeds, and the section's or tag's own feeds on their pages."""
    section = page if isinstance(page, SectionPage) else None
    tag = tag if isinstance(tag, Tag) else None  # error pages have neither
    links = []
    for format_name, mime_type, label in FEED_TYPES:
        if section is not None:
            title = _("%(section)s (%(format)s)") % {"section": section.title, "format": label}
            links.append((mime_type, title, feed_path(format_name, section=section)))
        if tag is not None:
            title = _("Tag %(tag)s (%(format)s)") % {"tag": tag.name, "format": label}
            links.append((mime_type, title, feed_path(format_name, tag=tag)))
        title = _("Latest stories (%(format)s)") % {"format": label}
        links.append((mime_type, title, feed_path(format_name)))
    return {"links": links}


@register.inclusion_tag("includes/page_markup.html", takes_context=True)
def page_markup(context: template.Context) -> dict[str, markup.PageMarkup]:
    """Canonical URL, description, Open Graph and Twitter tags and JSON-LD for the page."""
    return {"markup": markup.page_markup(context)}
