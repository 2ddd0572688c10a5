"""Request bodies: refused early when too large or of unknown length (see core.body_limits)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase

from depesche.core.body_limits import refused_body


class RequestBodyLimitMiddleware:
    """Refuses a body over the path's limit (413) before anything reads it.

    Public pages take no uploads, so a large body there is refused at once; a body of
    unknown length (chunked) is refused there too (411), as it could be of any size.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        refusal = refused_body(request.path_info, request.META)
        if refusal is not None:
            status, message = refusal
            return HttpResponse(message, status=status)
        return self.get_response(request)
