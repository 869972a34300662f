"""Voice cloning as a background job: the upload is checked and encrypted, the job clones it
through the provider and the receptionist speaks with the new voice on the next call."""

from __future__ import annotations

import io
import wave

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tenants.utils import schema_context

from agent_worker.greetings import greeting_path
from frontdesk.models import ReceptionistConfig, VoiceCloneJob
from frontdesk.selectors import voice_clone_job_get, voice_clone_jobs_recent
from frontdesk.services import voice_clone_process, voice_clone_start
from frontdesk.tasks import voice_clone
from frontdesk.voice_cloning import sample_decrypt
from receptionist.errors import ApplicationError
from receptionist.settings.env import env_fernet_keys
from tenants.router import MultiTenantRouter
from tests.jobs.conftest import encoded, wav_bytes

pytestmark = pytest.mark.django_db


def upload(data: bytes, name: str = "sample.wav") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="audio/wav")


def refusal(data: bytes, name: str = "sample.wav") -> ApplicationError:
    with pytest.raises(ApplicationError) as err:
        voice_clone_start(sample=upload(data, name), name="Ann")
    assert err.value.field == "sample"
    assert not VoiceCloneJob.objects.exists()  # nothing stored for a refused upload
    return err.value


@pytest.fixture
def law(fleet, settings):
    settings.CARTESIA_API_KEY = settings.CARTESIA_API_KEY or "sk_car_test"
    with schema_context("t_law"):
        yield


@pytest.mark.parametrize("data, name", [
    (b"Dear owner, these are my meeting notes and not a recording. " * 50, "notes.wav"),
    (b"\x89PNG\r\n\x1a\n" + bytes(4000), "photo.mp3"),
    (b"%PDF-1.7\n" + bytes(4000), "contract.webm"),
])
def test_it_refuses_a_file_that_is_not_audio_whatever_its_name(law, data, name):
    assert "not an audio recording (WAV, MP3, OGG or WebM)" in refusal(data, name).message


def test_it_refuses_a_recording_that_is_too_short(law):
    assert "1.0 s long; record between 3 and 60 seconds" in refusal(wav_bytes(1.0)).message


def test_it_refuses_a_recording_that_is_too_long(law):
    assert "61.0 s long; record between 3 and 60 seconds" in refusal(
        wav_bytes(61.0, rate=8000)).message


def test_it_refuses_a_compressed_recording_that_is_too_long(law):
    error = refusal(encoded(75.0, container="mp3", codec="libmp3lame", rate=8000), "long.mp3")
    assert "is 75 s long; record between 3 and 60 seconds" in error.message


def test_it_refuses_a_file_that_is_too_large_before_reading_it(law):
    error = refusal(b"RIFF" + bytes(11 * 1024 * 1024))
    assert error.message == ("the recording is 11.0 MB; the limit is 10 MB (a minute of speech "
                             "is plenty)")


def test_it_refuses_a_silent_recording(law):
    assert "silent" in refusal(wav_bytes(5.0, amplitude=0)).message


