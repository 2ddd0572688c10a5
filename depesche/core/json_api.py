"""What the JSON APIs (ninjs, search) share: JSON whatever is asked, and the same answers
to a wrong method and to a client over the rate limit."""

from collections.abc import Sequence

from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from rest_framework.exceptions import MethodNotAllowed, Throttled
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request


class AlwaysJSON(BaseContentNegotiation):
    """JSON whatever the Accept header or a ?format= parameter ask for."""

    def select_renderer(
        self, request: Request, renderers: Sequence[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        return renderers[0], renderers[0].media_type


def common_refusal(exc: Exception) -> HttpResponse | None:
    """405 for anything but GET, 429 with Retry-After over the rate limit; else None."""
    if isinstance(exc, MethodNotAllowed):
        return HttpResponseNotAllowed(["GET"], content=b"Method not allowed")
    if isinstance(exc, Throttled):
        response = JsonResponse({"error": "Too many requests."}, status=429)
        if exc.wait is not None:
            response["Retry-After"] = str(exc.wait)
        return response
    return None
