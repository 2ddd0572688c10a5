"""A throwaway Redis server on loopback, with nothing saved to disk."""

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time

from tests.support.ports import free_port


def answers_ping(port):
    """True once the server on `port` answers PING (spoken plainly, so that bin/with-redis
    needs no Python package)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as client:
            client.sendall(b"PING\r\n")
            return client.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """redis-server on a fixed free port that can be stopped and started again (empty, as a
    restarted Redis without persistence is)."""

    def __init__(self, directory, bind="127.0.0.1"):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise RuntimeError("redis-server is missing: apt-get install redis-server")
        self.directory = directory
        self.bind = bind
        self.port = free_port()
        self.url = f"redis://{bind}:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", *sorted({"127.0.0.1", self.bind})]
            + ["--save", "", "--appendonly", "no", "--dir", str(self.directory)]
            + ["--protected-mode", "no"],  # reached from other hosts of a test network
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not answers_ping(self.port):
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer on port {self.port}")
            time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@contextlib.contextmanager
def redis_server(bind="127.0.0.1"):
    """A started RedisServer (listening on loopback and `bind`), stopped at the end."""
    with tempfile.TemporaryDirectory(prefix="depesche-redis-") as directory:
        server = RedisServer(directory, bind)
        server.start()
        try:
            yield server
        finally:
            if server.process.poll() is None:
                server.stop()


@contextlib.contextmanager
def throwaway_redis():
    """Start redis-server on a free port; yields its REDIS_URL."""
    with redis_server() as server:
        yield server.url
