"""Settings for the acupressure app, read from the environment.

Local defaults are meant for `make run` on one machine; production sets DJANGO_DEBUG=0,
DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and usually DATABASE_URL.
"""

import os
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def email_settings(url: str) -> dict[str, Any]:
    """Django's EMAIL_* settings from one URL: smtp://user:password@host:port?tls=1 (or ssl=1,
    timeout=seconds), smtps://… (implicit TLS, port 465), console:// or "" (no mail sent)."""
    parts = urlsplit(url)
    backends = {
        "": "django.core.mail.backends.dummy.EmailBackend",
        "console": "django.core.mail.backends.console.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
    }
    if parts.scheme not in backends:
        raise ImproperlyConfigured(f"EMAIL_URL: unknown scheme {parts.scheme!r}.")
    options: dict[str, Any] = {"EMAIL_BACKEND": backends[parts.scheme]}
    if parts.scheme in {"smtp", "smtps"}:
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        ssl = parts.scheme == "smtps" or query.get("ssl", "") in {"1", "true", "yes", "on"}
        tls = query.get("tls", "") in {"1", "true", "yes", "on"}
        if not parts.hostname:
            raise ImproperlyConfigured("EMAIL_URL: no host name.")
        options |= {
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": parts.port or (465 if ssl else 587 if tls else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_TLS": tls and not ssl,
            "EMAIL_USE_SSL": ssl,
            "EMAIL_TIMEOUT": int(query.get("timeout", "10")),
        }
    return options


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # the widget templates, for FORM_RENDERER below
    "django_htmx",
    "axes",
    "accounts",
    "points",
    "sessions.apps.GuidedSessionsConfig",
]

# Every form field renders through templates/partials/field.html ({{ form.x.as_field_group }}).
FORM_RENDERER = "config.forms.FormRenderer"

MIDDLEWARE = [
    # Compresses what every other layer adds (Django's adds random padding against BREACH);
    # static files come compressed from WhiteNoise already.
    "django.middleware.gzip.GZipMiddleware",
    # Next: a request that failed with a database error closes its connections (config/db.py).
    "config.db.close_failed_connections",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after authentication: responses to a logged-in user are not stored by caches.
    "config.security.NoStoreForUsersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After HtmxMiddleware (it reads request.htmx): a login redirect answered to htmx.
    "config.middleware.HtmxLoginRedirectMiddleware",
    # After sessions and authentication: the user's time zone, kept in the session at login.
    "config.middleware.UserTimeZoneMiddleware",
    "config.security.SignupRateLimitMiddleware",
    # django-axes turns a lockout into the lockout page; it must come last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "points.context_processors.catalog_version",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several server processes share one file: IMMEDIATE takes the write lock at BEGIN, so a
    # read-then-write transaction waits for the lock instead of failing with "database is locked".
    # Connections persist like PostgreSQL's: opening one per request (with its PRAGMAs) cost
    # 0.6 ms of a 1.8 ms request (bench/speed.py, README).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif env_bool("DJANGO_DB_POOL", True):
    # A psycopg pool per process instead of one persistent connection: as fast with sync
    # workers, and a request waits out a PostgreSQL restart instead of failing (a 5 s outage:
    # 224 errors without the pool, 0 with it; bench/pool_faults.py, README). Pool size x
    # processes = connections.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": int(os.environ.get("DJANGO_DB_POOL_SIZE", "4")),
        # How long a request waits for a connection (PostgreSQL restarting) before it fails:
        # under gunicorn's 30 s worker timeout.
        "timeout": float(os.environ.get("DJANGO_DB_POOL_TIMEOUT", "10")),
    }

# "shared": what every app server must see alike, kept in the database so scaling out needs no
# cache server: the sign-up limit's counters and the catalog's version (points/fragments.py);
# `manage.py createcachetable` creates the table. django-axes keeps login failures in its own
# tables; sessions live in the database too. "template_fragments": each process's copy of
# rendered catalog fragments ({% cache %}'s default), keyed by the shared catalog version, so
# never stale. "uncached": for a fragment that must not be kept (a free-text point search).
CACHES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "shared_cache",
        "OPTIONS": {"MAX_ENTRIES": 10000},
    },
    "template_fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "template-fragments",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
    "uncached": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}

