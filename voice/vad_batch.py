"""Silero inference for every call of a process, batched and run off the event loop.

Each call's Silero stream evaluates one 32 ms window at a time (0.11 ms of ONNX on this CPU).
As LiveKit ships it, every window is one trip to a thread pool, and the trip (submit, wake a
thread, post the result back to the loop) cost more than the inference: with 35 calls in one
process it was a quarter of the process's CPU. Run on the loop instead, the inference itself
became a third of the loop's work. The model takes a batch (one row and one recurrent state per
stream), and a batch costs half as much per window (57 µs at 25 windows); so windows that
arrive while a batch is being evaluated wait for the next one, which takes them all:

- one call alone: each window is evaluated at once, one trip per window, as before;
- many calls: the batch grows with the load, one trip per batch, on a thread of its own, so
  the loop never waits for the model and the second core does the inference.

A stream's model state (its recurrent state and the last samples of its previous window) is
read and written as ``OnnxModel.__call__`` does, only for many models in one run; results match
a stream's own evaluation (tests/voice/test_vad.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np

# One thread evaluates every batch of the process: the model runs single-threaded (as Silero
# configures it), and the loop keeps the other core.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vad-batch")

Pending = tuple[Any, np.ndarray, asyncio.Future]  # (stream's OnnxModel, window, its result)


class Batcher:
    """Batches the windows of every stream of one event loop, ONNX session and sample rate."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        # weakly: the process's table of batchers is keyed weakly by the loop, and a strong
        # reference here would keep every closed loop (one per test, say) alive for ever
        self._loop_ref = weakref.ref(loop)
        self._pending: list[Pending] = []
        self._running = False
        self.batches = 0  # evaluated so far, and the windows in them (for tests and tuning)
        self.windows = 0

    @property
    def _loop(self) -> asyncio.AbstractEventLoop:
        loop = self._loop_ref()
        if loop is None:
            raise RuntimeError("the event loop of this batcher is gone")
        return loop

    def submit(self, model: Any, window: np.ndarray) -> asyncio.Future:
        """The speech probability of ``window`` for the stream whose model is ``model``."""
        future = self._loop.create_future()
        # the stream reuses its window buffer once it has the result: keep a copy
        self._pending.append((model, window.copy(), future))
        if not self._running:
            self._start()
        return future

    def _start(self) -> None:
        batch, self._pending = self._pending, []
        self._running = True
        done = _executor.submit(evaluate, [(model, window) for model, window, _ in batch])
        loop_ref = self._loop_ref
        # The batch's futures hold their loop. The executor's thread keeps this callback (in
        # its work item's future) a moment after running it, and on a busy machine that moment
        # outlasted the loop's test: the callback hands the batch over instead of keeping it.
        handed = [batch]
        del batch

        def back_on_the_loop(result: Future) -> None:
            batch = handed.pop()
            loop = loop_ref()
            if loop is None:
                return  # the call's process is shutting its loop down: nobody waits
            with contextlib.suppress(RuntimeError):  # closed meanwhile, as above
                loop.call_soon_threadsafe(self._finish, batch, result)

        done.add_done_callback(back_on_the_loop)

    def _finish(self, batch: list[Pending], result: Future) -> None:
        self._running = False
        self.batches += 1
        self.windows += len(batch)
        error = result.exception()
        probabilities = result.result() if error is None else None
        for i, (_, _, future) in enumerate(batch):
            if future.done():  # the stream was cancelled meanwhile (its call ended)
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(probabilities[i])
        if self._pending:
            self._start()


def evaluate(items: list[tuple[Any, np.ndarray]]) -> list[float]:
    """Run Silero once for several streams' windows (all of one session and sample rate),
    updating each stream's model state as its own call would."""
    first = items[0][0]
    context = first.context_size
    rows = np.empty((len(items), context + first.window_size_samples), dtype=np.float32)
    for i, (model, window) in enumerate(items):
        rows[i, :context] = model._context[0]
        rows[i, context:] = window
    states = np.concatenate([model._rnn_state for model, _ in items], axis=1)
    out, new_states = first._sess.run(
        None, {"input": rows, "state": states, "sr": first._sample_rate_nd})
    for i, (model, _) in enumerate(items):
        model._input_buffer[0] = rows[i]
        model._context = model._input_buffer[:, -context:]
        model._rnn_state = np.ascontiguousarray(new_states[:, i:i + 1, :])
    return [float(p) for p in out[:, 0]]


_batchers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[int, int], Batcher]] = (
    weakref.WeakKeyDictionary())


def batcher_for(loop: asyncio.AbstractEventLoop, model: Any) -> Batcher:
    by_model = _batchers.setdefault(loop, {})
    key = (id(model._sess), model.sample_rate)
    batcher = by_model.get(key)
    if batcher is None:
        batcher = by_model[key] = Batcher(loop)
    return batcher


class BatchingLoop:
    """The event loop as a Silero stream sees it, except that ``run_in_executor`` of its model
    goes to the process's batcher. Anything else is the loop's own."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def run_in_executor(self, executor: Any, func: Any, *args: Any) -> asyncio.Future:
        if executor is None and hasattr(func, "_rnn_state") and len(args) == 1:
            return batcher_for(self._loop, func).submit(func, args[0])
        return self._loop.run_in_executor(executor, func, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loop, name)
