"""Language handling for the editions' URLs."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s for machine endpoints.

    Every path exists under a language prefix (the page tree catches all), so the stock
    middleware would redirect a 404 from, say, the read endpoint to /de/reads/…; endpoints
    for machines must answer 404 themselves.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if request.path_info.startswith(settings.DEPESCHE_UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
