"""Error pages in the reader's edition: the designed 404 (the demo's too) and the 500."""

from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation
from django.views.defaults import page_not_found

from depesche.news.editions import edition_home_url


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the language of the address; it reads nothing from the database."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = render_to_string("500.html", {"home_url": edition_home_url(language)})
    return HttpResponseServerError(body)


class DesignedNotFoundMiddleware:
    """With DEBUG on (the demo), readers' 404s show the designed page rather than Django's
    technical one; the admin's keep the technical page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, Http404) and not request.path.startswith("/admin/"):
            return page_not_found(request, exception)
        return None
