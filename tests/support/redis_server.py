"""A throwaway Redis server on loopback, with nothing saved to disk."""

import contextlib
import shutil
import subprocess
import tempfile
import time

import redis

from tests.support.servers import free_port


@contextlib.contextmanager
def throwaway_redis():
    """Start redis-server on a free port; yields its REDIS_URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is missing: apt-get install redis-server")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="depesche-redis-") as directory:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", directory],
            stdout=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    redis.Redis.from_url(url).ping()
                    break
                except redis.ConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)
