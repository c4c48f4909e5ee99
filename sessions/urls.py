from django.urls import path

from sessions import outcome_views, plan_views, views

app_name = "sessions"

urlpatterns = [
    path("", views.history, name="history"),
    path("trends/<slug:slug>/", views.trend, name="trend"),
    path("report/", views.report, name="report"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("reminders/", views.reminders, name="reminders"),
    path("plans/start/<slug:slug>/", plan_views.plan_new, name="plan_new"),
    path("plans/<int:pk>/", plan_views.plan_detail, name="plan"),
    path("plans/<int:pk>/stop/", plan_views.plan_stop, name="plan_stop"),
    path("plans/<int:pk>/plan.ics", plan_views.plan_calendar, name="plan_ics"),
    path("plans/<int:pk>/check-in/", outcome_views.check_in, name="check_in"),
    path("plans/<int:pk>/review/", outcome_views.plan_review, name="plan_review"),
    path("start/<slug:slug>/", views.session_new, name="new"),
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/step/", views.session_step, name="step"),
    path("<int:pk>/hands-free/", views.session_hands_free, name="hands_free"),
    path("<int:pk>/finish/", views.session_finish, name="finish"),
    path("<int:pk>/note/", views.session_note, name="note"),
    path("<int:pk>/abandon/", views.session_abandon, name="abandon"),
    path("<int:pk>/delete/", views.session_delete, name="delete"),
]
