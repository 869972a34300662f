"""What a call did, as rows: its qualification answers (Call.details), the bookings it
cancelled (Appointment.cancelled_by_call) and its transfers (CallTransfer). The after-call
summary and the outcome are built from these (calls/facts.py)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("calls", "0004_dashboard_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="call", name="details",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="appointment", name="cancelled_by_call",
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                related_name="cancelled_appointments", to="calls.call",
                help_text="The call on which the caller cancelled it (or moved it to another "
                          "time)"),
        ),
        migrations.CreateModel(
            name="CallTransfer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("number", models.CharField(help_text="E.164: where the call was put through",
                                            max_length=16)),
                ("reason", models.TextField(blank=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("call", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                           related_name="transfers", to="calls.call")),
            ],
            options={"ordering": ["created_at"]},
        ),
    ]
