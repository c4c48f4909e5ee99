from django.urls import path

from sessions import views

app_name = "sessions"

urlpatterns = [
    path("start/<slug:slug>/", views.session_new, name="new"),
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/step/", views.session_step, name="step"),
    path("<int:pk>/finish/", views.session_finish, name="finish"),
    path("<int:pk>/abandon/", views.session_abandon, name="abandon"),
]
