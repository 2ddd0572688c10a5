"""A throwaway PostgreSQL server started from the installed binaries.

It lives in a temporary directory, listens only on a Unix socket there, and is stopped and
removed afterwards. PostgreSQL refuses to run as root, so as root the server runs as the
`postgres` system user that Debian's package creates.
"""

import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote


def bin_dir():
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4])
    )
    if candidates:
        return os.path.dirname(candidates[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    sys.exit("PostgreSQL's server binaries are missing: apt-get install postgresql")


def as_server_user(command):
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class PostgresServer:
    """A server in a temporary directory that can be stopped and started again; it listens
    on a Unix socket there and, if given, on `listen_address` (TCP, trusting every client:
    for tests and benchmarks only)."""

    def __init__(self, listen_address=None, port=5432):
        self.binaries = bin_dir()
        self.workdir = tempfile.mkdtemp(prefix="depesche-pg-")
        self.data = os.path.join(self.workdir, "data")
        self.log = os.path.join(self.workdir, "server.log")
        self.listen_address, self.port = listen_address, port
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres", "postgres")
        self.running = False

    @property
    def url(self):
        """DATABASE_URL of database `postgres`, user `depesche` (over TCP if it listens)."""
        if self.listen_address:
            return f"postgres://depesche@{self.listen_address}:{self.port}/postgres"
        return f"postgres://depesche@{quote(self.workdir, safe='')}:{self.port}/postgres"

    def run(self, *args):
        subprocess.run(as_server_user(list(args)), check=True, stdout=subprocess.DEVNULL)

    def create(self):
        self.run(
            f"{self.binaries}/initdb",
            "-D",
            self.data,
            "-U",
            "depesche",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        if self.listen_address:
            with open(os.path.join(self.data, "pg_hba.conf"), "a") as rules:
                rules.write("host all all 0.0.0.0/0 trust\n")

    def start(self):
        options = (
            f"-k {self.workdir} -p {self.port} -c listen_addresses='{self.listen_address or ''}' "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        try:
            self.run(
                f"{self.binaries}/pg_ctl",
                "-D",
                self.data,
                "-l",
                self.log,
                "-o",
                options,
                "-w",
                "start",
            )
        except subprocess.CalledProcessError:
            if os.path.exists(self.log):
                sys.stderr.write(Path(self.log).read_text())
            raise
        self.running = True

    def stop(self, mode="immediate"):
        self.run(f"{self.binaries}/pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")
        self.running = False

    def remove(self):
        if self.running:
            self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


@contextlib.contextmanager
def postgres_server(listen_address=None, port=5432):
    """A created and started PostgresServer, removed at the end."""
    server = PostgresServer(listen_address, port)
    try:
        server.create()
        server.start()
        yield server
    finally:
        server.remove()


@contextlib.contextmanager
def throwaway_server():
    """Start a server; yields its DATABASE_URL (database `postgres`, user `depesche`)."""
    with postgres_server() as server:
        yield server.url
