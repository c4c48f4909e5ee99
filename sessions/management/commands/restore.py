import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor

from sessions.management import backups
from sessions.management.commands.backup import backup_dir

COUNTS = {
    "accounts": "SELECT COUNT(*) FROM auth_user",
    "sessions": "SELECT COUNT(*) FROM guided_sessions_guidedsession",
    "completed sessions": (
        "SELECT COUNT(*) FROM guided_sessions_guidedsession WHERE status = 'completed'"
    ),
}


class Command(BaseCommand):
    help = (
        "Replace everything in the database with a backup made by `manage.py backup`. "
        "Asks first (or pass --yes); the current contents are backed up before."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a backup made by `manage.py backup`")
        parser.add_argument(
            "--yes", action="store_true", help="replace the database without asking"
        )
        parser.add_argument(
            "--no-backup-first",
            action="store_true",
            help="do not back up the current contents before replacing them",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(
        self, *args, file: Path, yes: bool, no_backup_first: bool, database: str, **options
    ) -> None:
        file = Path(file)
        connection = connections[database]
        settings_dict = connection.settings_dict
        target = backups.describe(settings_dict)
        if not file.is_file():
            raise CommandError(f"No backup at {file}.")
        backups.check_backup(settings_dict, file)
        if not yes:
            self.confirm(f"Replace everything in the {target} with {file}?")
        connection.close()
        if not no_backup_first and self.has_tables(database):
            before = backup_dir() / f"pre-restore-{backups.backup_name(settings_dict)}"
            backups.backup(settings_dict, before)
            self.stdout.write(f"Backed up the current contents to {before}.")
        backups.restore(settings_dict, file)
        connection.close()  # the next query sees the restored database
        self.stdout.write(f"Restored {file} into the {target}: {self.counts(database)}.")
        pending = self.pending_migrations(database)
        if pending:
            self.stdout.write(
                f"The backup is {pending} migration(s) behind this code: run `make release` "
                "(migrate, createcachetable) before serving."
            )

    def confirm(self, question: str) -> None:
        if not sys.stdin.isatty():
            raise CommandError(
                f"{question} Nothing was changed: run again with --yes to replace it."
            )
        answer = input(f"{question} Type 'yes' to go on: ")
        if answer.strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")

    @staticmethod
    def has_tables(database: str) -> bool:
        try:
            return bool(connections[database].introspection.table_names())
        except DatabaseError:
            return False

    @staticmethod
    def counts(database: str) -> str:
        found = []
        with connections[database].cursor() as cursor:
            for label, query in COUNTS.items():
                try:
                    cursor.execute(query)
                except DatabaseError:
                    continue
                found.append(f"{cursor.fetchone()[0]} {label}")
        return ", ".join(found) or "no app tables"

    @staticmethod
    def pending_migrations(database: str) -> int:
        executor = MigrationExecutor(connections[database])
        return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
