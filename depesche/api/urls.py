"""The ninjs API's addresses, below /api/ninjs/."""

from django.urls import path

from . import views

app_name = "ninjs"
urlpatterns = [
    path("<version>/stories/<story_id>/", views.StoryView.as_view(), name="story"),
    path("<version>/stories/", views.StoryListView.as_view(), name="story_list"),
    path("openapi.json", views.openapi_description, name="openapi-json"),
]
