"""A real HTTP server on 127.0.0.1 for importer tests (images, pages, feeds to poll)."""

import http.server
import threading
from contextlib import contextmanager


@contextmanager
def local_site(status=200, content_type="text/html; charset=utf-8", body=b""):
    """Serve one answer to every GET; change it through `site.answer` while it runs.

    Yields the server, whose `base` is http://127.0.0.1:<port>.
    """

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            status, content_type, body = server.answer
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    server.answer = (status, content_type, body)
    server.base = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
