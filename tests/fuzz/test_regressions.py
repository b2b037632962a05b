"""Every input the fuzzer ever broke the promise with, kept in ``regressions/``: run them all.

A file is named ``<kind>-<sha1[:12]>.<ext>``: the kind of failure it once caused (``foreign``,
``timeout``, ``memory``, ``crash``) and its input kind by extension (``.docx``: ``read`` as
.docx and as text, and ``validate``; ``.txt``: ``read`` as text; ``.yaml``/``.json``: ``loads``,
then ``docx_bytes`` of the model). They run in one worker under the fuzzer's limits (10 s a
call, 1 GiB), so a hang or a memory blow-up fails its test instead of the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz import engine
from tests.fuzz.oracle import KIND_OF_EXTENSION

HERE = Path(__file__).resolve().parent / "regressions"
FILES = sorted(p for p in HERE.iterdir() if p.suffix[1:] in KIND_OF_EXTENSION)


@pytest.fixture(scope="module")
def outcome() -> engine.Result:
    return engine.run(files=FILES)


def test_the_regression_folder_holds_only_inputs():
    names = {p.name for p in HERE.iterdir()} - {p.name for p in FILES} - {"INDEX.md"}
    assert not names, f"not an input kind (.docx, .txt, .yaml, .json): {sorted(names)}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_regression_input_ends_in_a_result_or_our_error(path: Path, outcome: engine.Result):
    failures = outcome.per_file.get(path.name, [])
    assert not failures, "\n".join(
        f"{f.kind}: {f.target} raised {f.exc_type} at {f.lib_frame}: {f.message}\n{f.traceback}"
        for f in failures
    )
