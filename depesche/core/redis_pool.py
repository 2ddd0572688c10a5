"""One Redis connection pool per process for Django's Redis cache, and clients on it.

Django gives every thread and every asyncio task a cache object of its own, and each such
object opens its own connection pool: under ASGI that is a new TCP connection (with its
handshake) for every request. Named as the cache's `pool_class`, this class hands every
cache object of a process the same pool for the same server and options. redis-py's pools
notice a fork and start afresh in the child, so pools made before granian forks are safe.
"""

import re
import threading

import redis
from django.conf import settings
from django.utils.module_loading import import_string


class SharedConnectionPool(redis.ConnectionPool):
    """A ConnectionPool whose `from_url` returns the process's pool for that URL and options."""

    _pools: dict[tuple, redis.ConnectionPool] = {}
    _lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str, **options: object) -> redis.ConnectionPool:
        key = (url, tuple(sorted((name, repr(value)) for name, value in options.items())))
        with cls._lock:
            pool = cls._pools.get(key)
            if pool is None:
                pool = cls._pools[key] = super().from_url(url, **options)
            return pool


# Options of Django's Redis cache that are not connection options.
CACHE_ONLY_OPTIONS = {"pool_class", "serializer"}
_clients: dict[int, redis.Redis] = {}


def client_for(alias: str) -> redis.Redis:
    """A client on the process's pool for the Redis cache `alias`, for what Django's cache
    API cannot say (pipelines, key scans). Keys must go through the cache's `make_key`."""
    config = settings.CACHES[alias]
    options = {
        name: value
        for name, value in config.get("OPTIONS", {}).items()
        if name not in CACHE_ONLY_OPTIONS
    }
    # As Django's cache passes it, so that both share one pool.
    parser_class = options.get("parser_class") or redis.connection.DefaultParser
    options["parser_class"] = (
        import_string(parser_class) if isinstance(parser_class, str) else parser_class
    )
    location = re.split("[;,]", config["LOCATION"])[0]  # the writer, as Django's cache
    pool = SharedConnectionPool.from_url(location, **options)
    client = _clients.get(id(pool))
    if client is None:
        client = _clients[id(pool)] = redis.Redis(connection_pool=pool)
    return client
