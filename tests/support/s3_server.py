"""A throwaway S3-compatible server on loopback: moto's server, objects kept in memory."""

import contextlib
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.support.servers import free_port

# moto accepts any credentials; boto3 refuses to sign without some.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "depesche-test", "AWS_SECRET_ACCESS_KEY": "depesche-test"}
REGION = "eu-central-1"


@contextlib.contextmanager
def throwaway_s3():
    """Start moto's server on a free port; yields its endpoint URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"moto's server exited with {process.returncode}")
            try:
                with urllib.request.urlopen(endpoint, timeout=2):  # noqa: S310 (loopback)
                    break
            except urllib.error.HTTPError:  # an answer all the same
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)
