"""Every benchmark has a quick mode that CI runs (bench/run_quick.py) and says what it takes.

Read from the sources only: running the benchmarks is CI's benchmark step, not the tests'."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run_quick = _load("run_quick")
BENCHMARKS = run_quick.benchmarks()


def _calls(tree: ast.AST) -> set[str]:
    return {node.func.id for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def _has_main_guard(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)
               for node in tree.body)


def test_every_file_in_bench_is_a_benchmark_or_a_named_helper():
    names = {p.name for p in BENCH.glob("*.py")}
    assert set(run_quick.NOT_BENCHMARKS) <= names
    assert len(BENCHMARKS) >= 10
    for helper in set(run_quick.NOT_BENCHMARKS) - {"run_quick.py"}:
        assert not _has_main_guard(ast.parse((BENCH / helper).read_text())), (
            f"{helper} runs on its own: it is a benchmark, not a helper")


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.stem)
def test_every_benchmark_takes_quick_and_prints_its_figures_marked(path):
    source = path.read_text()
    tree = ast.parse(source)
    assert _has_main_guard(tree), f"{path.name} does not run on its own"
    calls = _calls(tree)
    # bench_parser owns --quick; bench_start reads it and says what the run takes
    assert {"bench_parser", "bench_start"} <= calls, f"{path.name} has no --quick"
    assert "quick" in calls, f"{path.name} never asks whether it runs quick"
    assert "result" in calls, f"{path.name} prints no figure through result()"
    assert 'print(f"RESULT' not in source and "print('RESULT" not in source, (
        f"{path.name} prints a RESULT line that quick mode cannot mark")


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.stem)
def test_every_benchmark_says_in_its_first_lines_what_a_run_takes(path):
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    head = "\n".join(doc.splitlines()[:8])
    assert "\nTakes: " in head, f"{path.name}: no `Takes:` paragraph near the top"
    assert "--quick" in doc


def test_quick_mode_marks_every_figure(capsys):
    common = _load("_common")
    parser = common.bench_parser("A benchmark.\n\nTakes: a while; --quick a moment.\n")
    args = common.bench_start(parser, ["--quick"])
    common.result("calls_ms", "12.5")
    out = capsys.readouterr().out
    assert args.quick and common.quick()
    assert "Takes: a while; --quick a moment." in out
    assert "RESULT quick calls_ms=12.5" in out
    assert "\nRESULT calls_ms" not in out

    common.bench_start(parser, [])
    common.result("calls_ms", "12.5")
    assert capsys.readouterr().out.endswith("RESULT calls_ms=12.5\n")


def test_a_quick_run_fails_on_a_traceback_an_exit_code_or_unmarked_figures():
    good = "building\nRESULT quick a_ms=1.0\nRESULT quick b=2  # note\n"
    assert run_quick.problems(good, 0) == []
    assert run_quick.problems(good, 1) == ["exit code 1"]
    assert run_quick.problems(good, None) == [f"no end after {run_quick.TIMEOUT_S} s"]
    assert run_quick.problems(good + "Traceback (most recent call last):\n", 0) == [
        "a traceback"]
    assert run_quick.problems("building\n", 0) == ["no `RESULT quick name=value` line"]
    assert run_quick.problems(good + "RESULT a_ms=1.0\n", 0) == [
        "a RESULT line not marked quick"]
