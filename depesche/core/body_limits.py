"""How large a request body may be: one rule for Django's middleware and the read shortcuts.

The limits are DEPESCHE_MAX_BODY_BYTES, by path prefix; the longest prefix a path starts
with counts, "/" for every other path.
"""

from collections.abc import Mapping

from django.conf import settings
from django.utils.translation import gettext as _


def body_limit(path: str) -> int:
    """The largest body, in bytes, a request to `path` may send."""
    limits = settings.DEPESCHE_MAX_BODY_BYTES
    return limits[max((p for p in limits if path.startswith(p)), key=len, default="/")]


def refused_body(path: str, meta: Mapping[str, str]) -> tuple[int, str] | None:
    """(status, message) refusing a request's body before anything reads it, else None.

    A body of unknown length (chunked) could be of any size: only the admin, which takes
    uploads, accepts one.
    """
    if meta.get("HTTP_TRANSFER_ENCODING") and not path.startswith(settings.DEPESCHE_ADMIN_PATHS):
        return 411, _("Send the request with a Content-Length.")
    try:
        length = int(meta.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 400, _("The Content-Length is not a number.")
    if length > body_limit(path):
        return 413, _("The request body is too large.")
    return None
