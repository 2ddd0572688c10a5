"""The demo editor account and the newsroom group it belongs to."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.users.models import UserProfile

DEMO_EDITOR = {"username": "editor", "password": "depesche-demo", "language": "de"}  # nosec
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("simple_translation", "submit_translation"),
    ("importers", "add_importrun"),
    ("importers", "view_importrun"),
    ("importers", "add_subscription"),
    ("importers", "change_subscription"),
    ("importers", "delete_subscription"),
    ("importers", "view_subscription"),
]


def ensure_newsroom_group():
    """Editors who write, publish and translate stories in every edition."""
    group, _created = Group.objects.get_or_create(name="Newsroom")
    root = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    collection = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    for app_label, codename in GLOBAL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group


def ensure_demo_editor():
    """The demo login; its password is reset on every run so the printed one always works."""
    user, _created = get_user_model().objects.get_or_create(username=DEMO_EDITOR["username"])
    user.set_password(DEMO_EDITOR["password"])
    user.is_active = True
    user.save()
    user.groups.add(ensure_newsroom_group())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = DEMO_EDITOR["language"]
    profile.save()
    return user
