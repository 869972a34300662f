"""A call whose start failed (a provider that would not load, a session that would not start)
is closed as failed, no longer as abandoned: nobody answered it, and the caller did not hang up
(issue 19). Only the field's choices change; no SQL runs."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("calls", "0005_call_details_transfers_cancelled_by"),
    ]

    operations = [
        migrations.AlterField(
            model_name="call",
            name="outcome",
            field=models.CharField(blank=True, max_length=20, choices=[
                ("", "Pending"), ("booked", "Booked"), ("message_taken", "Message taken"),
                ("transferred", "Transferred"), ("information_only", "Information only"),
                ("rejected", "Rejected"), ("abandoned", "Abandoned"), ("failed", "Failed"),
            ]),
        ),
    ]
