"""Print the security headers of public pages as nginx `add_header` lines."""

from django.core.management.base import BaseCommand

from depesche.security.headers import public_page_headers


class Command(BaseCommand):
    help = (
        "Print the security headers the app sends with public pages as nginx add_header "
        "lines, for the location that serves cached pages as files (see docs/deploy.md)."
    )

    def handle(self, *args, **options) -> None:
        for name, value in public_page_headers():
            self.stdout.write(f'add_header {name} "{value}" always;')
