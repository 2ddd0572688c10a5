from django.urls import path

from depesche.ticker import views

urlpatterns = [path("ticker/", views.ticker_fragment, name="ticker")]
