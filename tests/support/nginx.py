"""nginx on loopback: the static reference of the benchmarks, and Depesche's front server."""

import contextlib
import subprocess
import tempfile
import time
from pathlib import Path

CONFIG = """
worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 4096; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;  # as in Debian's nginx.conf, which deploy/nginx/depesche.conf runs under
  tcp_nopush on;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  {http}
}}
"""


@contextlib.contextmanager
def nginx(port, body, http=""):
    """Run nginx on 127.0.0.1:port with `body` inside its server block (and `http`, with
    {dir} for nginx's own folder, at the http level)."""
    server = f"server {{\n    listen 127.0.0.1:{port};\n    {body}\n  }}"
    with nginx_http(f"{http}\n  {server}"):
        yield


@contextlib.contextmanager
def nginx_http(http):
    """Run nginx with `http` as its http block ({dir}: nginx's own folder, yielded)."""
    with tempfile.TemporaryDirectory(prefix="depesche-nginx-") as directory:
        config = write_config(directory, http)
        subprocess.run(["nginx", "-c", str(config)], check=True)
        time.sleep(0.5)
        try:
            yield directory
        finally:
            subprocess.run(["nginx", "-c", str(config), "-s", "stop"], check=False)
            time.sleep(0.5)


def write_config(directory, http):
    """nginx.conf in `directory` with `http` as its http block; returns its path."""
    Path(directory).chmod(0o711)  # workers (www-data) write request bodies under it
    config = Path(directory) / "nginx.conf"
    config.write_text(CONFIG.format(dir=directory, http=http.replace("{dir}", directory)))
    return config


def static_pages_site(static_dir, app_port, security_headers=""):
    """The server block of docs/deploy.md: cached pages from files, everything else proxied.

    `security_headers` is what `manage.py nginx_security_headers` prints.
    """
    return f"""
    root {static_dir};
    client_header_timeout 10s;
    client_body_timeout 10s;
    send_timeout 30s;
    keepalive_timeout 30s;
    large_client_header_buffers 4 8k;
    client_max_body_size 64k;
    location /admin/ {{
      client_max_body_size 100m;
      proxy_read_timeout 300s;
      proxy_pass http://127.0.0.1:{app_port};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}
    set $page /current/$host${{uri}}index.html;
    if ($cookie_sessionid) {{ set $page /no-static-page; }}
    if ($args) {{ set $page /no-static-page; }}
    if ($request_method !~ ^(GET|HEAD)$) {{ set $page /no-static-page; }}
    location / {{
      try_files $page @app;
      add_header X-Cache static;
      add_header Cache-Control "public, max-age=0, must-revalidate, s-maxage=60";
      {security_headers}
    }}
    location @app {{
      proxy_pass http://127.0.0.1:{app_port};
      proxy_read_timeout 30s;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}
    """


# The live channel behind nginx, as in docs/deploy.md: polls cached for the couple of
# seconds the app allows (one request per edition at a time goes through), streams
# passed on unbuffered. `$upstream_addr` is logged, so a run can count what reached the app.
LIVE_CACHE = """
  proxy_cache_path {dir}/live-cache levels=1 keys_zone=live:1m max_size=10m inactive=1m;
  log_format upstream "$upstream_addr";
  log_subrequest on;  # the cache's background updates reach the app too: count them
"""


def live_channel_locations(app_port, log_path):
    return f"""
    location ~ ^/[a-z-]+/live/$ {{
      proxy_pass http://127.0.0.1:{app_port};
      proxy_set_header Host $host;
      proxy_cache live;
      proxy_cache_lock on;
      proxy_cache_use_stale updating;
      proxy_cache_background_update on;
      proxy_cache_revalidate on;
      add_header X-Cache $upstream_cache_status;
      access_log {log_path} upstream;
    }}
    location ~ ^/[a-z-]+/live/stream/$ {{
      proxy_pass http://127.0.0.1:{app_port};
      proxy_set_header Host $host;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_read_timeout 1h;
    }}
    """
