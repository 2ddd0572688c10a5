"""Lighthouse on the goal pages: `make bench-lighthouse`.

Starts the demo server (the same one the browser tests use) and runs Lighthouse (mobile,
default simulated throttling) on the front page, the seed story and a photo story with a
gallery if the demo has one, --runs times each. Prints the median performance score, LCP,
TBT, CLS and the other category scores with goals and ratios, the bytes transferred per
resource type, and the story page's weight without media (HTML, CSS, JavaScript, fonts).
"""

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import lighthouse, site_pages  # noqa: E402
from tests.support.demo_site import running_demo  # noqa: E402

PERFORMANCE_GOAL = 0.95
PAGE_WEIGHT_GOAL = 100 * 1024  # bytes
RESOURCE_TYPES = ("document", "stylesheet", "script", "font", "image", "media", "other")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    options = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="depesche-bench-lighthouse-") as var_dir,
        running_demo(Path(var_dir)) as base_url,
    ):
        pages = lighthouse.pages(site_pages.http_fetch(base_url))
        reports = {
            name: [lighthouse.audit(base_url + path) for _ in range(options.runs)]
            for name, path in pages.items()
            if path is not None
        }
    print_report(reports, pages, options)


def median(reports, figure):
    return statistics.median(figure(report) for report in reports)


def print_report(reports, pages, options):
    print()
    print(
        f"Lighthouse {lighthouse.version(next(iter(reports.values()))[0])}, mobile, default "
        f"throttling, median of {options.runs} runs per page, demo server (runserver)"
    )
    header = (
        f"{'page':<14}{'performance':>13}{'goal':>7}{'ratio':>7}{'LCP ms':>9}{'TBT ms':>8}"
        f"{'CLS':>7}{'access.':>9}{'best pr.':>10}{'SEO':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, runs in reports.items():
        score = median(runs, lambda r: lighthouse.scores(r)["performance"])
        categories = [
            median(runs, lambda r, c=category: lighthouse.scores(r)[c])
            for category in ("accessibility", "best-practices", "seo")
        ]
        print(
            f"{name:<14}{score:>13.2f}{PERFORMANCE_GOAL:>7.2f}{score / PERFORMANCE_GOAL:>7.2f}"
            f"{median(runs, lambda r: lighthouse.metrics(r)['LCP ms']):>9,.0f}"
            f"{median(runs, lambda r: lighthouse.metrics(r)['TBT ms']):>8,.0f}"
            f"{median(runs, lambda r: lighthouse.metrics(r)['CLS']):>7.3f}"
            f"{categories[0]:>9.2f}{categories[1]:>10.2f}{categories[2]:>6.2f}"
        )
    for name, path in pages.items():
        if path is None:
            print(f"{name}: not measured, {lighthouse.NO_GALLERY}")
    print("Goals: performance at least 0.95, accessibility, best practices and SEO 1, CLS 0")

    print()
    print("Bytes transferred per resource type (median)")
    header = f"{'page':<14}" + "".join(f"{kind:>12}" for kind in (*RESOURCE_TYPES, "total"))
    print(header)
    print("-" * len(header))
    for name, runs in reports.items():
        sizes = [
            median(runs, lambda r, k=kind: lighthouse.transferred(r).get(k, 0))
            for kind in (*RESOURCE_TYPES, "total")
        ]
        print(f"{name:<14}" + "".join(f"{size:>12,.0f}" for size in sizes))

    weight = median(reports["seed story"], lighthouse.page_weight)
    print()
    print(
        f"Story page without media (HTML, CSS, JavaScript, fonts): {weight / 1024:.1f} KB, "
        f"goal at most {PAGE_WEIGHT_GOAL // 1024} KB, ratio {weight / PAGE_WEIGHT_GOAL:.2f}"
    )


if __name__ == "__main__":
    if not lighthouse.CHROMIUM.exists() or not lighthouse.LIGHTHOUSE.exists():
        sys.exit(
            "bench-lighthouse needs Chromium and Lighthouse: make bench-lighthouse installs both"
        )
    main()
