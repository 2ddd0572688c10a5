"""Wagtail's and its search library's private names stay in the one adapter module."""

import re
from pathlib import Path

import depesche

ADAPTER = Path(depesche.__file__).parent / "core" / "wagtail_adapter.py"
PRIVATE_USE = re.compile(
    r"\b_wagtail_\w+"  # attributes Wagtail keeps on requests, also named in strings
    r"|\._get_raw_host\b"  # Django's private host reading, which Wagtail uses
    r"|\bmodelsearch\b"  # the search library behind wagtail.search: only through Wagtail
    r"|from wagtail[\w.]* import [^\n]*\b_[a-z]\w*"  # private functions of Wagtail
    r"|\bwagtail[\w.]*\._[a-z]\w*"
)


def product_modules():
    root = Path(depesche.__file__).parent
    return [
        path for path in root.rglob("*.py") if "migrations" not in path.parts and path != ADAPTER
    ]


def test_no_private_wagtail_name_outside_the_adapter():
    offending = {
        f"{path.relative_to(ADAPTER.parents[2])}: {match.group(0)}"
        for path in product_modules()
        for match in PRIVATE_USE.finditer(path.read_text(encoding="utf-8"))
    }
    assert offending == set()


def test_the_check_finds_a_private_name():
    assert PRIVATE_USE.search("request._wagtail_site = site")
    assert PRIVATE_USE.search('getattr(request, "_wagtail_site", None)')
    assert PRIVATE_USE.search("from modelsearch.tasks import insert_or_update_object_task")
    assert not PRIVATE_USE.search("from wagtail.search import index")
