"""The admin door: who is trying to log in, as django-axes counts failed attempts."""

from django.http import HttpRequest

from depesche.core.client import client_address


def client_ip(request: HttpRequest) -> str:
    """The address axes locks out: REMOTE_ADDR, or behind trusted proxies the one they saw.

    The same rule as read counting and the API's rate limit, so a client cannot pick a
    fresh address for each attempt by writing its own X-Forwarded-For.
    """
    return client_address(request.META)
