"""Free TCP ports on loopback, for the servers tests and benchmarks start."""

import socket


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
