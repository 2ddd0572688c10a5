from django.urls import path

from depesche.search import views

# Addresses readers may guess in their language; each moves to the search page.
LOCALISED_ALIASES = ("suche/", "poisk/", "axtaris/")

urlpatterns = [
    path("search/", views.search_page, name="search"),
    *(path(alias, views.search_alias) for alias in LOCALISED_ALIASES),
]
