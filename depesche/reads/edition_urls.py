from django.urls import path

from depesche.reads import views

urlpatterns = [path("most-read/", views.most_read_fragment, name="most_read")]
