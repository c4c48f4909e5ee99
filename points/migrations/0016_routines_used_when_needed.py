from django.db import migrations, models

from points import catalog


def mark_as_needed(apps, schema_editor) -> None:
    """The catalog's routines used when needed (PC 6 for nausea): no plan, no daily dose."""
    Protocol = apps.get_model("points", "Protocol")
    slugs = [row["slug"] for row in catalog.PROTOCOLS if row.get("as_needed")]
    Protocol.objects.filter(slug__in=slugs).update(as_needed=True)


class Migration(migrations.Migration):
    dependencies = [
        ("points", "0015_placement_diagrams"),
    ]

    operations = [
        migrations.AddField(
            model_name="protocol",
            name="as_needed",
            field=models.BooleanField(
                default=False,
                help_text="Used when the symptom comes (nausea), not on a schedule: no plan is "
                "offered.",
                verbose_name="used when needed",
            ),
        ),
        migrations.RunPython(mark_as_needed, migrations.RunPython.noop),
    ]