def test_it_refuses_a_wav_file_cut_short(law):
    whole = wav_bytes(10.0)
    assert "cut short" in refusal(whole[: len(whole) // 2]).message


def test_it_refuses_an_empty_name_and_a_deployment_without_a_cloning_provider(law, settings):
    with pytest.raises(ApplicationError) as err:
        voice_clone_start(sample=upload(wav_bytes(5.0)), name="  ")
    assert err.value.field == "name"
    settings.CARTESIA_API_KEY = ""
    with pytest.raises(ApplicationError, match="needs Cartesia: set CARTESIA_API_KEY"):
        voice_clone_start(sample=upload(wav_bytes(5.0)), name="Ann")
    assert not VoiceCloneJob.objects.exists()


@pytest.mark.parametrize("container, codec, source", [
    ("mp3", "libmp3lame", "mp3"), ("ogg", "libopus", "ogg"), ("webm", "libopus", "webm"),
])
def test_it_accepts_compressed_recordings_and_stores_them_as_wav(law, container, codec, source):
    job = voice_clone_start(sample=upload(encoded(4.0, container=container, codec=codec),
                                          f"sample.{container}"), name="Ann")
    assert job.sample_format == source and job.sample_seconds == pytest.approx(4.0, abs=0.1)
    with wave.open(io.BytesIO(sample_decrypt(job.sample_encrypted)), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        assert w.getnframes() / w.getframerate() == pytest.approx(4.0, abs=0.1)


def test_the_recording_is_encrypted_at_rest_and_decrypts_back(law, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    sample = wav_bytes(5.0)
    job = voice_clone_start(sample=upload(sample), name="Ann")
    with connection.cursor() as cursor:
        cursor.execute("SELECT sample_encrypted FROM agent_worker_voiceclonejob WHERE id = %s",
                       [job.pk])
        stored = bytes(cursor.fetchone()[0])
    assert stored != sample and sample[44:1044] not in stored and b"RIFF" not in stored
    assert sample_decrypt(stored) == sample
    assert job.sample_bytes == len(sample)
    assert not any(tmp_path.rglob("*"))  # never written to disk in the clear


def test_samples_stored_under_an_older_key_still_decrypt_after_rotation(law, settings):
    old_keys = settings.VOICE_SAMPLE_KEYS
    job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode(), *old_keys]
    assert sample_decrypt(job.sample_encrypted) == wav_bytes(4.0)


def test_a_sample_no_key_opens_fails_the_job_with_the_reason(law, settings, cartesia):
    job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    settings.VOICE_SAMPLE_KEYS = [Fernet.generate_key().decode()]
    job = voice_clone_process(job_id=job.pk)
    assert job.status == VoiceCloneJob.Status.FAILED
    assert "could not be decrypted (was VOICE_SAMPLE_KEY changed?)" in job.error
    assert cartesia.clones == []


def test_a_clone_makes_the_receptionist_speak_with_the_new_voice(
        law, cartesia, eager_celery, django_capture_on_commit_callbacks):
    sample = wav_bytes(5.0)
    with django_capture_on_commit_callbacks(execute=True) as queued:
        job = voice_clone_start(sample=upload(sample), name="Ann's voice")
        assert job.status == VoiceCloneJob.Status.PENDING
    assert len(queued) >= 1
    job.refresh_from_db()
    clone = cartesia.clones[0]
    assert clone.clip == sample and clone.fields["name"] == "Ann's voice"
    assert (job.status, job.voice_id, job.provider) == ("succeeded", clone.voice_id, "cartesia")
    assert job.error == "" and job.started_at <= job.finished_at
    assert "now speaks with this voice" in job.progress
    config = ReceptionistConfig.objects.get()
    assert (config.voice_provider, config.voice_id) == ("cartesia", clone.voice_id)
    routed = MultiTenantRouter().get_client_config("t_law")  # what the next call is built from
    assert (routed.voice_provider, routed.voice_id) == ("cartesia", clone.voice_id)
    assert greeting_path(routed).exists()  # the greeting was rendered again, in the new voice
    spoken = cartesia.requests_to("/tts/bytes")[-1].json()
    assert spoken["voice"] == {"mode": "id", "id": clone.voice_id}
    assert spoken["transcript"] == routed.greeting


def test_a_finished_job_is_not_cloned_again_when_its_message_comes_twice(law, cartesia):
    job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    assert voice_clone.apply(kwargs={"schema_name": "t_law", "job_id": job.pk}).get() == \
        "succeeded"
    assert voice_clone.apply(kwargs={"schema_name": "t_law", "job_id": job.pk}).get() == \
        "succeeded"
    assert len(cartesia.clones) == 1


def test_a_provider_refusal_fails_the_job_with_the_reason_and_keeps_the_voice(law, cartesia):
    before = ReceptionistConfig.objects.get()
    cartesia.faults.status = 422
    job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    voice_clone.apply(kwargs={"schema_name": "t_law", "job_id": job.pk})
    job.refresh_from_db()
    assert job.status == VoiceCloneJob.Status.FAILED and job.finished_at is not None
    assert job.error == "Cartesia refused the recording (HTTP 422): injected 422"
    after = ReceptionistConfig.objects.get()
    assert (after.voice_provider, after.voice_id) == (before.voice_provider, before.voice_id)


def test_an_unreachable_provider_fails_the_job_saying_so(law, settings):
    settings.CARTESIA_API_KEY, settings.CARTESIA_BASE_URL = "sk_car_test", "http://127.0.0.1:9"
    job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    job = voice_clone_process(job_id=job.pk)
    assert job.status == VoiceCloneJob.Status.FAILED
    assert job.error.startswith("Cartesia could not be reached")


def test_a_second_upload_waits_for_the_running_job(law):
    voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    with pytest.raises(ApplicationError, match="already being cloned"):
        voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann again")


def test_the_job_is_queued_only_once_the_upload_is_committed(
        law, cartesia, eager_celery, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        job = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Ann")
    assert len(queued) == 1 and cartesia.clones == []
    assert VoiceCloneJob.objects.get(pk=job.pk).status == VoiceCloneJob.Status.PENDING
    queued[0]()
    assert VoiceCloneJob.objects.get(pk=job.pk).status == VoiceCloneJob.Status.SUCCEEDED


def test_recent_jobs_are_newest_first_and_only_this_business(law, cartesia):
    first = voice_clone_start(sample=upload(wav_bytes(4.0)), name="First")
    voice_clone_process(job_id=first.pk)
    second = voice_clone_start(sample=upload(wav_bytes(4.0)), name="Second")
    assert [j.name for j in voice_clone_jobs_recent()] == ["Second", "First"]
    assert voice_clone_job_get(job_id=second.pk).status == VoiceCloneJob.Status.PENDING
    with schema_context("t_dental"):
        assert voice_clone_jobs_recent() == []
        assert voice_clone_job_get(job_id=second.pk) is None


def test_a_voice_sample_key_that_is_not_a_fernet_key_stops_start_up(monkeypatch):
    monkeypatch.setenv("VOICE_SAMPLE_KEY", "not-a-key")
    with pytest.raises(ImproperlyConfigured, match="VOICE_SAMPLE_KEY: not-a-... is not a Fernet"):
        env_fernet_keys("VOICE_SAMPLE_KEY", derive_from="secret")
    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("VOICE_SAMPLE_KEY", f"{new}, {old}")
    assert env_fernet_keys("VOICE_SAMPLE_KEY", derive_from="secret") == [new, old]


def test_without_a_voice_sample_key_one_is_derived_from_the_secret_key(monkeypatch):
    monkeypatch.delenv("VOICE_SAMPLE_KEY", raising=False)
    [key] = env_fernet_keys("VOICE_SAMPLE_KEY", derive_from="secret")
    assert env_fernet_keys("VOICE_SAMPLE_KEY", derive_from="secret") == [key]
    assert env_fernet_keys("VOICE_SAMPLE_KEY", derive_from="another secret") != [key]
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"sample")) == b"sample"
