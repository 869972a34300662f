"""Voice samples keep a key of their own, and rotating it re-encrypts what is stored
(`manage.py reencrypt_voice_samples`): real samples uploaded to two businesses."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django_tenants.utils import schema_context

from frontdesk.models import VoiceCloneJob
from frontdesk.services import voice_clone_start
from frontdesk.voice_cloning import sample_decrypt
from tests.jobs.conftest import wav_bytes
from tests.jobs.test_voice_clone import upload

pytestmark = pytest.mark.django_db
BUSINESSES = ("t_dental", "t_law")


def stored(schema: str) -> list[bytes]:
    with schema_context(schema):
        return [bytes(t) for t in VoiceCloneJob.objects.order_by("pk")
                .values_list("sample_encrypted", flat=True)]


@pytest.fixture
def samples(fleet, settings) -> dict[str, bytes]:
    """One recording per business, stored under the old key."""
    settings.CARTESIA_API_KEY = "sk_car_test"
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode()]
    recordings = {}
    for seconds, schema in enumerate(BUSINESSES, start=4):
        recordings[schema] = wav_bytes(float(seconds))
        with schema_context(schema):
            voice_clone_start(sample=upload(recordings[schema]), name="Owner")
    return recordings


def rotate() -> str:
    out = io.StringIO()
    call_command("reencrypt_voice_samples", stdout=out)
    return out.getvalue()


def test_the_first_key_encrypts_and_every_key_decrypts(samples, settings):
    old = settings.VOICE_SAMPLE_KEYS[0]
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode(), old]
    for schema in BUSINESSES:
        [token] = stored(schema)
        assert sample_decrypt(token) == samples[schema]  # the old key still opens it
        assert Fernet(old.encode()).decrypt(token) == samples[schema]
    with schema_context("t_law"):
        VoiceCloneJob.objects.update(status=VoiceCloneJob.Status.FAILED)
        job = voice_clone_start(sample=upload(wav_bytes(3.5)), name="Again")
    assert Fernet(settings.VOICE_SAMPLE_KEYS[0].encode()).decrypt(bytes(job.sample_encrypted))


def test_rotation_re_encrypts_every_business_s_samples_under_the_new_key(samples, settings):
    new = Fernet.generate_key().decode()
    settings.VOICE_SAMPLE_KEYS = [new, settings.VOICE_SAMPLE_KEYS[0]]
    out = rotate()
    assert "t_dental: 1 re-encrypted, 0 already under the newest key" in out
    assert "t_law: 1 re-encrypted, 0 already under the newest key" in out
    assert "2 samples re-encrypted, 0 already under the newest key" in out
    settings.VOICE_SAMPLE_KEYS = [new]  # the old key can now go
    for schema in BUSINESSES:
        [token] = stored(schema)
        assert sample_decrypt(token) == samples[schema]


def test_running_it_again_changes_nothing(samples, settings):
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode(), *settings.VOICE_SAMPLE_KEYS]
    rotate()
    before = {schema: stored(schema) for schema in BUSINESSES}
    out = rotate()
    assert "0 samples re-encrypted, 2 already under the newest key" in out
    assert {schema: stored(schema) for schema in BUSINESSES} == before


def test_a_sample_no_key_opens_stops_the_run_with_one_line_and_changes_nothing(
        samples, settings):
    old = settings.VOICE_SAMPLE_KEYS[0]
    with schema_context("t_law"):  # stored under a key that is then forgotten
        settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode()]
        VoiceCloneJob.objects.update(status=VoiceCloneJob.Status.FAILED)
        lost = voice_clone_start(sample=upload(wav_bytes(3.5)), name="Lost")
    before = {schema: stored(schema) for schema in BUSINESSES}
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode(), old]
    with pytest.raises(CommandError) as err:
        rotate()
    message = str(err.value)
    assert "\n" not in message
    assert message == (f"t_law: voice sample of clone job {lost.pk} opens with none of the "
                       "VOICE_SAMPLE_KEY keys (add the key it was stored under after the new "
                       "one, then run this again); nothing was changed")
    assert {schema: stored(schema) for schema in BUSINESSES} == before  # t_dental too
    with pytest.raises(InvalidToken):
        sample_decrypt(stored("t_law")[1])


def test_a_malformed_key_stops_the_command_with_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "reencrypt_voice_samples"], cwd=django_settings.BASE_DIR,
        capture_output=True, text=True, timeout=120,
        env=os.environ | {"VOICE_SAMPLE_KEY": "not-a-key", "LOG_LEVEL": "WARNING"})
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("ImproperlyConfigured: VOICE_SAMPLE_KEY: not-a-... is not a Fernet key")
