from django.urls import path

from . import views

urlpatterns = [path("breaking/", views.alerts_fragment, name="breaking_alerts")]
