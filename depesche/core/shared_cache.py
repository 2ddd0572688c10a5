"""What the shared caches raise when they cannot be reached: Redis down or cut off, or the
file cache's disk failing. Callers degrade (render instead of serving a copy, answer a read
beacon "try again") rather than fail the request."""

import redis

UNREACHABLE = (redis.RedisError, OSError)
