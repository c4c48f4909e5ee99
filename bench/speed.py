"""Speed: req/s and latency of the app's pages next to a bare Django view, and page weight.

    python bench/speed.py [--db sqlite|postgres|both] [--seconds 5] [--rounds 3] [--clients 8]

wrk (apt-get install wrk) drives each page from loopback with 8 connections, in rounds that
alternate the pages with the bare view (bench/urls.py: read 52 rows, render them), all served
by the same gunicorn. The machine is shared and noisy, so the figure is each page's req/s as a
share of the bare view's, from the same rounds. Goals: catalog pages >= 0.5, the session step
(page and htmx post) >= 0.35, p99 under 100 ms.
"""

import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    PROTOCOL,
    Browser,
    arguments,
    bench_database,
    create_users,
    current_position,
    describe_database,
    each_database,
    gunicorn,
    log_in,
    start_form,
    start_session,
)

CATALOG_GOAL = 0.5
SESSION_GOAL = 0.35
P99_GOAL_MS = 100
WEIGHT_GOAL = 60 * 1024

LUA = """
local plans = %(plans)s
local requests = {}
local counter = 0

init = function(args)
  for i, plan in ipairs(plans) do
    requests[i] = wrk.format(plan.method, plan.path, plan.headers, plan.body)
  end
end

request = function()
  counter = counter + 1
  return requests[(counter %% #requests) + 1]
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, ' ..
    '"status_errors": %%d, "socket_errors": %%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
"""


@dataclass
class Target:
    name: str
    kind: str  # "bare", "catalog" or "session"
    plans: list[dict]


@dataclass
class Run:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    app_cpu_ms: float = 0.0  # gunicorn's CPU time per request
    db_cpu_ms: float = 0.0  # PostgreSQL's (SQLite's is inside gunicorn's)


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(server_pid: int) -> tuple[float, float]:
    """CPU time used so far by the gunicorn master and workers, and by PostgreSQL processes."""
    app = database = 0.0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        used = (int(fields[11]) + int(fields[12])) / TICKS
        if server_pid in (int(entry.name), int(fields[1])):
            app += used
        elif name == "postgres":
            database += used
    return app, database


def lua_string(value: str) -> str:
    return json.dumps(value)  # ASCII JSON strings are valid Lua string literals


def lua_plans(plans: list[dict]) -> str:
    items = []
    for plan in plans:
        headers = ", ".join(
            f"[{lua_string(k)}] = {lua_string(v)}" for k, v in plan.get("headers", {}).items()
        )
        body = lua_string(plan["body"]) if plan.get("body") else "nil"
        items.append(
            f"{{method = {lua_string(plan.get('method', 'GET'))}, "
            f"path = {lua_string(plan['path'])}, headers = {{{headers}}}, body = {body}}}"
        )
    return "{" + ",\n".join(items) + "}"


