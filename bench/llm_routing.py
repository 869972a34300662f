"""ComplexityClassifier decision time (goal < 1 ms per turn) over realistic caller turns.

Takes: about 3 s, every run (no data kept); --quick (2,000 turns) about 2 s.

Run: .venv/bin/python bench/llm_routing.py [--quick]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import bench_parser, bench_start, quick, result  # noqa: E402

from voice.routing import ComplexityClassifier  # noqa: E402

TURNS = [
    "hello", "yes please", "thank you so much, bye", "What time do you open on Saturday?",
    "Can I book a cleaning for next Tuesday morning?", "Is Thursday at 3 available?",
    "My number is 5 1 0, 5 5 5, 0 1 4 2", "Sure, my first name is Anna, A N N A",
    "Can you explain why the crown costs more than the filling and then book me?",
    "That's too expensive, I need to think about it",
    "Um, so, I've got a leak under the kitchen sink, it's been going since last night and "
    "I turned off the valve but it's still dripping a bit, can someone come today?",
    "What are your hours? And do you take Delta Dental?",
    "How does the payment plan work if my insurance only covers half of it?",
]


def main() -> None:
    bench_start(bench_parser(__doc__))
    classifier = ComplexityClassifier()
    rng = random.Random(3)
    turns = 2_000 if quick() else 20_000
    corpus = [rng.choice(TURNS) + rng.choice(["", ".", "?", " please"]) for _ in range(turns)]
    for text in corpus[:1000]:  # warm the regex caches
        classifier.classify(text)
    samples = []
    for text in corpus:
        started = time.perf_counter()
        classifier.classify(text)
        samples.append((time.perf_counter() - started) * 1e6)
    samples.sort()
    print(f"turns classified: {len(samples)}")
    result("classifier_p50_us", f"{samples[len(samples) // 2]:.1f}")
    result("classifier_p99_us", f"{samples[int(len(samples) * 0.99)]:.1f}")


if __name__ == "__main__":
    main()
