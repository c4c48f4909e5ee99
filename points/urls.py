from django.urls import path

from points import views

app_name = "points"

urlpatterns = [
    path("", views.home, name="home"),
    path("complaints/<slug:slug>/", views.complaint_detail, name="complaint_detail"),
    path("points/", views.point_list, name="point_list"),
    path("points/map/", views.point_map, name="point_map"),
    path("points/<slug:slug>/", views.point_detail, name="point_detail"),
    path("protocols/<slug:slug>/", views.protocol_detail, name="protocol_detail"),
]
