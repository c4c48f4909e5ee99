from django.db import migrations

from points.seed import load_catalog


class Migration(migrations.Migration):
    dependencies = [("points", "0001_initial")]

    operations = [migrations.RunPython(load_catalog, migrations.RunPython.noop)]
