"""gunicorn settings shared by `make serve` and the benchmarks (bench/); `--bind` comes from them.

Sync workers, one request at a time each: on 2 cores, 2 workers matched or beat more
(README, Production). Scale with WEB_CONCURRENCY per machine and more machines.
"""

import os

wsgi_app = "config.wsgi:application"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# Load the app once in the master: workers fork ready to serve and share its memory.
preload_app = True
# No access log: request lines name complaints (/sessions/start/<routine>/), which is health
# data. The TLS proxy in front can keep its own log under its own retention policy.
accesslog = None
errorlog = "-"
timeout = 30
graceful_timeout = 20
# gunicorn 24+ opens a control socket at one fixed path per user, which a second server on the
# machine (the benchmarks beside `make serve`) would fight over; nothing here uses it.
control_socket_disable = True
