"""Importing a large WordPress export: `make bench-import`.

Generates a WXR 1.2 file with --posts posts (six categories, tags, paragraphs, a heading
and a shortcode each, one comment in ten), imports it with `import_stories --format wxr`
into a fresh SQLite site holding the demo editions, and prints stories imported per second.
Then imports the same file again (everything unchanged: nothing is written) and prints
that rate too. The reference, in the same site: stories created the way Wagtail's admin
creates and publishes them, one by one; the ratios compare the import's rate with it.
"""

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402

CATEGORIES = ["politics", "economy", "society", "world", "culture", "sport"]
WORDS = [
    "council",
    "harbour",
    "minister",
    "budget",
    "school",
    "river",
    "festival",
    "league",
    "market",
    "court",
    "railway",
    "election",
    "bridge",
    "museum",
    "hospital",
    "parliament",
    "treaty",
    "delegation",
    "season",
    "report",
]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def post(rng, number):
    category = CATEGORIES[number % len(CATEGORIES)]
    tags = "".join(
        f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag.title()}]]></category>'
        for tag in rng.sample(WORDS, 3)
    )
    paragraphs = "\n\n".join(" ".join(sentence(rng) for _ in range(3)) for _ in range(4))
    body = f"{paragraphs}\n\n<h2>{sentence(rng)}</h2>\n\n[caption]{sentence(rng)}[/caption]"
    comment = (
        "<wp:comment><wp:comment_id>1</wp:comment_id>"
        "<wp:comment_content><![CDATA[Nice.]]></wp:comment_content></wp:comment>"
        if number % 10 == 0
        else ""
    )
    title = escape(sentence(rng)[:-1])
    day = 1 + number % 28
    return f"""<item><title>{title}</title>
<link>https://news.example/{2020 + number % 5}/01/{day:02d}/post-{number}/</link>
<dc:creator><![CDATA[editor{number % 7}]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<excerpt:encoded><![CDATA[{sentence(rng)}]]></excerpt:encoded>
<wp:post_id>{number}</wp:post_id>
<wp:post_date_gmt>{2020 + number % 5}-01-{day:02d} 10:{number % 60:02d}:00</wp:post_date_gmt>
<wp:post_name>post-{number}</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<category domain="category" nicename="{category}"><![CDATA[{category.title()}]]></category>
{tags}{comment}</item>
"""


def write_export(path, posts, seed=7):
    rng = random.Random(seed)  # noqa: S311 (made-up text, nothing secret)
    with open(path, "w", encoding="utf-8") as export:
        export.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>Benchmark export</title><wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_blog_url>https://news.example</wp:base_blog_url>\n"
        )
        for number in range(1, posts + 1):
            export.write(post(rng, number))
        export.write("</channel>\n</rss>\n")


# The reference: stories created the way Wagtail's own admin does it (add the page, save a
# revision, publish it), with the same kind of text and three tags, timed in the same site.
STOCK_PUBLISHING = """
import time
from depesche.news.models import SectionPage, StoryPage
section = SectionPage.objects.get(slug="economy", locale__language_code="en")
paragraph = {"type": "paragraph", "value": "<p>" + "Harbour council budget report. " * 12 + "</p>"}
started = time.perf_counter()
for number in range(COUNT):
    story = StoryPage(title=f"Reference story {number}", slug=f"reference-{number}",
                      lead="A lead.", body=[paragraph] * 4, live=False)
    story.tags.set(["Harbour", "Council", f"Reference {number % 20}"])
    section.add_child(instance=story)
    story.save_revision().publish()
print(time.perf_counter() - started)
"""


def stock_publishing_seconds(env, count):
    code = STOCK_PUBLISHING.replace("COUNT", str(count))
    return float(servers.run_manage(env, "shell", "-c", code).strip().splitlines()[-1])


def timed_import(env, path):
    started = time.perf_counter()
    output = servers.run_manage(
        env, "import_stories", str(path), "--format", "wxr", "--edition", "en", "--no-images"
    )
    return time.perf_counter() - started, output.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--reference-stories", type=int, default=500)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="depesche-bench-import-") as work_dir:
        export = Path(work_dir) / "export.xml"
        write_export(export, options.posts)
        env = servers.production_env(
            Path(work_dir) / "var", DJANGO_SETTINGS_MODULE="depesche.settings.dev"
        )
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env)
        size_mb = export.stat().st_size / 1e6
        first, first_summary = timed_import(env, export)
        again, again_summary = timed_import(env, export)
        stock = stock_publishing_seconds(env, options.reference_stories)
    stock_rate = options.reference_stories / stock
    print()
    print(f"WordPress export: {options.posts:,} posts, {size_mb:.1f} MB, SQLite, one process")
    print(f"{'run':<28}{'seconds':>10}{'posts/s':>10}{'× Wagtail':>11}  summary")
    for name, seconds, summary in (
        ("first import", first, first_summary),
        ("second import (unchanged)", again, again_summary),
    ):
        rate = options.posts / seconds
        print(f"{name:<28}{seconds:>10.1f}{rate:>10.1f}{rate / stock_rate:>11.2f}  {summary}")
    print(
        f"{'reference: Wagtail publish':<28}{stock:>10.1f}{stock_rate:>10.1f}{1:>11.2f}  "
        f"{options.reference_stories} stories added, revised and published as the admin does"
    )


if __name__ == "__main__":
    main()
