"""Lighthouse (npm, pinned) on Debian's Chromium: one audit, and the figures read from it.

Mobile form factor and default (simulated) throttling, Lighthouse's defaults. No browser is
downloaded: chrome-launcher starts the system Chromium named by CHROME_PATH.
"""

import json
import os
import subprocess
import tempfile
from pathlib import Path

from tests.support import site_pages

PROJECT_DIR = Path(__file__).resolve().parents[2]
LIGHTHOUSE = PROJECT_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# What a story page weighs without its photos and videos (goal: at most 100 KB).
PAGE_WEIGHT_TYPES = ("document", "stylesheet", "script", "font")
EDITION = "de"
NO_GALLERY = "the demo's photo stories have no photos yet (no story shows a gallery)"


def audit(url: str) -> dict:
    """Lighthouse's JSON report for one page; a run whose trace recording broke (Lighthouse
    says so and asks to run again, as under heavy machine load) is run once more."""
    try:
        return audit_once(url)
    except RuntimeError as error:
        if "Please run Lighthouse again" not in str(error):
            raise
        return audit_once(url)


def audit_once(url: str) -> dict:
    if not LIGHTHOUSE.exists():
        raise FileNotFoundError("Lighthouse is missing: run `npm ci` (make test does)")
    with tempfile.TemporaryDirectory(prefix="depesche-lighthouse-") as directory:
        report = Path(directory) / "report.json"
        run = subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                url,
                "--output=json",
                f"--output-path={report}",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            env=dict(os.environ, CHROME_PATH=str(CHROMIUM), TMPDIR=directory),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if run.returncode != 0:
            raise RuntimeError(f"Lighthouse failed on {url}: {run.stderr[-2000:]}")
        return json.loads(report.read_text())


def scores(report: dict) -> dict[str, float]:
    return {name: report["categories"][name]["score"] for name in CATEGORIES}


def failed_audits(report: dict, category: str) -> list[str]:
    """The audits that cost a category points, with their titles."""
    audits = report["audits"]
    return [
        f"{ref['id']}: {audits[ref['id']]['title']}"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"]
        and audits[ref["id"]]["score"] is not None
        and audits[ref["id"]]["score"] < 1
    ]


def metrics(report: dict) -> dict[str, float]:
    audits = report["audits"]
    return {
        "LCP ms": audits["largest-contentful-paint"]["numericValue"],
        "TBT ms": audits["total-blocking-time"]["numericValue"],
        "CLS": audits["cumulative-layout-shift"]["numericValue"],
    }


def transferred(report: dict) -> dict[str, int]:
    """Bytes transferred per resource type ("document", "script", ..., "total")."""
    items = report["audits"]["resource-summary"]["details"]["items"]
    return {item["resourceType"]: item["transferSize"] for item in items}


def page_weight(report: dict) -> int:
    """HTML, CSS, JavaScript and fonts transferred: the page without its media."""
    sizes = transferred(report)
    return sum(sizes.get(kind, 0) for kind in PAGE_WEIGHT_TYPES)


def pages(fetch: site_pages.Fetch) -> dict[str, str | None]:
    """The pages the quality goals name: the front page, the seed story and a photo story
    with a gallery (None while the demo has none)."""
    photo = next(
        (
            path
            for path in site_pages.photo_stories(fetch, EDITION)
            if site_pages.photo_count(fetch, path) >= 2
        ),
        None,
    )
    return {
        "front page": f"/{EDITION}/",
        "seed story": seed_story(fetch),
        "photo story": photo,
    }


def version(report: dict) -> str:
    return report["lighthouseVersion"]


def seed_story(fetch: site_pages.Fetch) -> str:
    """The German edition's first video story: the seed story dates from 2021, the demo's
    own stories from its last 30 days."""
    videos = site_pages.stories_of(fetch, EDITION, kind="video")
    first = min(videos, key=lambda page: page["meta"]["first_published_at"])
    return site_pages.path_of(first["meta"]["html_url"])
