import os

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path(os.environ.get("DJANGO_ADMIN_URL", "admin/"), admin.site.urls),
    path("", include("points.urls")),
]
