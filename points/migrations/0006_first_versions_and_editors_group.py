from django.contrib.auth.management import create_permissions
from django.db import migrations

from points.versions import describe_changes, protocol_content

EDITOR_MODELS = {
    "meridian": ["view", "change"],
    "point": ["view", "add", "change", "delete"],
    "pointalias": ["view", "add", "change", "delete"],
    "contraindication": ["view", "add", "change", "delete"],
    "complaint": ["view", "add", "change", "delete"],
    "redflag": ["view", "add", "change", "delete"],
    "protocol": ["view", "add", "change", "delete"],
    "protocolstep": ["view", "add", "change", "delete"],
    "protocolversion": ["view"],
}


def first_versions(apps, schema_editor):
    Protocol = apps.get_model("points", "Protocol")
    ProtocolVersion = apps.get_model("points", "ProtocolVersion")
    for protocol in Protocol.objects.filter(status="published").select_related("complaint"):
        if ProtocolVersion.objects.filter(protocol=protocol).exists():
            continue
        steps = protocol.steps.select_related("point").order_by("order")
        content = protocol_content(protocol, steps)
        ProtocolVersion.objects.create(
            protocol=protocol,
            number=1,
            content=content,
            change_message=describe_changes(None, content),
        )


def editors_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the group can use them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Protocol editors")
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_MODELS.items() for action in actions
    ]
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="points", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("points", "0005_review_fields_and_versions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(first_versions, migrations.RunPython.noop),
        migrations.RunPython(editors_group, migrations.RunPython.noop),
    ]
