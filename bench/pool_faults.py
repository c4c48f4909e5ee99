"""PostgreSQL faults with and without Django's pool, under a light load (not a speed test).

    python bench/pool_faults.py [--pool] [--fault kill|outage] [--outage 5] [--users 4]

gunicorn (2 sync workers) on a throwaway PostgreSQL database, reached through a small TCP proxy
of this script's, so an outage can be made without touching the shared server. A few users
each GET /bench/bare/ (52 rows) in a loop with a pause, light enough to leave the CPU alone.
At t=3 s the fault: `kill` terminates the app's server connections (pg_terminate_backend);
`outage` drops every proxied connection and refuses new ones (5 s, --outage) (what a PostgreSQL stop
and start looks like to the app). It prints the errors, when they happened and the latencies.
"""

import contextlib
import socket
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    POSTGRES_SERVER,
    Browser,
    arguments,
    bench_database,
    describe_database,
    free_port,
    gunicorn,
    percentile,
)

FAULT_AT = 3.0


class Proxy:
    """A TCP forwarder to PostgreSQL that can go down (refuse, drop everything) and come back."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        self.up()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self.accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self.lock:
            if self.listener is not None:
                # shutdown() first: close() alone leaves a thread blocked in accept() accepting.
                with contextlib.suppress(OSError):
                    self.listener.shutdown(socket.SHUT_RDWR)
                self.listener.close()
                self.listener = None
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            with self.lock:
                self.sockets |= {client, server}
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self.pump, args=(source, target), daemon=True).start()

    def pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def terminate(database: str) -> int:
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        ).fetchall()
    return sum(1 for (done,) in rows if done)


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        fault={"choices": ["kill", "outage"], "default": "kill"},
        users={"type": int, "default": 4},
        pause={"type": float, "default": 0.08},
        seconds={"type": float, "default": 12.0},
        outage={"type": float, "default": 5.0, "help": "seconds the proxy stays down"},
    )
    args.db = "postgres"
    with bench_database(args) as env:
        database = env["DATABASE_URL"].rsplit("/", 1)[1]
        host, port = POSTGRES_SERVER.rsplit("@", 1)[1].split(":")
        proxy = Proxy((host, int(port)))
        env = env | {"DATABASE_URL": f"postgres://postgres@127.0.0.1:{proxy.port}/{database}"}
        with gunicorn(env) as server:
            results: list[tuple[float, int, float]] = []
            began = time.monotonic()
            stop = threading.Event()

            def user() -> None:
                browser = Browser(server.host, timeout=60)
                while not stop.is_set():
                    sent = time.monotonic()
                    try:
                        status = browser.get("/bench/bare/").status
                    except OSError:
                        status = 0
                    results.append((sent - began, status, time.monotonic() - sent))
                    time.sleep(args.pause)

            users = [threading.Thread(target=user) for _ in range(args.users)]
            for thread in users:
                thread.start()
            time.sleep(FAULT_AT)
            if args.fault == "kill":
                killed = terminate(database)
                print(f"  terminated {killed} server connections of the app")
            else:
                proxy.down()
                time.sleep(args.outage)
                proxy.up()
            time.sleep(max(0.0, args.seconds - (time.monotonic() - began)))
            stop.set()
            for thread in users:
                thread.join()
            errors = [(t, s) for t, s, _ in results if s != 200]
            normal = [lat for t, s, lat in results if s == 200 and t < FAULT_AT]
            after = [lat for t, s, lat in results if s == 200 and t >= FAULT_AT]
            print(f"{describe_database(args)}, fault {args.fault} at t={FAULT_AT:.0f} s")
            print(f"  requests {len(results)}, errors {len(errors)}", end="")
            if errors:
                print(
                    f" (t {errors[0][0]:.2f}–{errors[-1][0]:.2f} s, statuses "
                    f"{sorted({s for _, s in errors})})",
                    end="",
                )
            print()
            print(
                f"  before the fault: p50 {percentile(normal, 0.5) * 1000:.1f} ms, "
                f"p99 {percentile(normal, 0.99) * 1000:.1f} ms"
            )
            print(
                f"  from the fault on: p50 {percentile(after, 0.5) * 1000:.1f} ms, "
                f"max {max(after, default=float('nan')) * 1000:.0f} ms"
            )
            timeline = [0] * (int(args.seconds) + 1)
            for t, s, _ in results:
                timeline[int(t)] += s == 200
            print(f"  answered 200 per second: {timeline}")
            tracebacks = server.log_text().count("Traceback")
            timeouts = server.log_text().count("WORKER TIMEOUT")
            print(f"  tracebacks in the gunicorn log: {tracebacks}, worker timeouts: {timeouts}")
            kinds = sorted(
                {
                    line.split("[database error: ")[1].split(";")[0]
                    for line in server.log_text().splitlines()
                    if "[database error: " in line
                }
            )
            print(f"  logged kinds: {kinds}")
        proxy.down()


if __name__ == "__main__":
    main()
