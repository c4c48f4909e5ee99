PORT ?= 8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Local runs default to debug on; production sets DJANGO_DEBUG=0 and the other variables.
export DJANGO_DEBUG ?= 1
# gunicorn worker processes for `make serve`; 2 suits 2 cores (README, Production).
export WEB_CONCURRENCY ?= 2
# The PostgreSQL server `make test-postgres` uses; pytest-django creates test_acupressure on it.
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/acupressure

.PHONY: run serve release backup restore test test-fast test-postgres lint format bench-speed bench-load clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Marker files: a second `make run` skips the install unless pyproject.toml changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production server: debug off, DJANGO_SECRET_KEY required, static files collected
# (hashed, compressed) and served by WhiteNoise, gunicorn with WEB_CONCURRENCY workers. It runs
# `release` first, which suits one machine; with several app servers run `make release` once
# per release on one machine and start each server with `make serve MIGRATE=0`.
MIGRATE ?= 1
serve: export DJANGO_DEBUG = 0
serve: $(VENV)/.installed
	@if [ "$(MIGRATE)" = 1 ]; then $(MAKE) --no-print-directory release; fi
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	exec $(BIN)/gunicorn --config config/gunicorn.conf.py --bind 127.0.0.1:$(PORT)

# Once per release, before the new code serves: schema migrations and the shared cache table.
release: export DJANGO_DEBUG = 0
release: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable

# Backups (README, Production: Backups): a copy of the running database that loses nothing, in
# DJANGO_BACKUP_DIR (default backups/). `make restore FILE=…` asks before replacing the database
# and backs up what it replaces first.
backup: $(VENV)/.installed
	$(BIN)/python manage.py backup

restore: $(VENV)/.installed
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/acupressure-….sqlite3|.pgdump"; exit 2; }
	$(BIN)/python manage.py restore "$(FILE)"

# Lint, format, types and migrations first (seconds), then the whole suite; CI runs this.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

# The inner loop: lint and the suite without the browser and subprocess tests (markers e2e,
# slow). `make test` stays what CI runs.
test-fast: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not e2e and not slow"

# The whole suite against PostgreSQL, in a fresh test database.
test-postgres: export DATABASE_URL = $(POSTGRES_URL)
test-postgres: $(VENV)/.installed-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest --create-db

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmarks (not part of `make test`): each starts its own gunicorn on a free loopback port
# with a temporary database. BENCH_DB=postgres|sqlite|both.
bench-speed: $(VENV)/.installed
	$(BIN)/python bench/speed.py

bench-load: $(VENV)/.installed
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache
