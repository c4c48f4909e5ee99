"""Error reports (admin emails, the debug page) without health data: pain levels, notes,
safety answers. Loaded by the logging setup (AdminEmailHandler) before the apps, so it imports
no models."""

import re

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from config.redaction import HIDDEN, is_database_error

# POST fields and variable names that carry health data in this app.
HEALTH_FIELDS = re.compile(
    r"^(pain|note$|flag_|caution_|comfort|red_flag|contraindication_)", flags=re.IGNORECASE
)


# Code whose local variables hold rows or health data whatever their names: the database layer
# (a query's `params`, a model's field values) and our log of sessions.
HEALTH_MODULES = ("django.db.", "psycopg", "sqlite3", "sessions.")
HIDDEN_DATABASE_MESSAGE = f"[{HIDDEN}]"


class HealthDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports (admin emails, the debug page) never show health data.

    Hides POST fields and local variables named like pain_*, note, flag_*, caution_*, comfort,
    whatever the view's own `sensitive_post_parameters` say, in debug mode too. Every local
    variable is hidden in frames of the database layer and of the sessions app, and in every
    frame of a request to the sessions pages: names alone cannot tell a query's parameters or a
    list of answers from harmless values.
    """

    def cleanse_health(self, key, value):
        if isinstance(key, str) and HEALTH_FIELDS.search(key):
            return self.cleansed_substitute
        if isinstance(value, dict):
            return {k: self.cleanse_health(k, v) for k, v in value.items()}
        if isinstance(value, MultiValueDict):
            return self.cleanse_multivaluedict(value)
        return value

    def cleanse_multivaluedict(self, values: MultiValueDict) -> MultiValueDict:
        cleansed = values.copy()
        for key in cleansed:
            if HEALTH_FIELDS.search(key):
                cleansed.setlist(key, [self.cleansed_substitute])
        return cleansed

    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if isinstance(parameters, MultiValueDict) and parameters:
            return self.cleanse_multivaluedict(parameters)
        return parameters

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        module = tb_frame.f_globals.get("__name__") or ""
        if module.startswith(HEALTH_MODULES) or _is_health_page(request):
            return [(name, self.cleansed_substitute) for name, _ in variables]
        return [(name, self.cleanse_health(name, value)) for name, value in variables]


def _is_health_page(request: HttpRequest | None) -> bool:
    return request is not None and request.path_info.startswith("/sessions/")


class HealthDataExceptionReporter(ExceptionReporter):
    """Error reports without database error messages, which can quote a stored row
    (PostgreSQL's "Failing row contains (…)"), as config/redaction.py does for the log."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.exc_value is not None and is_database_error(self.exc_value):
            data["exception_value"] = HIDDEN_DATABASE_MESSAGE
        for frame in data.get("frames", []):
            cause = frame.get("exc_cause")
            if cause is not None and is_database_error(cause):
                frame["exc_cause"] = f"{type(cause).__qualname__}: {HIDDEN_DATABASE_MESSAGE}"
        return data
