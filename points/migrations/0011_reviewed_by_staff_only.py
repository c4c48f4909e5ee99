import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("points", "0010_clinical_review"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name=model_name,
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                help_text="Who last checked this against its source (staff only).",
                limit_choices_to={"is_staff": True},
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        )
        for model_name in ("contraindication", "redflag")
    ]
