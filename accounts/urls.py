from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views

# Explicit paths rather than django.contrib.auth.urls: without an email server the password
# reset pages would promise something the site cannot do.
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("delete/", views.account_delete, name="account_delete"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]
