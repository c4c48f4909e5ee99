import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from sessions.management import backups


def backup_dir() -> Path:
    return Path(os.environ.get("DJANGO_BACKUP_DIR") or settings.BASE_DIR / "backups")


class Command(BaseCommand):
    help = (
        "Back up the database while the app runs, losing nothing committed before it starts: "
        "SQLite's online backup API, or pg_dump's custom format for PostgreSQL."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            type=Path,
            help="the backup file (default: a timestamped file in DJANGO_BACKUP_DIR, backups/)",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, output: Path | None, database: str, **options) -> None:
        settings_dict = connections[database].settings_dict
        target = Path(output) if output else backup_dir() / backups.backup_name(settings_dict)
        backups.backup(settings_dict, target)
        size = target.stat().st_size / 1_000_000
        self.stdout.write(
            f"Backed up the {backups.describe(settings_dict)} to {target} ({size:.1f} MB).\n"
            f"Restore it with: make restore FILE={target}"
        )
