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


@contextlib.contextmanager
def throwaway_server():
    """Start a server; yields its DATABASE_URL (database `postgres`, user `depesche`)."""
    binaries = bin_dir()
    workdir = tempfile.mkdtemp(prefix="depesche-pg-")
    data, log = os.path.join(workdir, "data"), os.path.join(workdir, "server.log")
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")

    def run(*args):
        subprocess.run(as_server_user(list(args)), check=True, stdout=subprocess.DEVNULL)

    started = False
    try:
        run(
            f"{binaries}/initdb",
            "-D",
            data,
            "-U",
            "depesche",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-k {workdir} -c listen_addresses='' -c fsync=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        try:
            run(f"{binaries}/pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "start")
        except subprocess.CalledProcessError:
            if os.path.exists(log):
                sys.stderr.write(Path(log).read_text())
            raise
        started = True
        yield f"postgres://depesche@{quote(workdir, safe='')}/postgres"
    finally:
        if started:
            run(f"{binaries}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(workdir, ignore_errors=True)
