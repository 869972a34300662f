"""ReceptionistConfig and VoiceCloneJob now belong to frontdesk (its 0001 takes over their
state; the tables stay where they are)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("agent_worker", "0003_receptionist_address"),
        ("frontdesk", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="ReceptionistConfig"),
                migrations.DeleteModel(name="VoiceCloneJob"),
            ],
        ),
    ]