AUTHENTICATION_BACKENDS = ["config.security.LockoutModelBackend"]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "points:home"
LOGOUT_REDIRECT_URL = "points:home"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},  # ASVS 2.1.1
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# The zone for visitors and for users who have none stored; a user's own zone (from their
# browser at sign-up and login, or chosen at /accounts/settings/) is activated per request.
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# In development WhiteNoise serves straight from the app directories; production serves the
# collected, hashed and compressed files from STATIC_ROOT.
WHITENOISE_AUTOREFRESH = DEBUG

# Security headers. Our pages need no inline script or style, so the policy can stay strict.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # htmx reads the token from the page, never from the cookie

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# How many proxies of ours sit in front of the app and append to X-Forwarded-For (0: none, the
# client is REMOTE_ADDR). Rate limits key on this address; a client cannot forge it. Production
# (`make serve`) runs gunicorn on loopback behind one TLS proxy, so 1 there: with 0 every
# visitor would share the proxy's address, one attacker could lock anyone out and ten sign-ups
# would close sign-up for everyone. Development serves clients directly: 0. A production
# server that clients reach directly must set 0, or a client could pick its own address.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0" if DEBUG else "1"))

# Password guessing: 5 failed logins for one username from one address lock that pair out for
# 15 minutes; a successful login resets the count. Failures are stored in the database.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
AXES_DISABLE_ACCESS_LOG = True  # keep failures only, not a log of everyone's logins
# Password spraying: failed logins from one address over all usernames, in the same cool-off
# window (config/security.py); higher than the per-account limit, for households and clinics.
ADDRESS_FAILURE_LIMIT = int(os.environ.get("DJANGO_ADDRESS_FAILURE_LIMIT", "20"))
# Sign-up posts per client address: (count, seconds).
SIGNUP_RATE_LIMIT = (int(os.environ.get("DJANGO_SIGNUP_LIMIT", "10")), 60 * 60)

# Email (password reset): EMAIL_URL names the backend, e.g. smtp://user:pass@host:587?tls=1,
# smtps://user:pass@host:465, or console:// (mails printed to the console, the default with
# debug on). Without it in production the site sends no mail and offers no password reset.
EMAIL_URL = os.environ.get("EMAIL_URL") or ("console://" if DEBUG else "")
globals().update(email_settings(EMAIL_URL))
PASSWORD_RESET_BY_EMAIL = bool(EMAIL_URL)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "Acupressure self-care <noreply@localhost>"
)
PASSWORD_RESET_TIMEOUT = 60 * 60  # a reset link works for an hour
# Password reset requests: per client address, and (silently: the page must not tell whether
# an account has the address) per email address, as (count, seconds).
PASSWORD_RESET_RATE_LIMIT = (int(os.environ.get("DJANGO_PASSWORD_RESET_LIMIT", "10")), 60 * 60)
PASSWORD_RESET_EMAIL_LIMIT = (3, 60 * 60)

# Error reports never show pain levels, notes or safety answers.
DEFAULT_EXCEPTION_REPORTER_FILTER = "config.error_reports.HealthDataReporterFilter"
DEFAULT_EXCEPTION_REPORTER = "config.error_reports.HealthDataExceptionReporter"

# Server logs carry no health data: no request bodies are logged anywhere, gunicorn's access
# log is off (config/gunicorn.conf.py), and tracebacks drop database error messages, which can
# quote a stored row.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "redacting": {
            "()": "config.redaction.RedactingFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "redacting"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Lockouts and failures are warnings; its INFO lines are a start-up banner per process.
        "axes": {"level": "WARNING"},
        # WeasyPrint logs about ten INFO lines of progress for every report PDF.
        "weasyprint.progress": {"level": "WARNING"},
    },
}
