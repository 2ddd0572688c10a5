"""Two-factor login in the admin: its pages and a link under Account → More actions."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from . import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse(two_factor.SETUP_URL_NAME),
        "label": _("Two-factor login"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }
