"""The bounded fuzz run of CI: at least 20,000 inputs, no foreign exception, none too slow or big.

Budget from the environment: ``VNADMIN_FUZZ_INPUTS`` (default 20000), ``VNADMIN_FUZZ_SECONDS``
(default 240), ``VNADMIN_FUZZ_SEED`` (default fixed), ``VNADMIN_FUZZ_WORKERS`` (default: the
usable CPUs, at most 4). The inputs depend only on the seed and the seed corpus; a failing input
is written to ``$VNADMIN_FUZZ_SAVE`` when that is set (see docs/fuzzing.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fuzz import engine
from tests.fuzz.seeds import CI_MAX_SEED_BYTES, env_int

pytestmark = pytest.mark.fuzz

DEFAULT_INPUTS = 20_000
DEFAULT_SECONDS = 240


def test_every_input_ends_in_a_result_or_our_error_in_bounded_time_and_memory():
    inputs = env_int("VNADMIN_FUZZ_INPUTS", DEFAULT_INPUTS)
    seconds = env_int("VNADMIN_FUZZ_SECONDS", DEFAULT_SECONDS)
    seed = env_int("VNADMIN_FUZZ_SEED", engine.DEFAULT_SEED)
    workers = env_int("VNADMIN_FUZZ_WORKERS", 0) or None
    save = os.environ.get("VNADMIN_FUZZ_SAVE", "").strip()
    result = engine.run(
        inputs=inputs,
        seconds=seconds,
        seed=seed,
        workers=workers,
        save_dir=Path(save) if save else None,
        max_seed_bytes=CI_MAX_SEED_BYTES,
    )
    print()
    print(result.summary())
    report = result.summary()
    assert result.count("foreign") == 0, report
    assert result.count("timeout") == 0, report
    assert result.count("memory") == 0, report
    assert result.count("crash") == 0, report
    assert result.max_call_seconds <= engine.CALL_SECONDS, report
    assert result.inputs >= min(inputs, DEFAULT_INPUTS), (
        f"only {result.inputs} of {inputs} inputs ran in {seconds} s\n{report}"
    )
