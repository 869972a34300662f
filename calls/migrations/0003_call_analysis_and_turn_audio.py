from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("calls", "0002_appointments_callback_messages"),
    ]

    operations = [
        migrations.AddField(model_name="call", name="summary",
                            field=models.TextField(blank=True)),
        migrations.AddField(model_name="call", name="caller_name",
                            field=models.CharField(blank=True, max_length=100)),
        migrations.AddField(model_name="call", name="call_reason",
                            field=models.TextField(blank=True)),
        migrations.AddField(model_name="call", name="callback_number",
                            field=models.CharField(blank=True, help_text="E.164", max_length=16)),
        migrations.AddField(model_name="call", name="analysed_at",
                            field=models.DateTimeField(blank=True, null=True)),
        migrations.AddField(
            model_name="turn", name="agent_audio",
            field=models.FileField(
                blank=True, upload_to="calls/agent_audio/%Y/%m/",
                help_text="The agent's rendered reply (WAV), where the call path stored it"),
        ),
    ]
