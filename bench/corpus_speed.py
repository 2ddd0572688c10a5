"""Writing the load-test corpus: Wagtail's add_child() against the bulk insert.

`make bench-corpus` builds a throwaway demo site (SQLite, development settings), adds
--stories stories with each method of bench/corpus.py, and prints the time per story, what
that makes for 100,000 stories, and the ratio; the figures are why bench/corpus.py inserts
in bulk (see its docstring).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402

LOAD_TEST_SIZE = 100_000
LABELS = {"add-child": "add_child(), Wagtail's API", "bulk": "bulk insert"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="depesche-bench-corpus-") as var_dir:
        env = servers.loading_env({**os.environ, "DEPESCHE_VAR_DIR": var_dir})
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env)
        os.environ.update(env)
        os.environ.pop("DATABASE_URL", None)
        import django

        django.setup()
        from bench import corpus  # needs the settings configured above

        timings = {
            method: corpus.write_corpus(options.stories, method=method)
            for method in ("add-child", "bulk")
        }
    print_report(timings)


def print_report(timings):
    count = timings["bulk"].stories
    print()
    print(f"Adding {count:,} stories to the demo site (SQLite, one process)")
    header = f"{'method':<28}{'seconds':>9}{'ms/story':>10}{f'{LOAD_TEST_SIZE:,} stories':>17}"
    print(header)
    print("-" * len(header))
    for method, timing in timings.items():
        per_story = timing.seconds / timing.stories
        projected = per_story * LOAD_TEST_SIZE
        print(
            f"{LABELS[method]:<28}{timing.seconds:>9.1f}{1000 * per_story:>10.2f}"
            f"{projected / 60:>13.1f} min"
        )
        if timing.indexing_seconds:
            print(
                f"{'  of which search entries':<28}{timing.indexing_seconds:>9.1f}"
                f"{1000 * timing.indexing_seconds / timing.stories:>10.2f}"
            )
    ratio = timings["add-child"].seconds / timings["bulk"].seconds
    print()
    print(f"add_child() takes {ratio:.0f} times as long as the bulk insert.")


if __name__ == "__main__":
    main()
