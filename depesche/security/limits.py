"""Request bodies: small on public paths, larger for the admin's uploads and imports."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


def body_limit(path):
    """The largest body, in bytes, a request to `path` may send."""
    limits = settings.DEPESCHE_MAX_BODY_BYTES
    return limits["admin"] if path.startswith(settings.DEPESCHE_ADMIN_PATHS) else limits["public"]


class RequestBodyLimitMiddleware:
    """Refuses a body over the path's limit (413) before anything reads it.

    Public pages take no uploads, so a large body there is refused at once; a body of
    unknown length (chunked) is refused there too (411), as it could be of any size.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit(request.path_info)
        public = not request.path_info.startswith(settings.DEPESCHE_ADMIN_PATHS)
        if public and request.META.get("HTTP_TRANSFER_ENCODING"):
            return HttpResponse(_("Send the request with a Content-Length."), status=411)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(_("The Content-Length is not a number."), status=400)
        if length > limit:
            return HttpResponse(_("The request body is too large."), status=413)
        return self.get_response(request)
