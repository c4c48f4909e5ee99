"""What the benchmarks share: a throwaway database, the production gunicorn, a small browser.

Each benchmark runs once per database (`--db sqlite|postgres|both`). The server is `make serve`'s
gunicorn (config/gunicorn.conf.py) with debug off, on a free loopback port, with the bench URLs
(bench/settings.py). Requests carry `X-Forwarded-Proto: https`, as from the TLS proxy production
runs behind, so the production security settings stay on.
"""

import argparse
import contextlib
import http.client
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
PROTOCOL = "hand-routine-leg-pain"
PASSWORD = "bench-password-not-secret-0123"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def arguments(description: str, **extra: dict) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--pool", action="store_true", help="PostgreSQL: Django's connection pool (DJANGO_DB_POOL)"
    )
    parser.add_argument(
        "--conn-max-age", help="PostgreSQL: DJANGO_CONN_MAX_AGE (0 = a connection per request)"
    )
    for name, options in extra.items():
        parser.add_argument(f"--{name.replace('_', '-')}", **options)
    return parser.parse_args()


def each_database(args: argparse.Namespace) -> bool:
    """With --db both, run this script once per database in a fresh process; True if done."""
    if args.db != "both":
        return False
    status = 0
    for database in ("sqlite", "postgres"):
        argv = [sys.executable, sys.argv[0], *sys.argv[1:], "--db", database]
        status |= subprocess.run(argv, cwd=ROOT).returncode
    sys.exit(status)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def bench_database(args: argparse.Namespace) -> Iterator[dict[str, str]]:
    """A fresh migrated database and collected static files; Django set up on them here too."""
    workdir = Path(tempfile.mkdtemp(prefix="acupressure-bench-"))
    for key in [key for key in os.environ if key.startswith(("DJANGO_", "DATABASE_URL"))]:
        del os.environ[key]
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
    }
    database = None
    if args.db == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    else:
        database = f"bench_{os.getpid()}_{secrets.token_hex(3)}"
        postgres_admin(f"CREATE DATABASE {database}")
        env["DATABASE_URL"] = f"{POSTGRES_SERVER}/{database}"
        if args.pool:
            env["DJANGO_DB_POOL"] = "1"
        if args.conn_max_age is not None:
            env["DJANGO_CONN_MAX_AGE"] = args.conn_max_age
    os.environ.update(env)
    try:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        call_command("createcachetable", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        yield env
    finally:
        from django.db import connections

        connections.close_all()
        if database:
            postgres_admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        shutil.rmtree(workdir, ignore_errors=True)


def postgres_admin(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def describe_database(args: argparse.Namespace) -> str:
    if args.db == "sqlite":
        return "SQLite (WAL, IMMEDIATE transactions)"
    if args.pool:
        return "PostgreSQL (Django's psycopg pool)"
    age = args.conn_max_age if args.conn_max_age is not None else "60"
    return f"PostgreSQL (persistent connections, CONN_MAX_AGE={age})"


@dataclass
class Server:
    host: str
    log: Path
    process: subprocess.Popen

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@contextlib.contextmanager
def gunicorn(env: dict[str, str]) -> Iterator[Server]:
    """`make serve`'s gunicorn on a free loopback port, stopped (SIGTERM) on the way out."""
    host = f"127.0.0.1:{free_port()}"
    log = Path(env["DJANGO_STATIC_ROOT"]).parent / "gunicorn.log"
    command = [str(GUNICORN), "--config", "config/gunicorn.conf.py", "--bind", host]
    with log.open("w") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=os.environ | env, stdout=output, stderr=subprocess.STDOUT
        )
    server = Server(host, log, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{server.log_text()}")
            with contextlib.suppress(OSError):
                if Browser(host).get("/bench/bare/").status == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not answer:\n{server.log_text()}")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class UnexpectedResponse(Exception):
    def __init__(self, what: str, response: "Response") -> None:
        super().__init__(f"{what}: HTTP {response.status}")
        self.response = response


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def expect(self, status: int, what: str) -> "Response":
        if self.status != status:
            raise UnexpectedResponse(what, self)
        return self


@dataclass
class Browser:
    """One visitor: a cookie jar and the headers a browser behind our TLS proxy would send."""

    host: str
    cookies: dict[str, str] = field(default_factory=dict)
    timeout: float = 60

    def request(
        self,
        method: str,
        path: str,
        data: dict | None = None,
        *,
        htmx: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Response:
        sent = {"Host": self.host, "X-Forwarded-Proto": "https", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(data or {}, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"https://{self.host}"
        if htmx:
            sent["HX-Request"] = "true"
            sent["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        connection = http.client.HTTPConnection(self.host, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            response = Response(answer.status, answer.headers, answer.read())
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, path: str, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict, **kwargs) -> Response:
        return self.request("POST", path, data, **kwargs)

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
START_TOKEN = re.compile(r'name="token" value="([0-9a-f-]{36})"')
SAFETY_QUESTION = re.compile(r'name="((?:flag|caution)_\d+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')
SESSION_URL = re.compile(r"^/sessions/(\d+)/$")


def csrf_token(page: Response) -> str:
    match = CSRF_FIELD.search(page.text)
    if not match:
        raise UnexpectedResponse("no CSRF token on the page", page)
    return match.group(1)


def log_in(browser: Browser, username: str) -> None:
    form = browser.get("/accounts/login/").expect(200, "login form")
    data = {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(form)}
    browser.post("/accounts/login/", data).expect(302, "login")


def start_form(browser: Browser, *, pain_before: int) -> dict[str, str]:
    """The safety check filled in: 'no' to every red flag and contraindication."""
    form = browser.get(f"/sessions/start/{PROTOCOL}/").expect(200, "safety form")
    token = START_TOKEN.search(form.text)
    if not token:
        raise UnexpectedResponse("no start token on the safety form", form)
    data = {
        "csrfmiddlewaretoken": csrf_token(form),
        "token": token.group(1),
        "pain_before": str(pain_before),
    }
    data |= dict.fromkeys(SAFETY_QUESTION.findall(form.text), "no")
    return data


def start_session(browser: Browser, data: dict[str, str]) -> int:
    started = browser.post(f"/sessions/start/{PROTOCOL}/", data).expect(302, "start")
    location = urlsplit(started.headers["Location"]).path
    match = SESSION_URL.match(location)
    if not match:
        raise UnexpectedResponse(f"start redirected to {location}", started)
    return int(match.group(1))


def current_position(page: Response) -> int | None:
    match = POSITION.search(page.text)
    return int(match.group(1)) if match else None


def create_users(count: int, prefix: str) -> list[str]:
    """Accounts for the simulated users, sharing one password hash (hashing is slow on purpose)."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User

    password = make_password(PASSWORD)
    names = [f"{prefix}{number:03d}" for number in range(count)]
    User.objects.bulk_create(User(username=name, password=password) for name in names)
    return names


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