def wrk(
    host: str, target: Target, *, seconds: float, clients: int, workdir: Path, server_pid: int
) -> Run:
    script = workdir / f"{target.name.replace(' ', '_').replace('/', '')}.lua"
    script.write_text(LUA % {"plans": lua_plans(target.plans)})
    command = [
        "wrk",
        "-t1",
        f"-c{clients}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "5s",
        "-s",
        str(script),
        f"http://{host}",
    ]
    app_before, database_before = cpu_seconds(server_pid)
    done = subprocess.run(command, capture_output=True, text=True)
    app_after, database_after = cpu_seconds(server_pid)
    if done.returncode:
        raise RuntimeError(f"wrk failed: {done.stdout}{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    requests = max(1, result["requests"])
    return Run(
        rps=result["requests"] / (result["duration_us"] / 1e6),
        p50_ms=result["p50_us"] / 1000,
        p99_ms=result["p99_us"] / 1000,
        errors=result["status_errors"] + result["socket_errors"],
        app_cpu_ms=(app_after - app_before) / requests * 1000,
        db_cpu_ms=(database_after - database_before) / requests * 1000,
    )


def https_headers(host: str, **extra: str) -> dict[str, str]:
    return {"Host": host, "X-Forwarded-Proto": "https", **extra}


def session_users(host: str, count: int) -> list[tuple[Browser, int]]:
    """Logged-in users, each with a session whose first step's timer is running."""
    users = []
    for name in create_users(count, "speed-user-"):
        browser = Browser(host)
        log_in(browser, name)
        session = start_session(browser, start_form(browser, pain_before=5))
        page = browser.get(f"/sessions/{session}/").expect(200, "session page")
        position = current_position(page)
        browser.post(
            f"/sessions/{session}/step/", {"position": position, "action": "start"}, htmx=True
        ).expect(200, "step start")
        users.append((browser, session))
    return users


def targets(host: str, users: list[tuple[Browser, int]]) -> list[Target]:
    step_pages, step_posts = [], []
    for browser, session in users:
        cookie = browser.cookie_header()
        step_pages.append(
            {"path": f"/sessions/{session}/", "headers": https_headers(host, Cookie=cookie)}
        )
        # Pause, Resume and a comfort answer, in turn: the htmx posts a step can repeat (each
        # answers with the part of the page it changes). Next cannot repeat on one step; it
        # answers with the whole stage, and bench/load.py presses it on every step.
        for fields in (
            {"action": "pause"},
            {"action": "resume"},
            {"action": "comfort", "comfort": "comfortable"},
        ):
            step_posts.append(
                {
                    "method": "POST",
                    "path": f"/sessions/{session}/step/",
                    "headers": https_headers(
                        host,
                        Cookie=cookie,
                        Origin=f"https://{host}",
                        **{
                            "Content-Type": "application/x-www-form-urlencoded",
                            "HX-Request": "true",
                            "X-CSRFToken": browser.cookies["csrftoken"],
                        },
                    ),
                    "body": urlencode({"position": 0, **fields}),
                }
            )

    def anonymous(path: str) -> list[dict]:
        return [{"path": path, "headers": https_headers(host)}]

    return [
        Target("bare view (52 rows)", "bare", anonymous("/bench/bare/")),
        Target("/points/", "catalog", anonymous("/points/")),
        Target("/points/li-4/", "catalog", anonymous("/points/li-4/")),
        Target(f"/protocols/{PROTOCOL}/", "catalog", anonymous(f"/protocols/{PROTOCOL}/")),
        Target("session step page", "session", step_pages),
        Target("session step htmx POST", "session", step_posts),
    ]


ASSET = re.compile(r'<(?:script|link|img)\b[^>]*?(?:src|href)="([^"]+)"', re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def page_weight(browser: Browser, path: str) -> tuple[list[tuple[str, int, str]], list[str]]:
    """Bytes on the wire for the page (gzip, as the proxy would send it) and all it loads."""
    page = browser.get(path).expect(200, "session page")
    rows = [(path, len(gzip.compress(page.body, 6)), "HTML, gzip -6")]
    foreign = []
    queue = ASSET.findall(page.text)
    seen = set()
    while queue:
        url = queue.pop(0)
        parts = urlsplit(url)
        absolute = parts.scheme in {"http", "https"} or url.startswith("//")
        if absolute and parts.netloc != browser.host:
            foreign.append(url)
            continue
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        asset = browser.get(parts.path, headers={"Accept-Encoding": "gzip"})
        asset.expect(200, f"asset {url}")
        encoding = asset.headers.get("Content-Encoding", "identity")
        rows.append((parts.path, len(asset.body), encoding))
        if parts.path.endswith(".css"):
            text = gzip.decompress(asset.body) if encoding == "gzip" else asset.body
            base = parts.path.rsplit("/", 1)[0]
            for ref in CSS_URL.findall(text.decode()):
                queue.append(ref if ref.startswith(("/", "data:", "http")) else f"{base}/{ref}")
    return rows, foreign


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        seconds={"type": float, "default": 5.0},
        rounds={"type": int, "default": 3},
        clients={"type": int, "default": 8},
        only={"help": "measure only the pages whose name contains this (the bare view always)"},
    )
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    each_database(args)
    workdir = Path(tempfile.mkdtemp(prefix="acupressure-wrk-"))
    with bench_database(args) as env, gunicorn(env) as server:
        users = session_users(server.host, args.clients)
        plan = targets(server.host, users)
        if args.only:
            plan = [t for t in plan if t.kind == "bare" or args.only in t.name]
        measure = {
            "clients": args.clients,
            "workdir": workdir,
            "server_pid": server.process.pid,
        }
        for target in plan:  # warm every worker's templates, caches and connections
            wrk(server.host, target, seconds=1, **measure)
        bare, pages = plan[0], plan[1:]
        bare_runs: list[Run] = []
        # Each page's runs, each with the bare-view run measured just before it.
        pairs: dict[str, list[tuple[Run, Run]]] = {target.name: [] for target in pages}
        for _ in range(args.rounds):
            for target in pages:
                # Alternate: the bare view right before each page, so both see the same noise.
                before = wrk(server.host, bare, seconds=args.seconds, **measure)
                bare_runs.append(before)
                pairs[target.name].append(
                    (before, wrk(server.host, target, seconds=args.seconds, **measure))
                )
        weight, foreign = page_weight(users[0][0], f"/sessions/{users[0][1]}/")
    shutil.rmtree(workdir, ignore_errors=True)

    print(
        f"\n== Speed: {describe_database(args)}, {env['WEB_CONCURRENCY']} gunicorn workers, "
        f"wrk -c{args.clients}, {args.rounds} rounds of {args.seconds:.0f} s =="
    )
    median = statistics.median
    print(
        f"{'page':32} {'req/s':>6} {'ratio':>5} {'p50':>5} {'p99':>5} {'worst':>5} "
        f"{'app':>5} {'db':>5} {'errors':>6}  goal"
    )
    ok = True
    rows = [(bare, bare_runs, [1.0])] + [
        (
            target,
            [run for _, run in pairs[target.name]],
            [run.rps / before.rps for before, run in pairs[target.name]],
        )
        for target in pages
    ]
    for target, measured, ratios in rows:
        ratio = median(ratios)
        p99 = median(run.p99_ms for run in measured)
        errors = sum(run.errors for run in measured)
        goal = {"catalog": CATALOG_GOAL, "session": SESSION_GOAL}.get(target.kind)
        met = (goal is None or ratio >= goal) and p99 < P99_GOAL_MS and errors == 0
        ok &= met
        goal_text = f"ratio >= {goal:.2f}, " if goal else ""
        print(
            f"{target.name:32} {median(run.rps for run in measured):6.0f} {ratio:5.2f} "
            f"{median(run.p50_ms for run in measured):5.1f} {p99:5.1f} "
            f"{max(run.p99_ms for run in measured):5.1f} "
            f"{median(run.app_cpu_ms for run in measured):5.2f} "
            f"{median(run.db_cpu_ms for run in measured):5.2f} {errors:6d}  "
            f"{goal_text}p99 < {P99_GOAL_MS} ms: {'met' if met else 'MISSED'}"
        )
    print(
        "req/s, p50 and p99 (ms): medians of the rounds; worst: the highest p99 of any round;\n"
        "ratio: the median of each round's req/s over the bare view's measured just before it;\n"
        "app, db: CPU ms per request in gunicorn and in PostgreSQL (SQLite's is in the app)"
    )

    total = sum(size for _, size, _ in weight)
    print(f"\nPage weight of the session step page, everything it loads ({len(weight)} files):")
    for path, size, encoding in weight:
        print(f"    {size / 1024:6.1f} KB  {path} ({encoding})")
    weight_ok = total < WEIGHT_GOAL and not foreign
    ok &= weight_ok
    print(
        f"    {total / 1024:6.1f} KB  total, goal < {WEIGHT_GOAL // 1024} KB; "
        f"from other hosts: {', '.join(foreign) or 'nothing'}: {'met' if weight_ok else 'MISSED'}"
    )
    print("RESULT:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
