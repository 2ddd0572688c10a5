"""Reading a web address for an importer: http(s) only, with a time and size limit."""

import urllib.request
from urllib.parse import urlsplit

from django.utils.translation import gettext as _


class SourceError(Exception):
    """The source as a whole cannot be read (unreachable, not of its format, …)."""


def read_url(url: str, *, max_bytes: int, timeout: float) -> tuple[bytes, str]:
    """(content, content type) of the answer; SourceError with the reason if there is none."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise SourceError(_("Only http and https addresses can be imported."))
    request = urllib.request.Request(url, headers={"User-Agent": "Depesche importer"})  # noqa: S310 (scheme checked above)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 # nosec B310
            content = answer.read(max_bytes + 1)
            content_type = answer.headers.get_content_type()
    except (OSError, ValueError) as error:
        raise SourceError(
            _("Cannot read %(source)s: %(problem)s") % {"source": url, "problem": error}
        ) from error
    if len(content) > max_bytes:
        raise SourceError(
            _("%(source)s is larger than %(size)d MB.")
            % {"source": url, "size": max_bytes // (1024 * 1024)}
        )
    return content, content_type
