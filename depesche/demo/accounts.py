"""The demo editor: an editor of every edition (the newsroom groups) who may also import."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from wagtail.users.models import UserProfile

from depesche.news.newsroom import ADMIN_PERMISSIONS, ensure_edition_editors, ensure_group

DEMO_EDITOR = {"username": "editor", "password": "depesche-demo", "language": "de"}  # nosec
IMPORTERS_GROUP = "Importers"
IMPORT_PERMISSIONS = [
    ("importers", "add_importrun"),
    ("importers", "view_importrun"),
    ("importers", "add_subscription"),
    ("importers", "change_subscription"),
    ("importers", "delete_subscription"),
    ("importers", "view_subscription"),
]


def ensure_demo_editor() -> AbstractBaseUser:
    """The demo login; its password is reset on every run so the printed one always works."""
    user, _created = get_user_model().objects.get_or_create(username=DEMO_EDITOR["username"])
    user.set_password(DEMO_EDITOR["password"])
    user.is_active = True
    user.save()
    importers = ensure_group(IMPORTERS_GROUP, [], [], ADMIN_PERMISSIONS + IMPORT_PERMISSIONS)
    user.groups.set([*ensure_edition_editors(), importers])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = DEMO_EDITOR["language"]
    profile.save()
    return user
