"""django-axes's records of logins under our own names, for the admin's Security menu.

Proxy models: axes writes the rows; these give them names and permissions of their own, so
that the admin speaks of them in every edition's language and a group can be allowed to
read them. `Meta.default_permissions` lists all that anybody may do with them.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class LoginRecord:
    """What the records have in common: the user name someone gave."""

    def __str__(self) -> str:
        return self.username or "–"

    def user_name(self) -> str:
        return str(self)

    user_name.short_description = _("user name")
    user_name.admin_order_field = "username"


class FailedLoginCounter(LoginRecord, AccessAttempt):
    """Failures of one user name from one address and browser since its last success.

    Deleting a counter lifts its lockout.
    """

    class Meta:
        proxy = True
        default_permissions = ("view", "delete")
        verbose_name = _("failed-login counter")
        verbose_name_plural = _("failed-login counters")

    @property
    def locked_out(self) -> bool:
        return self.failures_since_start >= settings.AXES_FAILURE_LIMIT


class FailedLogin(LoginRecord, AccessFailureLog):
    """One failed login, and whether it was refused as locked out."""

    class Meta:
        proxy = True
        default_permissions = ("view",)
        verbose_name = _("failed login")
        verbose_name_plural = _("failed logins")


class Login(LoginRecord, AccessLog):
    """One login to the admin, and when it ended by logging out."""

    class Meta:
        proxy = True
        default_permissions = ("view",)
        verbose_name = _("login")
        verbose_name_plural = _("logins")
