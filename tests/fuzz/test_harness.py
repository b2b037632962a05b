"""The fuzz harness itself: inputs are reproducible, and the watchdog records what it should."""

from __future__ import annotations

import warnings

import pytest

from tests.fuzz import engine, seeds
from tests.fuzz.oracle import generate


@pytest.fixture(scope="module")
def corpus() -> seeds.Seeds:
    return seeds.build(max_seed_bytes=0)  # our own files only: quick, and the same everywhere


def test_an_input_depends_only_on_the_seed_and_its_index(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate zip members are made on purpose
        first = [generate(corpus, 7, i) for i in range(60)]
        again = [generate(corpus, 7, i) for i in reversed(range(60))][::-1]
        other = [generate(corpus, 8, i) for i in range(60)]
    assert first == again
    assert first != other
    assert {kind for kind, *_ in first} == {"docx", "yaml", "json", "text"}


def test_a_call_over_the_time_limit_is_recorded_with_its_input(tmp_path, corpus):
    path = tmp_path / "kontum.docx"
    path.write_bytes(corpus.docx[0][1])
    result = engine.run(files=[path], limit=0.001)
    assert result.count("timeout") >= 1, result.summary()
    failure = result.per_file["kontum.docx"][0]
    assert failure.kind == "timeout" and failure.file_name().endswith(".docx")
    assert result.count("foreign") == 0


def test_a_short_run_counts_its_inputs(tmp_path):
    result = engine.run(inputs=40, seconds=60, seed=3, workers=2, max_seed_bytes=0)
    assert result.inputs == 40, result.summary()
    assert sum(result.by_kind.values()) == 40
