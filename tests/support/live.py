"""Readers of the live channel: Server-Sent Events streams read in threads, and publishing
a story from a process of its own, as an editor's would."""

import contextlib
import http.client
import json
import socket
import threading
import time

from tests.support import servers

PUBLISH = """
import datetime, json, time
from django.utils import timezone
from depesche.news.models import SectionPage, StoryPage
section = SectionPage.objects.get(locale__language_code="{language}", slug="{section}")
story = StoryPage(title="{title}", slug="{slug}", lead="Neu.")
embargo = {embargo_seconds}
if embargo:
    story.embargo_until = timezone.now() + datetime.timedelta(seconds=embargo)
section.add_child(instance=story)
story.save_revision().publish()
print(json.dumps({{"story": story.pk, "at": time.time(), "url": story.url}}))
"""

ALERT = """
import datetime
from django.utils import timezone
from wagtail.models import Locale
from depesche.breaking.models import BreakingAlert
BreakingAlert.objects.create(
    locale=Locale.objects.get(language_code="{language}"), text="{text}",
    link="https://example.org/", ends_at=timezone.now() + datetime.timedelta(seconds={seconds}),
)
"""


def set_alert(env, text, seconds, language="de"):
    """Set a breaking-news alert for `seconds` from a process of its own."""
    servers.run_manage(
        env, "shell", "-c", ALERT.format(language=language, text=text, seconds=seconds)
    )


BLOG = """
import datetime, json
from django.utils import timezone
from depesche.news.models import LiveEntry, SectionPage, StoryPage
section = SectionPage.objects.get(locale__language_code="de", slug="politik")
story = StoryPage(title="{title}", slug="{slug}", lead="Live.", kind="live")
section.add_child(instance=story)
story.save_revision().publish()
start = timezone.now() - datetime.timedelta(hours=1)
LiveEntry.objects.bulk_create(
    LiveEntry(story=story, created_at=start + datetime.timedelta(minutes=n),
              body=json.dumps([{{"type": "paragraph", "value": f"<p>Eintrag {{n}}</p>"}}]))
    for n in range({entries})
)
print(json.dumps({{"story": story.pk, "url": story.url}}))
"""

ENTRY = """
import json
from depesche.news.models import LiveEntry
action, story, entry, text = {arguments!r}
body = json.dumps([{{"type": "paragraph", "value": f"<p>{{text}}</p>"}}])
if action == "add":
    entry = LiveEntry.objects.create(story_id=story, body=body).pk
elif action == "change":
    found = LiveEntry.objects.get(pk=entry)
    found.body = body
    found.save()
else:
    LiveEntry.objects.get(pk=entry).delete()
print(json.dumps({{"entry": entry}}))
"""


def publish_blog(env, title, slug, entries):
    """A published live blog with `entries` entries a minute apart; {"story", "url"}."""
    code = BLOG.format(title=title, slug=slug, entries=entries)
    return json.loads(servers.run_manage(env, "shell", "-c", code).strip().splitlines()[-1])


def blog_entry(env, action, story=None, entry=None, text=""):
    """Add, change or delete an entry from a process of its own; returns its id."""
    code = ENTRY.format(arguments=(action, story, entry, text))
    output = servers.run_manage(env, "shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])["entry"]


def publish_story(env, title, slug, language="de", section="politik", embargo_seconds=0):
    """Publish a new story in its own process (under embargo for that many seconds, if
    given); returns {"story": pk, "at": epoch seconds, "url": its path}."""
    code = PUBLISH.format(
        language=language,
        section=section,
        title=title,
        slug=slug,
        embargo_seconds=embargo_seconds,
    )
    output = servers.run_manage(env, "shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


class StreamReader:
    """One reader holding a stream open; collects (arrival time, message) in a thread."""

    def __init__(self, port, path, last_event_id=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.connection.request("GET", path, headers=headers)
        self.socket = self.connection.sock
        self.response = self.connection.getresponse()
        self.messages = []
        self.opened = threading.Event()
        self.thread = threading.Thread(target=self.read, daemon=True)
        self.thread.start()

    def read(self):
        data = []
        try:
            while True:
                line = self.response.fp.readline()
                if not line:
                    return
                line = line.decode().rstrip("\n")
                if line.startswith("retry:"):
                    self.opened.set()
                elif line.startswith("data:"):
                    data.append(line[5:].strip())
                elif line == "" and data:
                    self.messages.append((time.time(), json.loads("\n".join(data))))
                    data = []
        except (OSError, ValueError):
            return

    def wait_for(self, predicate, seconds):
        """The first (arrival time, message) whose message satisfies predicate, or None."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for arrived, message in list(self.messages):
                if predicate(message):
                    return arrived, message
            time.sleep(0.02)
        return None

    def close(self):
        with contextlib.suppress(OSError):
            self.socket.shutdown(socket.SHUT_RDWR)  # wakes the reading thread
        self.connection.close()
        self.thread.join(5)
