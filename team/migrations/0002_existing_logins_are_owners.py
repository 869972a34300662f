"""Before teams, each business had one login, its owner: every login already here is an owner."""

from django.db import migrations


def owners(apps, schema_editor):
    User = apps.get_model("auth", "User")  # noqa: N806
    TeamMember = apps.get_model("team", "TeamMember")  # noqa: N806
    TeamMember.objects.bulk_create(
        [TeamMember(user_id=pk, role="owner") for pk in
         User.objects.filter(team_member__isnull=True).values_list("pk", flat=True)])


class Migration(migrations.Migration):

    dependencies = [("team", "0001_initial")]

    operations = [migrations.RunPython(owners, migrations.RunPython.noop)]
