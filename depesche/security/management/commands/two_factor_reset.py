"""Turn two-factor login off for an editor who lost their authenticator app."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove an editor's authenticator app, so they log in with the password alone."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args, username: str, **options) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no user %(name)s.") % {"name": username})
        TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(_("Two-factor login is off for %(name)s.") % {"name": username})
