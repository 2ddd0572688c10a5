"""Which address a request comes from, behind the proxies the site trusts."""

from collections.abc import Mapping

from django.conf import settings


def client_address(meta: Mapping[str, str]) -> str:
    """The client's address: behind trusted proxies, the one the outermost proxy saw.

    Entries left of that in X-Forwarded-For are written by the client and not trusted.
    Read counting, rate limits and login throttling all count by this address.
    """
    header = settings.DEPESCHE_CLIENT_ADDRESS["HEADER"]
    proxies = settings.DEPESCHE_CLIENT_ADDRESS["TRUSTED_PROXIES"]
    if header and proxies:
        hops = [hop.strip() for hop in meta.get(header, "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return meta.get("REMOTE_ADDR", "")
