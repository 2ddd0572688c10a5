"""Content-Security-Policy and Permissions-Policy on every answer Django renders."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from depesche.news.video_embeds import frame_sources

from .headers import content_security_policy, framed_by_admin, policy_name


class SecurityHeadersMiddleware:
    """Adds the policies unless a view set its own. A page with a video on another site
    admits that site's player in frame-src (`depesche.news.video_embeds`).

    Sits inside PageCacheMiddleware, so cached pages keep the headers they were sent with
    (the page cache stores them) and hits served before Django carry them too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        policy = content_security_policy(request.path_info, frame_sources(request))
        response.setdefault("Content-Security-Policy", policy)
        if policy_name(request.path_info) == "admin":
            # Wagtail renders a preview as a request of its own for the page's public
            # address, so it arrives with the public policy, which forbids any frame.
            csp = response["Content-Security-Policy"]
            response["Content-Security-Policy"] = framed_by_admin(csp)
        response.setdefault("Permissions-Policy", settings.DEPESCHE_PERMISSIONS_POLICY)
        return response
