"""The admin's Security menu: django-axes's records of failed logins and logins, read-only.

Superusers see them, and so does any group given the view permissions (Settings → Groups).
A failed-login counter may be deleted, which lifts its lockout; nothing else is changed
here (`manage.py axes_reset` lifts every lockout at once).
"""

from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .models import FailedLogin, FailedLoginCounter, Login

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser


class RecordPermissionPolicy(ModelPermissionPolicy):
    """Allows only the actions in the model's `default_permissions`, superusers included."""

    def user_has_permission(self, user: "AbstractBaseUser | AnonymousUser", action: str) -> bool:
        allowed = action in self.model._meta.default_permissions
        return allowed and super().user_has_permission(user, action)


class LoginRecordViewSet(ModelViewSet):
    """A listing of one kind of record, newest first, searchable by user name and address."""

    add_to_reference_index = False
    copy_view_enabled = False
    search_fields = ["username", "ip_address"]
    form_fields = []  # the add and edit views are never allowed (see RecordPermissionPolicy)

    def get_permissions_to_register(self) -> QuerySet[Permission]:
        """The proxy model's own permissions, for the group editor."""
        content_type = ContentType.objects.get_for_model(self.model, for_concrete_model=False)
        return Permission.objects.filter(content_type=content_type)


def address_and_browser() -> list[Column]:
    return [
        Column("ip_address", label=_("Address"), sort_key="ip_address"),
        Column("user_agent", label=_("Browser")),
    ]


class FailedLoginCounterViewSet(LoginRecordViewSet):
    model = FailedLoginCounter
    icon = "lock"
    list_display = [
        "user_name",
        *address_and_browser(),
        Column("failures_since_start", label=_("Failures"), sort_key="failures_since_start"),
        BooleanColumn("locked_out", label=_("Locked out")),
        DateColumn("attempt_time", label=_("Last failure"), sort_key="attempt_time"),
    ]


class FailedLoginViewSet(LoginRecordViewSet):
    model = FailedLogin
    icon = "warning"
    list_display = [
        "user_name",
        *address_and_browser(),
        DateColumn("attempt_time", label=_("Time"), sort_key="attempt_time"),
        BooleanColumn("locked_out", label=_("Locked out")),
    ]


class LoginViewSet(LoginRecordViewSet):
    model = Login
    icon = "user"
    list_display = [
        "user_name",
        *address_and_browser(),
        DateColumn("attempt_time", label=_("Logged in"), sort_key="attempt_time"),
        DateColumn("logout_time", label=_("Logged out"), sort_key="logout_time"),
    ]


class SecurityGroup(ModelViewSetGroup):
    """The admin menu's "Security", shown to those who may read any of its records."""

    menu_label = _("Security")
    menu_icon = "lock"
    menu_order = 9500  # after Reports, before Settings
    items = (
        FailedLoginCounterViewSet("failed_login_counters"),
        FailedLoginViewSet("failed_logins"),
        LoginViewSet("logins"),
    )
