"""Reading the request headers of an ASGI scope, for entry points that answer before Django.

Header names arrive in lower case; values are decoded as Latin-1, as WSGI servers do.
"""

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

Scope = Mapping[str, Any]


def headers(scope: Scope) -> Iterator[tuple[bytes, str]]:
    """(lower-case name, value) of every header, in the order they came."""
    for name, value in scope.get("headers", []):
        yield name, value.decode("latin-1")


def header(scope: Scope, name: bytes) -> str:
    """The first value of a header, or ""."""
    return next((value for key, value in headers(scope) if key == name), "")


def cookies(scope: Scope) -> str:
    """Every Cookie header, joined (HTTP/2 clients may send several)."""
    return "; ".join(value for key, value in headers(scope) if key == b"cookie")


def wsgi_meta(scope: Scope) -> dict[str, str]:
    """The keys a WSGI environ (and Django's request.META) would have for these headers.

    A header sent twice keeps its last value.
    """
    meta = {
        "REQUEST_METHOD": scope["method"],
        "PATH_INFO": scope["path"],
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "REMOTE_ADDR": (scope.get("client") or ("", 0))[0],
    }
    for name, value in scope.get("headers", []):
        meta[meta_key(name)] = value.decode("latin-1")
    return meta


@lru_cache(maxsize=512)
def meta_key(name: bytes) -> str:
    """The WSGI environ key of a header (its name in lower case, as ASGI gives it)."""
    key = name.decode("latin-1").upper().replace("-", "_")
    return key if key in ("CONTENT_LENGTH", "CONTENT_TYPE") else f"HTTP_{key}"
