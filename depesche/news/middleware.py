"""Language and time zone handling for the editions' URLs."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware
from django.utils import timezone, translation

from depesche.news.structure import edition_time_zone


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, plus the edition's time zone, minus its redirect of
    unprefixed 404s for machine endpoints.

    A request under an edition's language prefix renders its dates in that edition's time
    zone (the front pages are remembered per process, so this costs no query); other paths
    keep the site's default zone. Admin previews too: Wagtail renders a preview as a request
    for the page's own address through the middleware (`make_preview_request`).

    Every path exists under a language prefix (the page tree catches all), so the stock
    middleware would redirect a 404 from, say, the read endpoint to /de/reads/…; endpoints
    for machines must answer 404 themselves.
    """

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        language = translation.get_language_from_path(request.path_info)
        zone = edition_time_zone(language) if language else None
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        timezone.deactivate()
        if request.path_info.startswith(settings.DEPESCHE_UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
