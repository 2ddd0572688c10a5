"""One Redis connection pool per process for Django's Redis cache.

Django gives every thread and every asyncio task a cache object of its own, and each such
object opens its own connection pool: under ASGI that is a new TCP connection (with its
handshake) for every request. Named as the cache's `pool_class`, this class hands every
cache object of a process the same pool for the same server and options. redis-py's pools
notice a fork and start afresh in the child, so pools made before granian forks are safe.
"""

import threading

import redis


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
