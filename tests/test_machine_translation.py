"""The LibreTranslate backend against a local HTTP server standing in for one."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import translation

from depesche.translations.machine import LibreTranslate, MachineTranslationError


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """Answers /translate as LibreTranslate does, or with the status the test sets."""

    answer_status = 200
    answer_body: object = None
    requests: list = []

    def do_POST(self):  # noqa: N802 -- the http.server name
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.requests.append((self.path, payload))
        body = self.answer_body
        if body is None:
            body = {"translatedText": [f"<{payload['target']}>{q}" for q in payload["q"]]}
        data = json.dumps(body).encode()
        self.send_response(self.answer_status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def in_english():
    """The backend's messages are translated; these tests read the English ones."""
    with translation.override("en"):
        yield


@pytest.fixture
def server():
    FakeLibreTranslate.answer_status, FakeLibreTranslate.answer_body = 200, None
    FakeLibreTranslate.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_texts_go_out_in_one_request_and_come_back_in_order(server):
    backend = LibreTranslate(url=server, api_key="k-123")
    assert backend.translate(["Eins", "Zwei"], "de", "en", html=True) == ["<en>Eins", "<en>Zwei"]
    path, payload = FakeLibreTranslate.requests[0]
    assert path == "/translate"
    assert payload == {
        "q": ["Eins", "Zwei"],
        "source": "de",
        "target": "en",
        "format": "html",
        "api_key": "k-123",
    }
    assert backend.translate([], "de", "en", html=False) == []
    assert len(FakeLibreTranslate.requests) == 1


def test_a_refusal_carries_the_servers_reason(server):
    FakeLibreTranslate.answer_status = 400
    FakeLibreTranslate.answer_body = {"error": "az is not supported"}
    with pytest.raises(MachineTranslationError, match="400: az is not supported"):
        LibreTranslate(url=server).translate(["Eins"], "de", "az", html=False)


@pytest.mark.parametrize(
    "body", [{"translatedText": "only one"}, {"translatedText": ["a", "b"]}, []]
)
def test_an_answer_that_does_not_fit_is_an_error(server, body):
    FakeLibreTranslate.answer_body = body
    with pytest.raises(MachineTranslationError, match="not understood"):
        LibreTranslate(url=server).translate(["Eins"], "de", "en", html=False)


def test_an_unreachable_server_is_an_error():
    with pytest.raises(MachineTranslationError, match="could not be reached"):
        LibreTranslate(url="http://127.0.0.1:9/", timeout=2).translate(
            ["x"], "de", "en", html=False
        )
