"""Seed the profession templates. Staff edit them in admin afterwards; re-running never
overwrites an edited template."""

from django.db import migrations


def seed(apps, schema_editor):
    from tenants.profession_data import PROFESSIONS

    ProfessionTemplate = apps.get_model("tenants", "ProfessionTemplate")
    for data in PROFESSIONS:
        ProfessionTemplate.objects.get_or_create(slug=data["slug"], defaults=dict(data))


def unseed(apps, schema_editor):
    from tenants.profession_data import PROFESSIONS

    ProfessionTemplate = apps.get_model("tenants", "ProfessionTemplate")
    ProfessionTemplate.objects.filter(
        slug__in=[p["slug"] for p in PROFESSIONS], tenants__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("tenants", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
