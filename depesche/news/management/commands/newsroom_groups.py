"""Create or complete the newsroom groups (edition and section editors, translators)."""

from django.core.management.base import BaseCommand

from depesche.news.newsroom import ensure_newsroom_groups


class Command(BaseCommand):
    help = (
        "Create the groups 'Editors <edition>', 'Section editors <edition>/<section>' and "
        "'Translators' with their page permissions, and each edition's review workflow "
        "approved by its editors; safe to run again after adding editions "
        "or sections. Put users into them under Settings → Users."
    )

    def handle(self, *args, **options) -> None:
        for name in ensure_newsroom_groups():
            self.stdout.write(name)
