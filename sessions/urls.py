from django.urls import path

from sessions import fhir_views, outcome_views, plan_views, report_views, share_views, views

app_name = "sessions"

urlpatterns = [
    path("", views.history, name="history"),
    path("trends/<slug:slug>/", views.trend, name="trend"),
    path("report/", report_views.report, name="report"),
    path("report.pdf", report_views.report_pdf, name="report_pdf"),
    path("export.fhir.json", fhir_views.export_fhir, name="export_fhir"),
    path("shares/", share_views.share_list, name="shares"),
    path("shares/<int:pk>/revoke/", share_views.share_revoke, name="share_revoke"),
    path("shared/<str:token>/", share_views.shared_report, name="shared"),
    path("shared/<str:token>/report.pdf", share_views.shared_pdf, name="shared_pdf"),
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
