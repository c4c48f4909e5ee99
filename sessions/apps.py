from django.apps import AppConfig


class GuidedSessionsConfig(AppConfig):
    # django.contrib.sessions already owns the label "sessions".
    name = "sessions"
    label = "guided_sessions"
    verbose_name = "Guided sessions"
