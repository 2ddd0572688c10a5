"""The production recipe in deploy/: the systemd units, the nginx site, the containers.

The units and the site file are rendered for this checkout (the install path, ports and
folders replaced) and then run as they are: the migrate unit's commands prepare a site,
the app unit's command serves it, and nginx with the site file stands in front over HTTPS.
"""

import http.client
import json
import re
import shlex
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands

from tests.support import servers
from tests.support.nginx import nginx_http, write_config
from tests.test_settings_table import table

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEPLOY = PROJECT_DIR / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
INSTALL_DIR = "/srv/depesche"
SITE = DEPLOY / "nginx" / "depesche.conf"
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Strict-Transport-Security",
)
needs_systemd_analyze = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)
needs_nginx = pytest.mark.skipif(
    shutil.which("nginx") is None or shutil.which("openssl") is None,
    reason="nginx or openssl is not installed",
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


def test_depesche_manage_runs_manage_py_as_the_units_do():
    script = DEPLOY / "bin" / "depesche-manage"
    subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text()
    app = unit("depesche-app.service")
    assert f"--uid={app['User'][0]}" in text
    assert f"--working-directory={app['WorkingDirectory'][0]}" in text
    assert f"--property=EnvironmentFile={app['EnvironmentFile'][0]}" in text
    assert "--setenv=DJANGO_SETTINGS_MODULE=depesche.settings.production" in text


def deploy_md():
    return re.sub(r"\\\n\s*", " ", (PROJECT_DIR / "docs" / "deploy.md").read_text())


def free_ports(count):
    return [servers.free_port() for _ in range(count)]


def make_certificate(folder):
    """A self-signed certificate for 127.0.0.1 where the site file expects the real one."""
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return folder / "fullchain.pem"


def render_site(var_dir, cert_dir, headers, cache_dir, *, app_port, http_port, https_port):
    """The shipped site file with its placeholders replaced by this test's parts."""
    text = SITE.read_text()
    replacements = {
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "/var/lib/depesche/": f"{var_dir}/",
        "/etc/ssl/depesche/": f"{cert_dir}/",
        "/etc/nginx/depesche-security-headers.conf": str(headers),
        "/var/cache/nginx/depesche-live": str(cache_dir),
    }
    for placeholder, value in replacements.items():
        assert placeholder in text, f"the site file no longer has {placeholder}"
        text = text.replace(placeholder, value)
    return re.sub(r"\n\s*listen \[::\]:\d+[^;]*;", "", text)  # loopback only


@needs_nginx
def test_nginx_accepts_the_site_file(tmp_path):
    tmp_path.chmod(0o755)
    make_certificate(tmp_path)
    (tmp_path / "headers.conf").write_text('add_header X-Frame-Options "DENY" always;\n')
    app_port, http_port, https_port = free_ports(3)
    site = render_site(
        tmp_path, tmp_path, tmp_path / "headers.conf", tmp_path / "live-cache",
        app_port=app_port, http_port=http_port, https_port=https_port,
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="depesche-nginx-") as directory:
        config = write_config(directory, site)
        result = subprocess.run(["nginx", "-t", "-c", str(config)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def start(command, env, log_path):
    """A unit's command in its own process group (servers.stop ends it)."""
    log = open(log_path, "w")  # noqa: SIM115 (kept for the process's lifetime)
    process = subprocess.Popen(
        command,
        env=env,
        cwd=PROJECT_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.log = log
    return process


def wait_for_app(port, process, seconds=60):
    """Wait until the app answers (over plain HTTP it redirects: HTTPS is on)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the app exited"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", "/de/", headers={"X-Forwarded-Proto": "https"})
                connection.getresponse().read()
                connection.close()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the app did not answer")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A site prepared by the migrate unit's commands, served by the app unit's command,
    behind nginx with the shipped site file."""
    if shutil.which("nginx") is None or shutil.which("openssl") is None:
        pytest.skip("nginx or openssl is not installed")
    var_dir = Path(tempfile.mkdtemp(prefix="depesche-recipe-"))
    var_dir.chmod(0o755)  # nginx's workers read static, media and page files
    logs = tmp_path_factory.mktemp("recipe-logs")
    env = servers.production_env(
        var_dir,
        DEPESCHE_HTTPS_REDIRECT="on",
        DEPESCHE_STATIC_PAGES_DIR=var_dir / "pages",
        DEPESCHE_CLIENT_ADDRESS_HEADER="HTTP_X_FORWARDED_FOR",
        DEPESCHE_TRUSTED_PROXIES=1,
        # No new generation while the tests run, so the copies they make stay current.
        DEPESCHE_PAGE_CACHE_SECONDS=3600,
    )
    for command in commands("depesche-migrate.service"):
        subprocess.run(command, env=env, cwd=PROJECT_DIR, check=True, capture_output=True)
    servers.run_manage(servers.loading_env(env), "load_demo", "--stories-per-edition", "2")
    [headers_command] = commands("depesche-nginx-headers.service")
    headers = var_dir / "security-headers.conf"
    headers.write_text(
        subprocess.run(headers_command, env=env, cwd=PROJECT_DIR, check=True, capture_output=True,
                       text=True).stdout
    )  # fmt: skip
    app_port, http_port, https_port = free_ports(3)
    [app_command] = commands("depesche-app.service")
    app_command[app_command.index("--port") + 1] = str(app_port)
    processes = [start(app_command, env, logs / "app.log")]
    for name in ("depesche-worker.service", "depesche-pages.service"):
        [command] = commands(name)
        processes.append(start(command, env, logs / f"{name}.log"))
    try:
        wait_for_app(app_port, processes[0])
        certificate = make_certificate(var_dir)
        nginx_site = render_site(
            var_dir, var_dir, headers, "{dir}/live-cache",
            app_port=app_port, http_port=http_port, https_port=https_port,
        )  # fmt: skip
        with nginx_http(nginx_site):
            yield {
                "http_port": http_port,
                "https_port": https_port,
                "certificate": certificate,
                "var_dir": var_dir,
                "processes": processes,
            }
    finally:
        for process in processes:
            servers.stop(process)
        shutil.rmtree(var_dir, ignore_errors=True)


def connect(site, timeout):
    """An HTTPS connection to nginx that trusts the test's certificate only."""
    context = ssl.create_default_context(cafile=site["certificate"])
    return http.client.HTTPSConnection(
        "127.0.0.1", site["https_port"], timeout=timeout, context=context
    )


def fetch(site, path, method="GET", body=None, headers=None):
    connection = connect(site, timeout=10)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def story_path(site):
    _response, front = fetch(site, "/de/")
    html = front.decode()
    start = html.index('href="', html.index('class="front-lead"')) + 6
    return html[start : html.index('"', start)]


def test_plain_http_is_redirected_to_https(site):
    connection = http.client.HTTPConnection("127.0.0.1", site["http_port"], timeout=10)
    connection.request("GET", "/de/?x=1")
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == "https://127.0.0.1/de/?x=1"


def test_a_story_is_served_from_nginxs_copy_the_second_time(site):
    path = story_path(site)
    first, body = fetch(site, path)
    second, again = fetch(site, path)
    assert first.status == second.status == 200
    assert first.getheader("X-Cache") == "miss"  # rendered by the app...
    assert second.getheader("X-Cache") is None  # ...then a file nginx serves itself
    assert again == body
    assert second.getheader("Cache-Control").startswith("public")
    copy = site["var_dir"] / "pages" / "current" / "127.0.0.1" / path.strip("/") / "index.html"
    assert copy.read_bytes() == body


def test_the_copy_and_the_apps_answer_carry_the_same_security_headers_once(site):
    path = story_path(site)
    fetch(site, path)  # the app renders it and writes the copy
    from_copy, _ = fetch(site, path)
    from_app, _ = fetch(site, f"{path}?from=app")  # a query string: the app answers
    assert from_app.getheader("X-Cache") and from_copy.getheader("X-Cache") is None
    for name in SECURITY_HEADERS:
        assert len(from_app.headers.get_all(name)) == 1, name
        assert from_copy.headers.get_all(name) == from_app.headers.get_all(name), name
    assert from_copy.getheader("Strict-Transport-Security").startswith("max-age=31536000")
    assert "script-src 'self';" in from_copy.getheader("Content-Security-Policy")


def test_static_and_media_files_come_from_nginx(site):
    _response, body = fetch(site, story_path(site))
    html = body.decode()
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)
    image = re.search(r'src="(/media/[^"]+)"', html).group(1)
    css, _ = fetch(site, stylesheet)
    assert css.status == 200 and "max-age=315360000" in css.getheader("Cache-Control")
    picture, content = fetch(site, image)
    assert picture.status == 200 and content  # DEBUG is off: the app serves no media
    assert picture.getheader("X-Content-Type-Options") == "nosniff"
    assert "sandbox" in picture.getheader("Content-Security-Policy")


def test_documents_are_not_served_past_the_app(site):
    response, _ = fetch(site, "/media/documents/anything.pdf")
    assert response.status == 404


def test_live_polls_are_answered_from_nginxs_cache(site):
    first, body = fetch(site, "/de/live/")
    second, again = fetch(site, "/de/live/")
    assert first.status == second.status == 200  # over HTTPS: not redirected
    assert second.getheader("X-Proxy-Cache") == "HIT"
    assert again == body


def test_the_live_stream_is_passed_on_at_once(site):
    connection = connect(site, timeout=5)
    connection.request("GET", "/de/live/stream/", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type").startswith("text/event-stream")
    assert response.readline().startswith(b"retry:")  # within the timeout: passed on as it comes
    connection.close()


def test_large_bodies_are_refused_except_for_the_admin(site):
    # Only the length is sent: nginx answers at once (and would close on a body it refuses).
    connection = connect(site, timeout=10)
    connection.putrequest("POST", "/de/")
    connection.putheader("Content-Length", "100000")
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()
    # Under /admin/ nginx passes the body on: the app refuses the post (CSRF, 403), or, when
    # granian closes on the body the app left unread, nginx reports that (502); never 413.
    response, _ = fetch(site, "/admin/login/", "POST", b"x" * 100_000)
    assert response.status in (403, 502)


def test_the_worker_and_the_page_follower_keep_running(site):
    assert all(process.poll() is None for process in site["processes"])
    assert (site["var_dir"] / "pages" / "current").is_symlink()


CONTAINERFILE = DEPLOY / "Containerfile"


def containerfile_instructions():
    """(instruction, arguments) of the Containerfile, continued lines joined."""
    text = re.sub(r"\\\n\s*", " ", CONTAINERFILE.read_text())
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [tuple(line.split(" ", 1)) for line in lines]


def compose():
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def app_services():
    """The compose services that run the app's image."""
    return {
        name: service
        for name, service in compose()["services"].items()
        if service.get("build", {}).get("target") == "app"
    }


def test_the_containerfile_copies_only_what_the_repository_has_and_the_context_sends():
    ignore = (DEPLOY / "Containerfile.dockerignore").read_text().splitlines()
    sent = {line[1:] for line in ignore if line.startswith("!")}
    copies = [
        arguments.split()
        for instruction, arguments in containerfile_instructions()
        if instruction == "COPY" and not arguments.startswith("--from")
    ]
    assert len(copies) == 4
    for *sources, _destination in copies:
        for source in sources:
            assert (PROJECT_DIR / source).exists(), source
            assert source in sent, f"{source} is not in the build context"


def test_the_app_image_installs_the_lock_and_serves_as_deploy_md_recommends():
    instructions = containerfile_instructions()
    bases = [arguments for instruction, arguments in instructions if instruction == "FROM"]
    assert bases[0] == "python:3.11-slim-bookworm AS app" and bases[-1] == "app"
    runs = " ".join(arguments for instruction, arguments in instructions if instruction == "RUN")
    assert "--no-deps --require-hashes -r /tmp/base.txt" in runs
    assert "manage.py collectstatic" in runs
    users = [arguments for instruction, arguments in instructions if instruction == "USER"]
    assert users == ["depesche"]
    [command] = [arguments for instruction, arguments in instructions if instruction == "CMD"]
    command = json.loads(command)
    documented = re.search(r"\.venv/bin/granian (.*?)depesche\.asgi", deploy_md(), re.DOTALL)
    for flag in re.findall(r"--[a-z0-9-]+(?: \d+)?", documented.group(1)):
        assert flag in " ".join(command), flag


def test_the_web_image_edits_the_site_file_where_it_has_those_lines(tmp_path):
    [edit] = [
        arguments
        for instruction, arguments in containerfile_instructions()
        if instruction == "RUN" and "sed -i" in arguments
    ]
    expressions = re.findall(r"-e '([^']+)'", edit)
    for expression in expressions:
        if expression.startswith("s|"):
            assert expression.split("|")[1] in SITE.read_text(), expression
    site = tmp_path / "depesche.conf"
    site.write_text(SITE.read_text())
    subprocess.run(["sed", "-i", *(f"-e{e}" for e in expressions), str(site)], check=True)
    edited = site.read_text()
    assert "server app:8000;" in edited
    assert "include /etc/nginx/depesche/security-headers.conf;" in edited
    assert "[::]" not in edited
    nginx = compose()["services"]["nginx"]
    assert "nginx-headers:/etc/nginx/depesche:ro" in nginx["volumes"]


def test_compose_services_set_only_variables_the_settings_table_lists():
    listed = table()
    services = app_services()
    assert set(services) == {"migrate", "app", "worker", "pages"}
    for name, service in services.items():
        unknown = set(service["environment"]) - set(listed)
        assert not unknown, f"{name}: {unknown}"
        assert service["env_file"] == "depesche.env"


def test_compose_starts_the_app_after_migrations_with_commands_that_exist():
    services = compose()["services"]
    for name in ("app", "worker", "pages", "nginx"):
        condition = services[name]["depends_on"]["migrate"]["condition"]
        assert condition == "service_completed_successfully", name
    assert services["migrate"]["restart"] == "no"
    known = get_commands()
    for name, service in app_services().items():
        command = " ".join(service.get("command", []))
        for used in re.findall(r"manage\.py (\w+)", command):
            assert used in known, f"{name}: manage.py {used}"
    volumes = set(compose()["volumes"])
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source.startswith(".") or source in volumes, f"{name}: {source}"


def test_containers_share_the_paths_the_site_file_serves():
    site = SITE.read_text()
    nginx = compose()["services"]["nginx"]
    for path in ("/var/lib/depesche/media", "/var/lib/depesche/pages", "/etc/ssl/depesche"):
        assert path in site
        assert any(volume.split(":")[1] == path for volume in nginx["volumes"]), path
    for service in app_services().values():
        assert service["environment"]["DEPESCHE_VAR_DIR"] == "/var/lib/depesche"
