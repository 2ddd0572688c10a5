"""What pages need to join the live channel."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def live_poll_seconds() -> int:
    """How often a page polls when it cannot hold a stream open."""
    return settings.DEPESCHE_LIVE["POLL_SECONDS"]
