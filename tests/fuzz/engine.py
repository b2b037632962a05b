"""The fuzz engine: worker processes under a memory limit and a per-call alarm, watched over.

The parent starts ``workers`` child processes (``python -m tests.fuzz.engine``, a fresh
interpreter: the limit applies to the library alone, not to pytest). Each child

- sets ``RLIMIT_AS`` to 1 GiB, so an input that wants more ends in ``MemoryError`` (recorded);
- builds the seed corpus, then runs its share of the inputs (index ``i`` with
  ``i % workers == k``), each target call under ``signal.setitimer`` of 10 s (recorded);
- announces every input before running it, so that when it dies (a crash in C code) or hangs
  where the alarm cannot reach (the parent kills it after 10 s + grace), the parent knows which
  input did it, records it and starts a new child after it.

Failures come back as JSON lines; the parent keeps one per (kind, exception type, frame) and
can write each one's input to a folder as ``<kind>-<sha1[:12]>.<ext>``.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tests.fuzz.oracle import ROOT, Failure

MEMORY_LIMIT = 1 << 30
CALL_SECONDS = 10.0
GRACE_SECONDS = 8.0
DEFAULT_SEED = 20250209


@dataclass
class Result:
    """What a run did."""

    inputs: int = 0
    calls: int = 0
    seconds: float = 0.0
    failures: dict[tuple[str, str, str], Failure] = field(default_factory=dict)
    occurrences: dict[tuple[str, str, str], int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    """Inputs per input kind."""
    max_call_seconds: float = 0.0
    slowest: str = ""
    """The slowest call: target, input index and what was done to which seed."""
    peak_rss_mb: float = 0.0
    seeds: str = ""
    restarts: int = 0
    per_file: dict[str, list[Failure]] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Inputs per second of wall time."""
        return self.inputs / self.seconds if self.seconds else 0.0

    def count(self, kind: str) -> int:
        """Occurrences of failures of one kind (``foreign``, ``timeout``, ``memory``, ``crash``)."""
        return sum(n for key, n in self.occurrences.items() if key[0] == kind)

    def summary(self) -> str:
        """The lines a run prints."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        lines = [
            f"fuzz: {self.inputs} inputs ({kinds}), {self.calls} calls in {self.seconds:.1f} s: "
            f"{self.rate:.0f} inputs/s; slowest call {self.max_call_seconds:.2f} s, "
            f"peak RSS of a worker {self.peak_rss_mb:.0f} MB, {self.restarts} restart(s)",
            f"fuzz: slowest call: {self.slowest}",
            f"fuzz: seeds: {self.seeds}",
            f"fuzz: foreign {self.count('foreign')}, timeout {self.count('timeout')}, "
            f"memory {self.count('memory')}, crash {self.count('crash')}; "
            f"{len(self.failures)} distinct",
        ]
        for key, failure in self.failures.items():
            lines.append(
                f"  {failure.kind:<7} {failure.exc_type} at {failure.lib_frame} "
                f"[{failure.target}, {failure.input_kind}: {failure.mutation}] "
                f"x{self.occurrences[key]} -> {failure.file_name()}"
            )
        return "\n".join(lines)


# --------------------------------------------------------------------------- the child


def _on_alarm(_signum: int, _frame: Any) -> None:
    raise _timeout_class()


def _timeout_class() -> type[BaseException]:
    from tests.fuzz.oracle import Timeout

    return Timeout


def _call(
    name: str,
    fn: Callable[[bytes], Any],
    allowed: tuple[type[BaseException], ...],
    data: bytes,
    input_kind: str,
    limit: float,
) -> tuple[Failure | None, float]:
    from tests.fuzz.oracle import Timeout, where

    failure: Failure | None = None
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        try:
            fn(data)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except allowed:
        pass
    except Timeout as error:
        last, lib, text = where(error)
        failure = Failure("timeout", name, input_kind, "Timeout", f"over {limit:g} s", last, lib,
                          traceback=text)  # fmt: skip
    except MemoryError as error:
        last, lib, text = where(error)
        failure = Failure("memory", name, input_kind, "MemoryError", "over the 1 GiB limit",
                          last, lib, traceback=text)  # fmt: skip
    except Exception as error:
        last, lib, text = where(error)
        failure = Failure("foreign", name, input_kind, type(error).__qualname__,
                          str(error)[:300], last, lib, traceback=text)  # fmt: skip
    seconds = time.perf_counter() - start
    if failure is None and seconds > limit:  # the alarm came late (e.g. inside C code)
        failure = Failure("timeout", name, input_kind, "Timeout", f"{seconds:.1f} s", "?", "?")
    if failure is not None:
        failure.seconds = seconds
    return failure, seconds


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_inputs(
    inputs: Iterable[tuple[int, str, bytes, str, set[str] | None]],
    out: TextIO,
    failures_dir: Path,
    limit: float = CALL_SECONDS,
) -> None:
    """Run inputs (index, kind, bytes, description) through the oracle; report on ``out``."""
    from tests.fuzz.oracle import sha1, targets

    cache: dict[str, Any] = {}
    seen: set[tuple[str, str, str]] = set()
    signal.signal(signal.SIGALRM, _on_alarm)
    last_progress = time.monotonic()
    done = calls = 0
    slowest, slowest_what = 0.0, ""
    for index, kind, data, what, chosen in inputs:
        out.write(f"S {index}\n")
        out.flush()
        if kind not in cache:
            cache[kind] = targets(kind)
        for name, fn, allowed in cache[kind]:
            if chosen is not None and name not in chosen:
                continue
            failure, seconds = _call(name, fn, allowed, data, kind, limit)
            calls += 1
            if seconds > slowest:
                slowest, slowest_what = seconds, f"{name} of input {index} ({what})"
            if failure is not None:
                failure.index, failure.mutation, failure.sha1 = index, what, sha1(data)
                if failure.key not in seen:  # the input of its first occurrence is kept
                    seen.add(failure.key)
                    (failures_dir / failure.file_name()).write_bytes(data)
                out.write("F " + json.dumps(failure.to_json()) + "\n")
                out.flush()
        done += 1
        out.write(f"K {kind}\n")
        now = time.monotonic()
        if now - last_progress > 1.0:
            last_progress = now
            out.write(f"P {json.dumps([done, calls, slowest, _peak_rss_mb(), slowest_what])}\n")
            out.flush()
    out.write(f"D {json.dumps([done, calls, slowest, _peak_rss_mb(), slowest_what])}\n")
    out.flush()


def _generated(
    config: dict[str, Any], seeds: Any
) -> Iterable[tuple[int, str, bytes, str, set[str] | None]]:
    from tests.fuzz.oracle import generate

    deadline = config["deadline"]
    for index in range(config["start"], config["stop"], config["step"]):
        if time.time() > deadline:
            return
        try:
            kind, data, what, chosen = generate(seeds, config["seed"], index)
        except Exception as error:  # a bug of the harness, not of the library: say so, go on
            print(f"fuzz: input {index} not generated: {error!r}", file=sys.stderr)
            continue
        yield index, kind, data, what, chosen


def _files(config: dict[str, Any]) -> Iterable[tuple[int, str, bytes, str, set[str] | None]]:
    from tests.fuzz.oracle import KIND_OF_EXTENSION

    for index, name in enumerate(config["files"]):
        if index < config["start"]:
            continue
        path = Path(name)
        yield index, KIND_OF_EXTENSION[path.suffix[1:]], path.read_bytes(), path.name, None


def child_main(config: dict[str, Any]) -> None:
    """The worker: limits first, then the seeds, then the inputs."""
    resource.setrlimit(resource.RLIMIT_AS, (config["memory"], config["memory"]))
    warnings.simplefilter("ignore")  # duplicate zip names and the like: we make them on purpose
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything the library prints goes to stderr, not into the channel
    sys.stdout = sys.stderr
    failures_dir = Path(config["failures_dir"])
    if config.get("files") is not None:
        channel.write("R files\n")
        channel.flush()
        run_inputs(_files(config), channel, failures_dir, config["limit"])
        return
    from tests.fuzz import mutate_docx
    from tests.fuzz.seeds import build

    if config.get("heavy") is not None:
        mutate_docx.HEAVY = config["heavy"]
    seeds = build(config["max_seed_bytes"])
    channel.write(f"R {seeds.summary()}\n")
    channel.flush()
    run_inputs(_generated(config, seeds), channel, failures_dir, config["limit"])


def generate_one(
    seed: int | str, index: int, max_seed_bytes: int | None, heavy: float | None = None
) -> tuple[str, bytes, str, set[str]]:
    """Make input ``index`` again (for a crash or a hang, which the child could not report)."""
    from tests.fuzz import mutate_docx
    from tests.fuzz.oracle import generate
    from tests.fuzz.seeds import build

    if heavy is not None:
        mutate_docx.HEAVY = heavy
    return generate(build(max_seed_bytes), seed, index)


# --------------------------------------------------------------------------- the parent


@dataclass
class _Worker:
    config: dict[str, Any]
    process: subprocess.Popen[bytes]
    stderr: Any
    buffer: bytes = b""
    current: int | None = None
    since: float = 0.0
    done: int = 0
    calls: int = 0
    finished: bool = False
    ready: bool = False


def _spawn(config: dict[str, Any], scratch: Path) -> _Worker:
    stderr = tempfile.TemporaryFile(dir=scratch)  # noqa: SIM115 - closed when the run ends
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fuzz.engine", json.dumps(config)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    return _Worker(config, process, stderr, since=time.monotonic())


def run(
    *,
    inputs: int = 20_000,
    seconds: float = 240.0,
    seed: int | str = DEFAULT_SEED,
    workers: int | None = None,
    files: list[Path] | None = None,
    save_dir: Path | None = None,
    max_seed_bytes: int | None = None,
    memory: int = MEMORY_LIMIT,
    limit: float = CALL_SECONDS,
    heavy: float | None = None,
    progress: Callable[[str], None] | None = None,
) -> Result:
    """Run the fuzzer (or, with ``files``, the given inputs) and return what happened.

    Args:
        inputs: how many generated inputs (indexes 0 .. inputs-1).
        seconds: wall-time budget; workers start no new input after it.
        seed: the run's seed: the same seed and seed corpus give the same inputs.
        workers: child processes (default: the usable CPUs, at most 4).
        files: run these files instead of generated inputs (the regression files).
        save_dir: write each distinct failure's input here (``<kind>-<sha1[:12]>.<ext>``).
        max_seed_bytes: leave out real files larger than this (None: every file).
        memory: the address-space limit of a worker, in bytes.
        limit: seconds a single call may take.
        heavy: share of sizes drawn from the heavy end (default: ``mutate_docx.HEAVY``).
        progress: called with a line now and then.
    """
    from tests.fuzz.oracle import sha1

    say = progress or (lambda _line: None)
    if workers is None:
        affinity = getattr(os, "sched_getaffinity", None)
        workers = min(4, len(affinity(0)) if affinity else (os.cpu_count() or 1))
    if files is not None:
        workers = 1
        inputs = len(files)
    result = Result()
    start_time = time.time()
    with tempfile.TemporaryDirectory(prefix="vnadmin-fuzz-") as tmp:
        scratch = Path(tmp)
        base = {
            "seed": seed,
            "stop": inputs,
            "step": workers,
            "deadline": start_time + seconds,
            "max_seed_bytes": max_seed_bytes,
            "heavy": heavy,
            "memory": memory,
            "limit": limit,
            "failures_dir": str(scratch),
            "files": [str(f) for f in files] if files is not None else None,
        }
        pool = [_spawn({**base, "start": k}, scratch) for k in range(workers)]
        selector = selectors.DefaultSelector()
        for worker in pool:
            assert worker.process.stdout is not None
            os.set_blocking(worker.process.stdout.fileno(), False)
            selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
        last_say = time.monotonic()

        def record(failure: Failure) -> None:
            key = failure.key
            result.occurrences[key] = result.occurrences.get(key, 0) + 1
            if key not in result.failures:
                result.failures[key] = failure
            if files is not None:
                name = Path(files[failure.index]).name
                result.per_file.setdefault(name, []).append(failure)

        def lost(worker: _Worker, kind: str, message: str) -> None:
            """The child died or hung on its current input: record it, start a new child."""
            index = worker.current
            worker.stderr.seek(0)
            tail = worker.stderr.read()[-2000:].decode("utf-8", "replace")
            if index is not None:
                if files is not None:
                    path = Path(files[index])
                    kind_of, data, what = path.suffix[1:], path.read_bytes(), path.name
                    from tests.fuzz.oracle import KIND_OF_EXTENSION

                    kind_of = KIND_OF_EXTENSION[kind_of]
                else:
                    kind_of, data, what, _ = generate_one(seed, index, max_seed_bytes, heavy)
                failure = Failure(kind, "?", kind_of, kind.capitalize(), message, "?", "?",
                                  index=index, mutation=what, sha1=sha1(data),
                                  traceback=tail)  # fmt: skip
                (scratch / failure.file_name()).write_bytes(data)
                record(failure)
                result.inputs += 1
                result.by_kind[kind_of] = result.by_kind.get(kind_of, 0) + 1
                restart = index + worker.config["step"]
            else:  # it died between inputs or before the first: the harness itself is broken
                selector.unregister(worker.process.stdout)
                worker.finished = True
                for other in pool:
                    if other.process.poll() is None:
                        other.process.kill()
                raise RuntimeError(f"fuzz worker stopped outside any input ({message}):\n{tail}")
            selector.unregister(worker.process.stdout)
            worker.finished = True
            if restart < worker.config["stop"]:
                result.restarts += 1
                fresh = _spawn({**worker.config, "start": restart}, scratch)
                assert fresh.process.stdout is not None
                os.set_blocking(fresh.process.stdout.fileno(), False)
                selector.register(fresh.process.stdout, selectors.EVENT_READ, fresh)
                pool.append(fresh)

        while any(not w.finished for w in pool):
            for key, _ in selector.select(timeout=0.5):
                worker = key.data
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:
                    worker.process.wait()
                    if not worker.finished:
                        code = worker.process.returncode
                        lost(worker, "crash", f"worker exited with status {code}")
                    continue
                worker.buffer += chunk
                *lines, worker.buffer = worker.buffer.split(b"\n")
                for raw in lines:
                    tag, _, rest = raw.decode("utf-8").partition(" ")
                    if tag == "S":
                        worker.current, worker.since = int(rest), time.monotonic()
                    elif tag == "K":
                        result.inputs += 1
                        result.by_kind[rest] = result.by_kind.get(rest, 0) + 1
                        worker.current = None
                    elif tag == "F":
                        record(Failure(**json.loads(rest)))
                    elif tag in ("P", "D"):
                        _done, calls, slowest, rss, what = json.loads(rest)
                        if slowest > result.max_call_seconds:
                            result.max_call_seconds = slowest
                            result.slowest = f"{slowest:.2f} s, {what}"
                        result.peak_rss_mb = max(result.peak_rss_mb, rss)
                        if tag == "D":
                            result.calls += calls
                            worker.finished = True
                            worker.current = None
                            selector.unregister(worker.process.stdout)
                            worker.process.wait()
                    elif tag == "R":
                        worker.ready = True
                        worker.since = time.monotonic()
                        if rest != "files":
                            result.seeds = rest
            now = time.monotonic()
            for worker in list(pool):
                if worker.finished or worker.current is None:
                    continue
                if now - worker.since > limit + GRACE_SECONDS:
                    worker.process.kill()
                    worker.process.wait()
                    lost(worker, "timeout", f"no answer in {limit + GRACE_SECONDS:g} s; killed")
            if now - last_say > 15:
                last_say = now
                say(f"fuzz: {result.inputs} inputs, {len(result.failures)} distinct failures")
        for worker in pool:
            worker.stderr.close()
        result.seconds = time.time() - start_time
        if save_dir is not None:
            save_dir.mkdir(parents=True, exist_ok=True)
            for failure in result.failures.values():
                source = scratch / failure.file_name()
                target = save_dir / failure.file_name()
                if source.exists() and not target.exists():
                    target.write_bytes(source.read_bytes())
    return result


if __name__ == "__main__":
    child_main(json.loads(sys.argv[1]))
