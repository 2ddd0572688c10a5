"""The admin's security pages: two-factor login under Account, login records under Security."""

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import two_factor
from .admin_views import RecordPermissionPolicy, SecurityGroup
from .models import FailedLogin, FailedLoginCounter, Login

# Before the viewsets register, which would otherwise give these models the default policy.
for record_model in (FailedLoginCounter, FailedLogin, Login):
    register_permission_policy(record_model, RecordPermissionPolicy(record_model))


@hooks.register("register_admin_urls")
def two_factor_urls() -> list[URLPattern]:
    return [
        path("two-factor/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request: HttpRequest) -> dict[str, str]:
    return {
        "url": reverse(two_factor.SETUP_URL_NAME),
        "label": _("Two-factor login"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }


@hooks.register("register_admin_viewset")
def register_security_records() -> SecurityGroup:
    return SecurityGroup()
