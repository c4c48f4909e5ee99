from django.db import migrations

from points.seed import load_placements

EDITOR_PERMISSIONS = ["view", "add", "change", "delete"]


def editors_place_points(apps, schema_editor):
    # Permissions are normally made after all migrations; make the new model's now.
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("points")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Protocol editors").first()
    if group is None:
        return
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="points",
            codename__in=[f"{action}_pointplacement" for action in EDITOR_PERMISSIONS],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("points", "0007_point_placement")]

    operations = [
        migrations.RunPython(load_placements, migrations.RunPython.noop),
        migrations.RunPython(editors_place_points, migrations.RunPython.noop),
    ]
