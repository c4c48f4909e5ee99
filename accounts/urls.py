from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views

# django.contrib.auth.urls' paths and names, with our subclasses of its views: the login takes
# the browser's time zone, and the reset pages answer 404 where the site sends no email
# (accounts/views.py).
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("delete/", views.account_delete, name="account_delete"),
    path("settings/", views.account_settings, name="account_settings"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password_change/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password_reset/done/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("reset/done/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
