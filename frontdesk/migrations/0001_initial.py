"""The receptionist's settings and voice-clone jobs move from agent_worker to frontdesk.

Only Django's model state moves: the tables keep their names (db_table), so no data moves and a
database migrated before the move keeps working. Content types (and so permissions) follow.
"""

from django.db import migrations, models

MODELS = ("receptionistconfig", "voiceclonejob")


def relabel_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not content_type.objects.filter(app_label="frontdesk", model=model).exists():
            content_type.objects.filter(app_label="agent_worker", model=model).update(
                app_label="frontdesk")


def restore_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="frontdesk", model__in=MODELS).update(
        app_label="agent_worker")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("agent_worker", "0003_receptionist_address"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                            name='ReceptionistConfig',
                            fields=[
                                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                                ('singleton', models.BooleanField(default=True, editable=False, unique=True)),
                                ('greeting', models.TextField(blank=True, help_text="Empty: the profession template's greeting")),
                                ('services', models.JSONField(blank=True, default=list)),
                                ('faq', models.JSONField(blank=True, default=list)),
                                ('booking_rules', models.JSONField(blank=True, default=dict)),
                                ('transfer_number', models.CharField(blank=True, max_length=16)),
                                ('address', models.CharField(blank=True, help_text='Where callers find the business, as it is read to them; empty: the receptionist says it does not have the address and offers a message', max_length=300)),
                                ('directions', models.CharField(blank=True, help_text='Parking, entrance, landmarks: read after the address', max_length=300)),
                                ('transfer_outside_hours', models.BooleanField(default=False)),
                                ('voice_provider', models.CharField(choices=[('auto', 'Automatic (local first)'), ('piper', 'Piper (local)'), ('kokoro', 'Kokoro (local)'), ('cartesia', 'Cartesia (cloud)')], default='auto', max_length=20)),
                                ('voice_id', models.CharField(blank=True, max_length=128)),
                                ('stt_provider', models.CharField(choices=[('auto', 'Automatic (local first)'), ('whisper', 'faster-whisper (local)'), ('deepgram', 'Deepgram (cloud)')], default='auto', max_length=20)),
                                ('llm_provider', models.CharField(choices=[('auto', 'Automatic (local, complex turns to cloud)'), ('local', 'Local only'), ('ollama', 'Ollama'), ('openai', 'OpenAI'), ('watsonx', 'IBM watsonx')], default='auto', max_length=20)),
                                ('updated_at', models.DateTimeField(auto_now=True)),
                            ],
                            options={
                                'db_table': 'agent_worker_receptionistconfig',
                                'constraints': [models.CheckConstraint(condition=models.Q(('singleton', True)), name='one_receptionist_config')],
                            },
                        ),
                migrations.CreateModel(
                            name='VoiceCloneJob',
                            fields=[
                                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                                ('name', models.CharField(help_text="The voice's name at the provider", max_length=100)),
                                ('provider', models.CharField(choices=[('cartesia', 'Cartesia')], default='cartesia', max_length=20)),
                                ('status', models.CharField(choices=[('pending', 'Waiting to start'), ('processing', 'Cloning'), ('succeeded', 'Ready'), ('failed', 'Failed')], default='pending', max_length=16)),
                                ('progress', models.CharField(blank=True, help_text='What the job is doing, in words for the owner', max_length=200)),
                                ('error', models.TextField(blank=True, help_text='Why it failed, in words for the owner')),
                                ('voice_id', models.CharField(blank=True, max_length=128)),
                                ('sample_encrypted', models.BinaryField()),
                                ('sample_format', models.CharField(help_text='Container the upload came in', max_length=16)),
                                ('sample_seconds', models.FloatField()),
                                ('sample_bytes', models.PositiveIntegerField(help_text='Size of the plain recording')),
                                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                                ('started_at', models.DateTimeField(blank=True, null=True)),
                                ('finished_at', models.DateTimeField(blank=True, null=True)),
                                ('updated_at', models.DateTimeField(auto_now=True)),
                            ],
                            options={
                                'db_table': 'agent_worker_voiceclonejob',
                                'ordering': ['-created_at', '-id'],
                            },
                        ),
            ],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
