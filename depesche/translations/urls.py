from django.urls import path

from . import views

urlpatterns = [
    path("", views.TranslationDeskView.as_view(), name="translations_desk"),
    path(
        "results/",
        views.TranslationDeskView.as_view(results_only=True),
        name="translations_desk_results",
    ),
    path("<int:page_id>/", views.compare, name="translations_compare"),
    path("<int:page_id>/up-to-date/", views.mark_up_to_date, name="translations_mark_up_to_date"),
    path(
        "<int:page_id>/machine-translation/",
        views.machine_translate,
        name="translations_machine_translate",
    ),
]
