"""The security headers of every answer, and the same headers for nginx's static copies.

Django's SecurityMiddleware sends HSTS (production), X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy, XFrameOptionsMiddleware X-Frame-Options;
Content-Security-Policy and Permissions-Policy are ours. Public pages get a strict policy
(scripts and styles from our own files only, never inline); the Wagtail admin, which uses
inline scripts and styles, gets its own looser one. Both admit media from MEDIA_URL's host
when that is another one (object storage, a CDN).
"""

from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from django.conf import settings


def serialize(policy: Mapping[str, Iterable[str]]) -> str:
    """A policy dict ({directive: [sources]}) as the header's value."""
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


def policy_name(path: str) -> str:
    return "admin" if path.startswith(settings.DEPESCHE_ADMIN_PATHS) else "public"


# What pages load from MEDIA_URL: pictures and posters, videos.
MEDIA_DIRECTIVES = ("img-src", "media-src")


def media_origin() -> str | None:
    """scheme://host[:port] of MEDIA_URL when it names a host (object storage, a CDN);
    None for media under this site's own path."""
    parts = urlsplit(settings.MEDIA_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def content_security_policy(path: str, frame_sources: Iterable[str] = ()) -> str:
    """The Content-Security-Policy for an answer to `path`; `frame_sources` are the players
    of other sites (YouTube, Vimeo) this one page may frame once its reader presses play."""
    policy = dict(settings.DEPESCHE_CONTENT_SECURITY_POLICY[policy_name(path)])
    origin = media_origin()
    if origin:
        for directive in MEDIA_DIRECTIVES:
            policy[directive] = [*policy.get(directive, []), origin]
    if frame_sources:
        policy["frame-src"] = [*policy.get("frame-src", []), *frame_sources]
    return serialize(policy)


def framed_by_admin(policy: str) -> str:
    """`policy` with the admin's frame-ancestors: an answer to an admin path, such as the
    public page the admin's preview panel shows, may be framed by the admin."""
    ancestors = settings.DEPESCHE_CONTENT_SECURITY_POLICY["admin"]["frame-ancestors"]
    directives = [part for part in policy.split("; ") if not part.startswith("frame-ancestors")]
    return "; ".join([*directives, " ".join(["frame-ancestors", *ancestors])])


def public_page_headers() -> list[tuple[str, str]]:
    """(name, value) of every security header a public HTML page is sent with.

    What the app sends through its middleware, written out for a web server that serves
    cached pages as files (see `manage.py nginx_security_headers`).
    """
    headers = [
        ("Content-Security-Policy", content_security_policy("/")),
        ("Permissions-Policy", settings.DEPESCHE_PERMISSIONS_POLICY),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS),
    ]
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers.append(("X-Content-Type-Options", "nosniff"))
    if settings.SECURE_REFERRER_POLICY:
        headers.append(("Referrer-Policy", settings.SECURE_REFERRER_POLICY))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers.append(("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY))
    if settings.SECURE_HSTS_SECONDS:
        headers.append(("Strict-Transport-Security", strict_transport_security()))
    return headers


def strict_transport_security() -> str:
    """The HSTS value SecurityMiddleware sends on HTTPS answers."""
    value = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        value += "; includeSubDomains"
    if settings.SECURE_HSTS_PRELOAD:
        value += "; preload"
    return value
