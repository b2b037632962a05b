"""Validation and reading speed: the second half of ``python benchmarks/run.py``.

Also ``read(docx)``: the whole reader, package to model; target under 30 ms (issue: read).

Measured in the same run, on a two-page document (the Kon Tum dispatch and its outline, as
our renderer writes it):

- ``validate(docx bytes)``: read the package, recognise the components, run every rule;
  target under 20 ms (issue: validator);
- ``validate(model)``: the same, plus rendering the model first;
- ``read_docx`` (stage 1 of reading) against python-docx's ``Document()`` opening the same
  bytes, the baseline: python-docx parses lazily and resolves nothing, so the ratio shows
  what effective formatting and the safety limits cost.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from statistics import median
from typing import Any

TARGET_VALIDATE_MS = 20.0
TARGET_READ_MS = 30.0


def _time(fn: Callable[[], Any], iterations: int, warmup: int) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return {"median_ms": median(samples), "min_ms": min(samples), "iterations": iterations}


def run_checks(quick: bool = False, iterations: int | None = None) -> dict[str, Any]:
    import docx

    import vnadmin_docs as vn
    from vnadmin_docs.examples import kontum_2452
    from vnadmin_docs.ooxml.read import read_docx
    from vnadmin_docs.validate import REGISTRY

    count = iterations or (5 if quick else 30)
    document = kontum_2452()
    buffer = io.BytesIO()
    vn.render_docx(document, buffer)
    data = buffer.getvalue()
    results = {
        "validate(docx)": _time(lambda: vn.validate(data), count, 2),
        "validate(model)": _time(lambda: vn.validate(document), count, 2),
        "read(docx) -> model": _time(lambda: vn.read(data), count, 2),
        "read_docx (stage 1)": _time(lambda: read_docx(data), count, 2),
        "python-docx Document()": _time(lambda: docx.Document(io.BytesIO(data)), count, 2),
    }
    validate_ms = results["validate(docx)"]["median_ms"]
    read_ms = results["read(docx) -> model"]["median_ms"]
    return {
        "rules": len(REGISTRY),
        "results": results,
        "read_vs_python_docx": results["read_docx (stage 1)"]["median_ms"]
        / results["python-docx Document()"]["median_ms"],
        "target": {
            "value": validate_ms,
            "target": TARGET_VALIDATE_MS,
            "status": "PASS" if validate_ms < TARGET_VALIDATE_MS else "MISS",
        },
        "read_target": {
            "value": read_ms,
            "target": TARGET_READ_MS,
            "status": "PASS" if read_ms < TARGET_READ_MS else "MISS",
        },
    }


def format_checks(report: dict[str, Any]) -> str:
    lines = [f"Validation benchmark: two-page document, {report['rules']} rules", ""]
    lines.append(f"{'what':<24}  {'median ms':>9}  {'min ms':>7}  {'n':>3}")
    lines.append(f"{'-' * 24}  {'-' * 9}  {'-' * 7}  {'-' * 3}")
    for name, row in report["results"].items():
        lines.append(
            f"{name:<24}  {row['median_ms']:>9.3f}  {row['min_ms']:>7.3f}  {row['iterations']:>3}"
        )
    lines.append("")
    lines.append(
        f"read_docx / python-docx Document(): {report['read_vs_python_docx']:.1f}x "
        "(python-docx opens lazily and resolves no formatting)"
    )
    target = report["target"]
    lines.append(
        f"Target: validate a 2-page .docx < {target['target']:.0f} ms: "
        f"{target['value']:.2f} ms  {target['status']}"
    )
    read = report["read_target"]
    lines.append(
        f"Target: read a 2-page .docx into the model < {read['target']:.0f} ms: "
        f"{read['value']:.2f} ms  {read['status']}"
    )
    return "\n".join(lines)
