"""The intent model (agent_worker/flows/intent_model.py) against today's keyword detectors.

Takes: about 15 s on 2 cores, every run (no data kept); --quick (every tenth line) about 3 s.

Scores caller lines from bench/intent_eval_set.py (or the dev set with --set dev). A line's
prediction is the set of intents the model finds in it (IntentModel.intents: its clauses'
labels); it is right when that set equals the labelled set exactly. The keyword baseline is the
set of keyword detectors that fire on the line (wants_booking -> book, asks_hours -> hours, ...),
"other" when none does; intents with no detector (insurance, the process questions, complaints)
it can only miss, so it is also scored on the lines whose intents all have one.

    .venv/bin/python bench/intent_model.py                 # the RESULT lines
    .venv/bin/python bench/intent_model.py --quick         # every tenth line: does it run?
    .venv/bin/python bench/intent_model.py --errors        # and every line it got wrong
    .venv/bin/python bench/intent_model.py --tune          # per-label thresholds from the dev set
    .venv/bin/python bench/intent_model.py --emergency     # the emergency rule, from the dev set

Emergencies are scored apart, the way the call flow reads a line (the whole line, one
embedding: IntentModel.classify) and with the rule in EMERGENCY_RULE: the precision matters more
than anywhere else (a routine problem read as an emergency transfers or flags an ordinary
booking), so the rule is the one with the best recall at precision >= EMERGENCY_PRECISION on
the dev set (`--emergency`), and the evaluation set only reports it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from _common import bench_parser, bench_start, quick, result  # noqa: E402
from intent_dev_set import DEV, ROUTINE_VS_EMERGENCY  # noqa: E402
from intent_eval_set import EVAL  # noqa: E402

from agent_worker.flows import intents, knowledge, location  # noqa: E402
from agent_worker.flows.intent_examples import LABELS  # noqa: E402
from agent_worker.flows.intent_model import (  # noqa: E402
    DEFAULT_THRESHOLD,
    THRESHOLDS,
    IntentScores,
    intent_model,
    line_intents,
)

PROFESSION = {"dental": "dental", "clinic": "medical_clinic", "law": "law_firm",
              "plumbing": "home_services", "auto": "auto_repair", "salon": "salon",
              "real_estate": "real_estate", "vet": "veterinary"}
KEYWORDS = {
    "book": intents.wants_booking, "cancel": intents.wants_cancel,
    "reschedule": intents.wants_reschedule, "message": intents.wants_message,
    "human": intents.wants_human, "hours": knowledge.asks_hours, "price": knowledge.asks_price,
    "location": lambda t: location.asks_location(t) or location.asks_parking(t),
    "services_offered": knowledge.asks_offered, "goodbye": intents.says_goodbye,
    "thanks": intents.thanks, "greeting": intents.greeting,
}
from agent_worker.flows.safety import EMERGENCY_SCORE  # noqa: E402

COVERED = set(KEYWORDS) | {"emergency", "other"}

# The emergency rule the flow should use on IntentModel.classify(line) (the whole line), chosen
# with --emergency on the dev set: the best recall at precision >= EMERGENCY_PRECISION.
#   ("top", x):    scores.top() == ("emergency", p) with p >= x
#   ("margin", m): scores["emergency"] - scores["book"] >= m
EMERGENCY_PRECISION = 0.95
EMERGENCY_RULE: tuple[str, float] = ("top", EMERGENCY_SCORE)  # the flow's (flows/safety.py)

Example = tuple[str, str, tuple[str, ...]]


def keyword_labels(trade: str, line: str) -> set[str]:
    found = {label for label, detect in KEYWORDS.items() if detect(line)}
    if intents.emergency(PROFESSION[trade], line):
        found.add("emergency")
    return found or {"other"}


def label_counts(predictions: list[set[str]], data: list[Example]) -> dict[str, Counter]:
    counts = {label: Counter() for label in LABELS}
    for predicted, (_, _, gold) in zip(predictions, data, strict=True):
        for label in LABELS:
            if label in predicted:
                counts[label]["tp" if label in gold else "fp"] += 1
            elif label in gold:
                counts[label]["fn"] += 1
    return counts


def score(predictions: list[set[str]], data: list[Example]) -> tuple[float, float]:
    """Exact-set accuracy and macro F1 over the labels that occur (gold or predicted)."""
    right = sum(p == set(gold) for p, (_, _, gold) in zip(predictions, data, strict=True))
    f1s = [2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"])
           for c in label_counts(predictions, data).values() if c["tp"] + c["fp"] + c["fn"]]
    return right / len(data), statistics.fmean(f1s)


def clause_scores(
    data: list[Example],
) -> tuple[list[list[dict[str, float]]], list[float], list[float]]:
    """Every line's clause scores (thresholds are applied later), and wall and CPU ms per line
    (the line and each of its clauses embedded, as IntentModel.intents does)."""
    model = intent_model()
    out, times, cpu = [], [], []
    for i, (_, line, _) in enumerate(data, 1):
        started, started_cpu = time.perf_counter(), time.thread_time()
        out.append([s.scores for _, s in model.classify_clauses(line)])
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        if i % 50 == 0:
            print(f"  {i}/{len(data)} lines", file=sys.stderr)
    return out, times, cpu


def predict(scores: list[list[dict[str, float]]], thresholds: dict[str, float]) -> list[set[str]]:
    return [set(line_intents([IntentScores(s, thresholds) for s in clauses]))
            for clauses in scores]


def tune(scores: list[list[dict[str, float]]], data: list[Example]) -> dict[str, float]:
    """Per label, the threshold that best serves accuracy + macro F1 on the dev set, two passes
    of coordinate ascent, ties kept nearest the default."""
    grid = [round(0.2 + 0.05 * i, 2) for i in range(14)]
    thresholds = dict(THRESHOLDS)
    for _ in range(2):
        for label in LABELS:
            def objective(value: float, label: str = label) -> tuple[float, float]:
                trial = {**thresholds, label: value}
                return sum(score(predict(scores, trial), data)), -abs(value - DEFAULT_THRESHOLD)
            thresholds[label] = max(grid, key=objective)
    return thresholds


def is_emergency(scores: dict[str, float], rule: tuple[str, float] = EMERGENCY_RULE) -> bool:
    kind, value = rule
    if kind == "top":
        return max(scores, key=scores.__getitem__) == "emergency" and scores["emergency"] >= value
    if kind == "margin":
        return scores["emergency"] - scores["book"] >= value
    raise ValueError(kind)


def precision_recall(flags: list[bool], data: list[Example]) -> tuple[float, float, int, int]:
    """Precision and recall of `emergency` over lines, and the false positives and misses."""
    gold = ["emergency" in labels for _, _, labels in data]
    tp = sum(f and g for f, g in zip(flags, gold, strict=True))
    fp = sum(f and not g for f, g in zip(flags, gold, strict=True))
    fn = sum(g and not f for f, g in zip(flags, gold, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else float("nan")), \
        fp, fn


def line_scores(data: list[Example]) -> list[dict[str, float]]:
    """Every whole line's scores, as the flow reads a line (IntentModel.classify)."""
    model = intent_model()
    return [model.classify(line).scores for _, line, _ in data]


