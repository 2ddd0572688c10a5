"""The demo site in its own process: its settings, its own SQLite database and media folder."""

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support import servers

PROJECT_DIR = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(PROJECT_DIR / "manage.py")]
STORIES_PER_EDITION = 14


def demo_env(var_dir: Path) -> dict[str, str]:
    """The demo site's settings, on its own SQLite database and media folder."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="depesche.settings.dev",
        DEPESCHE_VAR_DIR=str(var_dir),
        PYTHONUNBUFFERED="1",
    )
    env.pop("DATABASE_URL", None)
    return env


@contextlib.contextmanager
def running_demo(var_dir: Path, stories_per_edition: int = STORIES_PER_EDITION) -> Iterator[str]:
    """Load the demo into `var_dir`, serve it on a free port; yields its base URL."""
    env = demo_env(var_dir)
    subprocess.run([*MANAGE, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    subprocess.run(
        [*MANAGE, "load_demo", "--stories-per-edition", str(stories_per_edition)],
        env=env,
        check=True,
    )
    port = servers.free_port()
    with open(var_dir / "server.log", "w") as log:
        process = subprocess.Popen(
            [*MANAGE, "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            servers.wait_until_serving(f"{base_url}/de/", process)
            yield base_url
        finally:
            process.terminate()
            process.wait(timeout=10)
