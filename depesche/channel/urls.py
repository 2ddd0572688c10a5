from django.urls import path

from . import views

urlpatterns = [
    path("live/", views.recent_events, name="live_events"),
    path("live/stream/", views.stream_elsewhere, name="live_stream"),
]
