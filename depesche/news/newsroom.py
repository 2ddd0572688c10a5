"""Newsroom groups: who may write, publish and translate where.

Editors of an edition publish anywhere in it, editors of a section only in that section;
translators write and translate in every edition but publish nowhere, so their work goes
live only when an editor of that edition or section publishes it. Each group's page
permissions are Wagtail's GroupPagePermission on the edition's or the section's page.
Each edition has a Wagtail workflow, named in the edition's language, through which
translators submit their work for review by that edition's editors.
"""

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from depesche.core.hooks import EDITION_EDITOR_PERMISSIONS

from .models import EditionHomePage, SectionPage

WRITE = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISH = [*WRITE, "publish_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
ADMIN_PERMISSIONS = [("wagtailadmin", "access_admin")]
TRANSLATE_PERMISSIONS = [("simple_translation", "submit_translation")]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group(
    name: str,
    pages: Iterable[Page],
    page_codenames: Iterable[str],
    global_permissions: Iterable[tuple[str, str]],
) -> Group:
    """A group with these page permissions on these pages, image and document rights."""
    group, _created = Group.objects.get_or_create(name=name)
    for page in pages:
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission("wagtailcore", codename)
            )
    collection = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename)
            )
    group.permissions.add(*(permission(*pair) for pair in global_permissions))
    return group


def edition_label(page: Page) -> str:
    return page.locale.language_code


def edition_editor_permissions() -> list[tuple[str, str]]:
    """Admin access, translating, and what the features give an edition's editors."""
    extra = [pair for hook in hooks.get_hooks(EDITION_EDITOR_PERMISSIONS) for pair in hook()]
    return ADMIN_PERMISSIONS + TRANSLATE_PERMISSIONS + extra


def ensure_edition_editors() -> list[Group]:
    """The group 'Editors <edition>' of every edition."""
    return [
        ensure_group(
            f"Editors {edition_label(home)}",
            [home],
            PUBLISH,
            edition_editor_permissions(),
        )
        for home in EditionHomePage.objects.select_related("locale")
    ]


# Names of each edition's review workflow and its one task, in the edition's language: the
# admin offers "Submit to <workflow>" ("In Übersetzungsprüfung einreichen").
REVIEW_WORKFLOW_NAME = _("Translation review")
REVIEW_TASK_NAME = _("Approval by the editors")


@transaction.atomic
def ensure_review_workflows(editors: list[Group]) -> list[Workflow]:
    """Each edition's review workflow, approved by its editors; one already there is kept,
    as editors may have changed it under Settings → Workflows, and one switched off stays
    off."""
    workflows = []
    editors_by_name = {group.name: group for group in editors}
    for home in EditionHomePage.objects.select_related("locale"):
        assigned = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
        with translation.override(home.locale.language_code):
            name, task_name = str(REVIEW_WORKFLOW_NAME), str(REVIEW_TASK_NAME)
        if assigned is not None:
            workflows.append(assigned.workflow)
            continue
        if Workflow.objects.filter(name=name).exists():
            continue  # made before and then switched off (which unassigns it): leave it off
        workflow = Workflow.objects.create(name=name)
        task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.set([editors_by_name[f"Editors {edition_label(home)}"]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(page=home, workflow=workflow)
        workflows.append(workflow)
    return workflows


def ensure_newsroom_groups() -> list[str]:
    """Groups for every edition and section, and the translators, and each edition's review
    workflow; returns the groups' names."""
    groups = ensure_edition_editors()
    ensure_review_workflows(groups)
    for section in SectionPage.objects.select_related("locale"):
        groups.append(
            ensure_group(
                f"Section editors {edition_label(section)}/{section.slug}",
                [section],
                PUBLISH,
                ADMIN_PERMISSIONS,
            )
        )
    groups.append(
        ensure_group(
            "Translators",
            [Page.get_first_root_node()],
            WRITE,
            ADMIN_PERMISSIONS + TRANSLATE_PERMISSIONS,
        )
    )
    return [group.name for group in groups]
