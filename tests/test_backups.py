"""A site backed up with backup_site and restored with restore_site on a new machine (a new
var dir and, on PostgreSQL, a new database) is the same site; a damaged backup or a target
that is not empty is refused.

Every command runs in its own process with the production settings, against whatever
database the suite runs on (SQLite, or PostgreSQL under bin/with-postgres).
"""

import hashlib
import json
import secrets
import shutil
import subprocess
import tarfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from depesche.backups.archive import write_manifest
from tests.support import servers

# Everything a reader or an editor would notice, printed as JSON by the site's own shell.
SITE_STATE = """
import json
from depesche.news.models import StoryPage
from depesche.reads.models import ReadBucket, ReadTally
from wagtail.models import Revision
stories = [
    [story.pk, story.title, story.locale.language_code, story.url_path, story.live,
     story.revisions.count(), story.latest_revision.content]
    for story in StoryPage.objects.select_related("locale").order_by("pk")
]
totals = sorted(ReadTally.objects.values_list("page_id", "total"))
buckets = sorted((b.page_id, b.hour.isoformat(), b.reads) for b in ReadBucket.objects.all())
revisions = Revision.objects.count()
state = {"stories": stories, "revisions": revisions, "totals": totals, "buckets": buckets}
print(json.dumps(state, default=str))
"""
TABLE_COUNT = "from django.db import connection; print(len(connection.introspection.table_names()))"


def site_state(env):
    return json.loads(servers.run_manage(env, "shell", "-c", SITE_STATE).strip().splitlines()[-1])


def media_files(env):
    """{name: SHA-256} of every media file of the site."""
    root = Path(env["DEPESCHE_VAR_DIR"]) / "media"
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def restore(env, backup, *options):
    """Run restore_site; returns the finished process (it may have failed)."""
    return subprocess.run(
        [*servers.MANAGE, "restore_site", str(backup), *options],
        env=env,
        capture_output=True,
        text=True,
    )


def is_empty(env):
    tables = int(servers.run_manage(env, "shell", "-c", TABLE_COUNT).strip().splitlines()[-1])
    return tables == 0 and not media_files(env)


def add_reads(env, var_dir):
    """Readers read three stories through a production server; returns reads counted."""
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=1, log_path=var_dir / "server.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/reads/1/", process)
        counted, _failures = servers.send_beacons(port, servers.story_ids(env, 3), 20, readers=3)
    finally:
        servers.stop(process)
    return sum(counted.values())


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    """A demo site with reads, its state and a backup of it made by backup_site."""
    var_dir = tmp_path_factory.mktemp("backed-up-site")
    env = servers.production_env(
        var_dir, DEPESCHE_READS_REPEAT_WINDOW=0, DEPESCHE_READS_RATE_LIMIT=0
    )
    servers.prepare_site(env)
    before = sum(total for _page, total in site_state(env)["totals"])
    assert add_reads(env, var_dir) == 60
    backup = tmp_path_factory.mktemp("backups") / "site-backup"
    output = servers.run_manage(env, "backup_site", str(backup))
    state = site_state(env)
    assert sum(total for _page, total in state["totals"]) == before + 60
    return {"env": env, "backup": backup, "output": output, "state": state}


def new_site(tmp_path, name="restored-site"):
    """The environment of a site on a new machine: empty var dir, empty database."""
    (tmp_path / name).mkdir()
    return servers.production_env(tmp_path / name)


def test_a_restored_site_is_the_backed_up_site(backed_up, tmp_path):
    env = new_site(tmp_path)
    assert is_empty(env)

    result = restore(env, backed_up["backup"])

    assert result.returncode == 0, result.stderr
    assert site_state(env) == backed_up["state"]
    assert media_files(env) == media_files(backed_up["env"])
    stories = len(backed_up["state"]["stories"])
    reads = sum(total for _page, total in backed_up["state"]["totals"])
    assert f"{stories} stories" in result.stdout
    assert f"{reads} reads" in result.stdout
    assert f"{stories} stories" in backed_up["output"]


def test_the_manifest_counts_what_the_backup_holds(backed_up):
    manifest = json.loads((backed_up["backup"] / "manifest.json").read_text())
    state = backed_up["state"]
    media = media_files(backed_up["env"])

    assert manifest["counts"]["stories"] == len(state["stories"])
    assert manifest["counts"]["revisions"] == state["revisions"]
    assert manifest["counts"]["reads"] == sum(total for _page, total in state["totals"])
    assert manifest["counts"]["media_files"] == len(media)
    assert {entry["name"]: entry["sha256"] for entry in manifest["media"]} == media
    assert any(name.startswith("documents/") for name in media)  # captions go too
    assert sorted(path.name for path in backed_up["backup"].iterdir()) == sorted(
        ["manifest.json", "media.tar", manifest["database_file"]]
    )


