"""nginx as the reference a benchmark compares Depesche with."""

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
  access_log off;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  server {{
    listen 127.0.0.1:{port};
    {body}
  }}
}}
"""


@contextlib.contextmanager
def nginx(port, body):
    """Run nginx on 127.0.0.1:port with `body` inside its server block."""
    with tempfile.TemporaryDirectory(prefix="depesche-nginx-") as directory:
        config = Path(directory) / "nginx.conf"
        config.write_text(CONFIG.format(dir=directory, port=port, body=body))
        subprocess.run(["nginx", "-c", str(config)], check=True)
        time.sleep(0.5)
        try:
            yield
        finally:
            subprocess.run(["nginx", "-c", str(config), "-s", "stop"], check=False)
            time.sleep(0.5)
