from django.db import migrations

LEG_COMPLAINTS = ["leg-pain", "knee-pain", "low-back-pain", "leg-cramps"]


def ask_where(apps, schema_editor):
    Complaint = apps.get_model("points", "Complaint")
    Complaint.objects.filter(slug__in=LEG_COMPLAINTS).update(asks_where_it_hurts=True)


class Migration(migrations.Migration):
    dependencies = [("points", "0003_complaint_asks_where_it_hurts")]

    operations = [migrations.RunPython(ask_where, migrations.RunPython.noop)]