def emergency_rules() -> list[tuple[str, float]]:
    return ([("top", round(0.30 + 0.005 * i, 3)) for i in range(140)]
            + [("margin", round(-0.2 + 0.01 * i, 2)) for i in range(120)])


def choose_emergency_rule(scores: list[dict[str, float]], data: list[Example]
                          ) -> tuple[tuple[str, float], list[tuple[str, float]]]:
    """The rule with the best recall at precision >= EMERGENCY_PRECISION; among rules that tie,
    the middle of the widest run of one kind (the least sensitive to where a line falls)."""
    results = {rule: precision_recall([is_emergency(s, rule) for s in scores], data)
               for rule in emergency_rules()}
    ok = [rule for rule, (p, _, _, _) in results.items() if p >= EMERGENCY_PRECISION]
    if not ok:
        return max(results, key=lambda r: results[r][0]), []
    best = max(results[rule][1] for rule in ok)
    tied = [rule for rule in ok if results[rule][1] == best]
    runs: list[list[tuple[str, float]]] = []
    for rule in tied:  # consecutive grid points of one kind
        previous = runs[-1][-1] if runs else None
        grid = emergency_rules()
        if previous and previous[0] == rule[0] and grid.index(rule) == grid.index(previous) + 1:
            runs[-1].append(rule)
        else:
            runs.append([rule])
    widest = max(runs, key=len)
    return widest[len(widest) // 2], tied


def emergency_report(data: list[Example], label: str) -> None:
    """--emergency: the precision/recall of every rule on the dev set, and the chosen one."""
    scores = line_scores(data)
    chosen, tied = choose_emergency_rule(scores, data)
    print(f"{label}: {len(data)} lines, {sum('emergency' in g for _, _, g in data)} emergencies")
    for kind in ("top", "margin"):
        shown = None
        for rule in emergency_rules():
            if rule[0] != kind:
                continue
            p, r, fp, fn = precision_recall([is_emergency(s, rule) for s in scores], data)
            if (p, r) != shown:
                print(f"  {kind:6s} {rule[1]:+.3f}: precision {p:.3f} recall {r:.3f} "
                      f"({fp} false, {fn} missed)")
                shown = (p, r)
    if tied:
        print(f"  best recall at precision >= {EMERGENCY_PRECISION}: "
              f"{tied[0]}..{tied[-1]} ({len(tied)} rules)")
    p, r, fp, fn = precision_recall([is_emergency(s, chosen) for s in scores], data)
    print(f"  chosen {chosen}: precision {p:.3f} recall {r:.3f}")
    for s, (trade, line, gold) in zip(scores, data, strict=True):
        if is_emergency(s, chosen) != ("emergency" in gold):
            print(f"    [{trade}] {line!r}: want {sorted(gold)}, emergency {s['emergency']:.2f} "
                  f"book {s['book']:.2f}")


def confusions(predictions: list[set[str]], data: list[Example]) -> Counter:
    pairs: Counter = Counter()
    for predicted, (_, _, gold) in zip(predictions, data, strict=True):
        for missed in set(gold) - predicted:
            for wrong in (predicted - set(gold)) or {"(nothing)"}:
                pairs[(missed, wrong)] += 1
        if not set(gold) - predicted:
            for wrong in predicted - set(gold):
                pairs[("(extra)", wrong)] += 1
    return pairs


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--set", choices=("eval", "dev"), default="eval")
    parser.add_argument("--errors", action="store_true", help="print every line it got wrong")
    parser.add_argument("--tune", action="store_true",
                        help="choose per-label thresholds on the dev set and print them")
    parser.add_argument("--emergency", action="store_true",
                        help="choose the emergency rule on the dev set and print it")
    args = bench_start(parser)

    model = intent_model()
    print(f"loaded in {model.load_seconds:.2f} s (bank from {model.source})")
    started = time.perf_counter()
    model.warm()
    print(f"warm in {(time.perf_counter() - started) * 1000:.0f} ms")

    if args.tune:
        dev_scores, _, _ = clause_scores(list(DEV))
        chosen = tune(dev_scores, list(DEV))
        before = score(predict(dev_scores, THRESHOLDS), list(DEV))
        after = score(predict(dev_scores, chosen), list(DEV))
        print(f"dev accuracy/macro F1: current {before[0]:.3f}/{before[1]:.3f}, "
              f"tuned {after[0]:.3f}/{after[1]:.3f}")
        print({label: value for label, value in chosen.items() if value != DEFAULT_THRESHOLD})
        return 0
    if args.emergency:
        emergency_report(list(ROUTINE_VS_EMERGENCY), "routine-vs-emergency block")
        emergency_report(list(DEV), "whole dev set")
        print(f"current rule {EMERGENCY_RULE}")
        return 0

    data = list(EVAL if args.set == "eval" else DEV)[::10 if quick() else 1]
    print(f"{len(data)} lines ({args.set} set)")
    scores, times, cpu = clause_scores(data)
    predictions = predict(scores, THRESHOLDS)
    accuracy, macro_f1 = score(predictions, data)
    keyword = [keyword_labels(trade, line) for trade, line, _ in data]
    kw_accuracy, kw_f1 = score(keyword, data)
    covered = [i for i, (_, _, gold) in enumerate(data) if set(gold) <= COVERED]
    sub = [data[i] for i in covered]
    model_cov = score([predictions[i] for i in covered], sub)[0]
    kw_cov = score([keyword[i] for i in covered], sub)[0]

    if args.errors:
        for predicted, kw, (trade, line, gold) in zip(predictions, keyword, data, strict=True):
            if predicted != set(gold):
                print(f"  [{trade}] {line!r}: want {sorted(gold)}, got {sorted(predicted)}"
                      f" (keywords {sorted(kw)})")
    print("per label: precision recall (lines carrying it)")
    for label, c in label_counts(predictions, data).items():
        found, wanted = c["tp"] + c["fp"], c["tp"] + c["fn"]
        print(f"  {label:20s} {c['tp'] / found if found else float('nan'):.2f} "
              f"{c['tp'] / wanted if wanted else float('nan'):.2f} ({wanted})")
    print("most common confusions (wanted -> got):")
    for (missed, wrong), n in confusions(predictions, data).most_common(12):
        print(f"  {missed} -> {wrong}: {n}")

    classify_times, whole = [], []
    for _, line, _ in data:
        started = time.perf_counter()
        whole.append(model.classify(line).scores)
        classify_times.append((time.perf_counter() - started) * 1000)
    em_precision, em_recall, em_fp, em_fn = precision_recall(
        [is_emergency(s) for s in whole], data)
    kw_em = precision_recall(["emergency" in kw for kw in keyword], data)
    if args.errors:
        for s, (trade, line, gold) in zip(whole, data, strict=True):
            if is_emergency(s) != ("emergency" in gold):
                print(f"  emergency rule wrong: [{trade}] {line!r}: want {sorted(gold)}, "
                      f"emergency {s['emergency']:.2f} book {s['book']:.2f}")
    times.sort()
    result("intent_accuracy", f"{accuracy:.3f}")
    result("intent_macro_f1", f"{macro_f1:.3f}")
    result("keyword_intent_accuracy", f"{kw_accuracy:.3f}")
    result("keyword_intent_macro_f1", f"{kw_f1:.3f}")
    result("intent_accuracy_keyword_labels", f"{model_cov:.3f}  # {len(sub)} lines whose "
           "intents all have a keyword detector")
    result("keyword_intent_accuracy_keyword_labels", f"{kw_cov:.3f}")
    result("emergency_precision", f"{em_precision:.3f}  # rule {EMERGENCY_RULE} on the whole "
           f"line, {em_fp} routine lines read as emergencies")
    result("emergency_recall", f"{em_recall:.3f}  # {em_fn} emergencies missed")
    result("keyword_emergency_precision", f"{kw_em[0]:.3f}")
    result("keyword_emergency_recall", f"{kw_em[1]:.3f}")
    result("intent_ms_p50", f"{statistics.median(times):.1f}")
    result("intent_ms_p95", f"{times[int(0.95 * (len(times) - 1))]:.1f}")
    result("intent_cpu_ms_p50", f"{statistics.median(cpu):.1f}  # CPU time: what the line "
           "costs on an idle core")
    result("intent_classify_ms_p50", f"{statistics.median(classify_times):.1f}  # one "
           "embedding, no clauses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
