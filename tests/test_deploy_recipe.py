"""The production recipe in deploy/: the systemd units.

The units are rendered for this checkout (the install path replaced), so that the
binaries they run exist.
"""

import re
import shlex
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEPLOY = PROJECT_DIR / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
INSTALL_DIR = "/srv/depesche"
needs_systemd_analyze = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)


def read_unit(text):
    """{key: [values]} of a unit file, continued lines joined."""
    entries = defaultdict(list)
    for line in re.sub(r"\\\n\s*", " ", text).splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            entries[key].append(value)
    return entries


def unit(name, install_dir=INSTALL_DIR):
    return read_unit((DEPLOY / "systemd" / name).read_text().replace(INSTALL_DIR, install_dir))


def commands(name):
    """The ExecStart command lines of a unit, for this checkout."""
    return [shlex.split(line) for line in unit(name, str(PROJECT_DIR))["ExecStart"]]


@pytest.fixture(scope="module")
def rendered_units(tmp_path_factory):
    """The units with this checkout as their install path, so their binaries exist."""
    folder = tmp_path_factory.mktemp("units")
    for path in UNITS:
        (folder / path.name).write_text(path.read_text().replace(INSTALL_DIR, str(PROJECT_DIR)))
    return folder


def systemd_analyze(folder, *arguments):
    return subprocess.run(
        ["systemd-analyze", *arguments],
        env={"SYSTEMD_UNIT_PATH": f"{folder}:", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )


@needs_systemd_analyze
def test_units_pass_systemd_analyze_verify(rendered_units):
    result = systemd_analyze(rendered_units, "verify", *sorted(map(str, rendered_units.iterdir())))
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""


@needs_systemd_analyze
@pytest.mark.parametrize("path", UNITS, ids=lambda path: path.name)
def test_units_are_sandboxed(rendered_units, path):
    result = systemd_analyze(
        rendered_units,
        "security",
        "--offline=true",
        "--threshold=25",
        str(rendered_units / path.name),
    )
    assert result.returncode == 0, result.stdout[-300:]
    entries = unit(path.name)
    assert entries["EnvironmentFile"] == ["/etc/depesche/depesche.env"]
    assert entries["User"] == ["depesche"] and entries["ReadWritePaths"] == ["/var/lib/depesche"]
    for key in ("NoNewPrivileges", "PrivateTmp", "ProtectHome"):
        assert entries[key] == ["yes"], key
    assert entries["ProtectSystem"] == ["strict"]


@pytest.mark.parametrize(
    "name", ["depesche-app.service", "depesche-worker.service", "depesche-pages.service"]
)
def test_long_running_units_restart_and_wait_for_migrations(name):
    entries = unit(name)
    assert entries["Restart"] == ["always"]
    assert "depesche-migrate.service" in entries["Requires"][0].split()
    assert "depesche-migrate.service" in entries["After"][0].split()


def test_the_app_unit_runs_granian_as_deploy_md_recommends():
    [command] = commands("depesche-app.service")
    documented = re.search(r"\.venv/bin/granian (.*?)depesche\.asgi", deploy_md(), re.DOTALL)
    for flag in re.findall(r"--[a-z0-9-]+(?: \d+)?", documented.group(1)):
        assert flag in " ".join(command), flag
    assert command[-1] == "depesche.asgi:application"


def deploy_md():
    return re.sub(r"\\\n\s*", " ", (PROJECT_DIR / "docs" / "deploy.md").read_text())
