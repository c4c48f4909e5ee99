import os

from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView

urlpatterns = [
    path(os.environ.get("DJANGO_ADMIN_URL", "admin/"), admin.site.urls),
    # Browsers ask for /favicon.ico on pages (such as the admin) that do not name an icon.
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static, str)("icons/favicon.svg"), permanent=True),
    ),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
    path("accounts/", include("accounts.urls")),
    path("sessions/", include("sessions.urls")),
    path("", include("points.urls")),
]
