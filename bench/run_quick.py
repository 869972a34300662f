"""Every benchmark in quick mode, one after another: does each still run? (CI's benchmark step.)

Takes: about 6 minutes on 2 cores (about 8 the first time, while the quick data are built and
kept); the time of each benchmark is printed at the end.

Runs `.venv/bin/python bench/NAME.py --quick` for every benchmark in bench/ (every file but the
helpers and data in NOT_BENCHMARKS), on whatever database the environment names (CI: the
embedded defaults). A benchmark fails when it exits non-zero, prints a traceback, prints no
`RESULT quick name=value` line, or prints a RESULT line not marked quick. Exits non-zero when
any failed. Its figures are quick mode's and never quoted.

    .venv/bin/python bench/run_quick.py                  # all of them
    .venv/bin/python bench/run_quick.py dashboard routing  # some
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NOT_BENCHMARKS = {
    "_common.py": "shared set-up of the benchmarks",
    "cloud_like.py": "the cloud stand-in servers turn_latency.py starts",
    "intent_dev_set.py": "labelled lines (data) for intent_model.py",
    "intent_eval_set.py": "labelled lines (data) for intent_model.py",
    "run_quick.py": "this runner",
}
TIMEOUT_S = 15 * 60  # one benchmark's quick run; a hung one fails instead of holding CI
QUICK_RESULT = re.compile(r"^RESULT quick \w+=\S+", re.MULTILINE)
ANY_RESULT = re.compile(r"^RESULT ", re.MULTILINE)


def benchmarks() -> list[Path]:
    return sorted(p for p in BENCH.glob("*.py") if p.name not in NOT_BENCHMARKS)


def problems(output: str, returncode: int | None) -> list[str]:
    """What makes a quick run a failure, from its output and exit code (None: timed out)."""
    found = []
    if returncode is None:
        found.append(f"no end after {TIMEOUT_S} s")
    elif returncode:
        found.append(f"exit code {returncode}")
    if "Traceback (most recent call last)" in output:
        found.append("a traceback")
    quick_lines = len(QUICK_RESULT.findall(output))
    if not quick_lines:
        found.append("no `RESULT quick name=value` line")
    if len(ANY_RESULT.findall(output)) != quick_lines:
        found.append("a RESULT line not marked quick")
    return found


def run(path: Path) -> tuple[float, list[str]]:
    print(f"\n===== {path.name} --quick", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(path), "--quick"], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=1)
    watchdog = threading.Timer(TIMEOUT_S, process.kill)
    watchdog.start()
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    returncode = process.wait()
    timed_out = not watchdog.is_alive()
    watchdog.cancel()
    return time.perf_counter() - started, problems("".join(lines),
                                                   None if timed_out else returncode)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="run only these benchmarks (file names)")
    args = parser.parse_args()
    chosen = benchmarks()
    if args.names:
        wanted = {name.removesuffix(".py") for name in args.names}
        unknown = wanted - {p.stem for p in chosen}
        if unknown:
            parser.error(f"not a benchmark: {', '.join(sorted(unknown))}")
        chosen = [p for p in chosen if p.stem in wanted]
    started = time.perf_counter()
    outcomes = [(path, *run(path)) for path in chosen]
    print(f"\n===== every benchmark in quick mode: {time.perf_counter() - started:.0f} s")
    for path, seconds, found in outcomes:
        print(f"{'ok  ' if not found else 'FAIL'}  {path.name:<22} {seconds:6.0f} s"
              + (f"  ({'; '.join(found)})" if found else ""))
    return 1 if any(found for _, _, found in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
