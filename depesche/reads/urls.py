from django.urls import path

from depesche.reads import views

urlpatterns = [
    path("reads/<int:page_id>/", views.read_beacon, name="read_beacon"),
    path("reads/<int:page_id>", views.read_beacon),  # a POST cannot follow a slash redirect
    path("reads/<int:page_id>/pixel.gif", views.read_pixel, name="read_pixel"),
]