def flip_byte_of_a_media_file(backup):
    with tarfile.open(backup / "media.tar") as archive:
        offset = next(member for member in archive if member.size > 100).offset_data
    flip_byte(backup / "media.tar", offset + 50)


def flip_byte_of_the_database(backup):
    manifest = json.loads((backup / "manifest.json").read_text())
    path = backup / manifest["database_file"]
    flip_byte(path, path.stat().st_size // 2)


def change_a_count_in_the_manifest(backup):
    path = backup / "manifest.json"
    path.write_text(path.read_text().replace('"stories": ', '"stories": 1', 1))


def flip_byte(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [flip_byte_of_a_media_file, flip_byte_of_the_database, change_a_count_in_the_manifest],
)
def test_a_damaged_backup_is_refused_and_nothing_changes(backed_up, tmp_path, damage):
    backup = tmp_path / "damaged"
    shutil.copytree(backed_up["backup"], backup)
    damage(backup)
    env = new_site(tmp_path)

    result = restore(env, backup)

    assert result.returncode != 0
    assert "does not match its checksum in the manifest" in result.stderr
    assert is_empty(env)


def test_a_site_that_is_not_empty_is_replaced_only_with_force(backed_up, tmp_path):
    env = new_site(tmp_path)
    servers.run_manage(env, "migrate", "--no-input", "-v", "0")  # the usual first step

    refused = restore(env, backed_up["backup"])

    assert refused.returncode != 0
    assert "pass --force" in refused.stderr
    assert site_state(env)["stories"] == []

    forced = restore(env, backed_up["backup"], "--force")

    assert forced.returncode == 0, forced.stderr
    assert site_state(env) == backed_up["state"]


def test_a_backup_of_another_engine_is_refused(backed_up, tmp_path):
    backup = tmp_path / "other-engine"
    shutil.copytree(backed_up["backup"], backup)
    manifest = json.loads((backup / "manifest.json").read_text())
    other = {"sqlite": "postgresql", "postgresql": "sqlite"}[manifest["database_engine"]]
    write_manifest(backup, {**manifest, "database_engine": other})  # a genuine one
    env = new_site(tmp_path)

    result = restore(env, backup)

    assert result.returncode != 0
    assert "restoring across engines is not supported" in result.stderr
    assert is_empty(env)


def test_a_backup_never_overwrites_one_that_exists(backed_up):
    result = subprocess.run(
        [*servers.MANAGE, "backup_site", str(backed_up["backup"])],
        env=backed_up["env"],
        capture_output=True,
        text=True,
    )

    assert result.returncode != 0
    assert "already exists" in result.stderr
    assert not [path for path in backed_up["backup"].parent.iterdir() if "incomplete" in path.name]


def keep_reading(port, stories, stop):
    """A reader who reads the stories in turn until told to stop; returns reads counted."""
    sender, counted = servers.BeaconSender(port), 0
    while not stop.is_set():
        story = stories[counted % len(stories)]
        status, payload = sender.post(f"/reads/{story}/?receipt={secrets.token_hex(16)}")
        counted += status == 200 and payload.get("counted")
    sender.close()
    return counted


def test_a_backup_of_a_site_counting_reads_is_consistent(backed_up, tmp_path):
    """Readers keep reading while the backup runs; the restored site holds exactly the reads
    the manifest counted (restore_site compares every table with it)."""
    env, var_dir = backed_up["env"], Path(backed_up["env"]["DEPESCHE_VAR_DIR"])
    backup = tmp_path / "while-reading"
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server2.log")
    stop = threading.Event()
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/reads/1/", process)
        stories = servers.story_ids(env, 3)
        with ThreadPoolExecutor(3) as pool:
            readers = [pool.submit(keep_reading, port, stories, stop) for _ in range(3)]
            try:
                servers.run_manage(env, "backup_site", str(backup))
            finally:
                stop.set()
        counted = sum(reader.result() for reader in readers)
    finally:
        servers.stop(process)
    manifest = json.loads((backup / "manifest.json").read_text())
    before = sum(total for _page, total in backed_up["state"]["totals"])
    restored = new_site(tmp_path)

    result = restore(restored, backup)

    assert result.returncode == 0, result.stderr
    restored_total = sum(total for _page, total in site_state(restored)["totals"])
    assert restored_total == manifest["counts"]["reads"]
    assert before < restored_total < before + counted  # reads from during the backup
