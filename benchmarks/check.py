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

Then the scale cases (:func:`run_scale`): ``validate`` and ``read`` of a 1,000,000-paragraph
.docx, each in a fresh subprocess (time, outcome, peak RSS; targets under 2 s and 300 MB: the
work budgets end them in ``BudgetExceededError``), and ``render_docx`` of 4,000 and 40,000 body
paragraphs (target: 40,000 under 3 s, at most 11 times the time of 4,000).
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


# --------------------------------------------------------------------------- scale

#: A 1,000,000-paragraph .docx: validate and read end (in BudgetExceededError once the
#: library has work budgets) within these, measured in a fresh subprocess each.
TARGET_HUGE_SECONDS = 2.0
TARGET_HUGE_MB = 300.0
HUGE_PARAGRAPHS = 1_000_000
HUGE_TIMEOUT = 120.0
#: render_docx of 40,000 body paragraphs under this, and at most this many times 4,000's time.
TARGET_RENDER_40K_SECONDS = 3.0
TARGET_RENDER_RATIO = 11.0

_CHILD = r"""
import json, resource, sys, time
import vnadmin_docs as vn
what, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
fn = vn.validate if what == "validate" else vn.read
start = time.perf_counter()
try:
    fn(data)
    outcome = "result"
except vn.VnadminError as error:
    outcome = type(error).__name__
except Exception as error:
    outcome = "foreign " + type(error).__name__
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "outcome": outcome, "self_mb": peak}))
"""


def huge_docx(paragraphs: int = HUGE_PARAGRAPHS) -> bytes:
    """The Kon Tum dispatch with ``paragraphs`` short numbered paragraphs before its body."""
    import zipfile

    from vnadmin_docs.examples import kontum_2452
    from vnadmin_docs.render.docx import docx_bytes

    source = zipfile.ZipFile(io.BytesIO(docx_bytes(kontum_2452())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name in source.namelist():
            content = source.read(name)
            if name == "word/document.xml":
                block = "".join(
                    f"<w:p><w:r><w:t>{i}</w:t></w:r></w:p>" for i in range(paragraphs)
                ).encode()
                at = content.index(b"<w:body>") + len(b"<w:body>")
                content = content[:at] + block + content[at:]
            package.writestr(name, content)
    return out.getvalue()


_LAUNCHER = r"""
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True,
                      text=True)
lines = done.stdout.strip().splitlines()
row = json.loads(lines[-1]) if lines else {"outcome": "child failed: " + done.stderr[-200:]}
row["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(row))
"""


def _in_child(what: str, path: str) -> dict[str, Any]:
    """``validate`` or ``read`` of a file in a fresh interpreter: time, outcome, peak RSS.

    A small launcher process runs the call in its own child and reads that child's peak RSS
    with ``getrusage(RUSAGE_CHILDREN)``, so each case gets its own number.
    """
    import json
    import subprocess
    import sys

    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, _CHILD, what, path],
            capture_output=True,
            text=True,
            timeout=HUGE_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "outcome": f"killed after {HUGE_TIMEOUT:g} s", "peak_mb": None}
    try:
        row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": None, "outcome": f"child failed: {tail}", "peak_mb": None}
    row.setdefault("seconds", None)
    row["wall_seconds"] = time.perf_counter() - start
    return row


def _status(value: float | None, target: float) -> str:
    return "n/a" if value is None else ("PASS" if value < target else "MISS")


def run_scale(quick: bool = False) -> dict[str, Any]:
    """The 1,000,000-paragraph file (validate, read) and render_docx at 4,000 and 40,000."""
    import tempfile
    from pathlib import Path

    import vnadmin_docs as vn
    from vnadmin_docs.examples import kontum_2452

    huge: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="vnadmin-scale-") as tmp:
        path = Path(tmp) / "huge.docx"
        start = time.perf_counter()
        path.write_bytes(huge_docx())
        build_seconds = time.perf_counter() - start
        for what in ("validate", "read"):
            row = _in_child(what, str(path))
            row["status_time"] = _status(row["seconds"], TARGET_HUGE_SECONDS)
            row["status_memory"] = _status(row["peak_mb"], TARGET_HUGE_MB)
            huge[what] = row
        size = path.stat().st_size

    document = kontum_2452()
    paragraph = next(b for b in document.body if isinstance(b, vn.Paragraph))
    render: dict[str, Any] = {}
    for count, iterations in ((4_000, 3 if quick else 5), (40_000, 1 if quick else 3)):
        big = document.model_copy(update={"body": [paragraph] * count})
        render[count] = _time(lambda big=big: vn.render_docx(big, io.BytesIO()), iterations, 1)
    seconds_40k = render[40_000]["median_ms"] / 1000
    ratio = render[40_000]["median_ms"] / render[4_000]["median_ms"]
    return {
        "huge": huge,
        "huge_paragraphs": HUGE_PARAGRAPHS,
        "huge_bytes": size,
        "huge_build_seconds": build_seconds,
        "render": render,
        "render_40k_target": {
            "value": seconds_40k,
            "target": TARGET_RENDER_40K_SECONDS,
            "status": _status(seconds_40k, TARGET_RENDER_40K_SECONDS),
        },
        "render_ratio_target": {
            "value": ratio,
            "target": TARGET_RENDER_RATIO,
            "status": "PASS" if ratio <= TARGET_RENDER_RATIO else "MISS",
        },
    }


def format_scale(report: dict[str, Any]) -> str:
    size_mb = report["huge_bytes"] / 1024 / 1024
    lines = [
        f"Scale benchmark: a {report['huge_paragraphs']:,}-paragraph .docx ({size_mb:.1f} MB, "
        f"built in {report['huge_build_seconds']:.1f} s), each call in a fresh subprocess",
        "",
        f"{'what':<24}  {'seconds':>8}  {'peak MB':>8}  outcome",
        f"{'-' * 24}  {'-' * 8}  {'-' * 8}  {'-' * 20}",
    ]
    for what, row in report["huge"].items():
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.2f}"
        peak = "-" if row["peak_mb"] is None else f"{row['peak_mb']:.0f}"
        lines.append(f"{what + '(1M paragraphs)':<24}  {seconds:>8}  {peak:>8}  {row['outcome']}")
    for count, row in report["render"].items():
        lines.append(
            f"{f'render_docx({count:,} p.)':<24}  {row['median_ms'] / 1000:>8.3f}  {'':>8}  "
            f"median of {row['iterations']}"
        )
    lines.append("")
    for what, row in report["huge"].items():
        lines.append(
            f"Target: {what} 1M paragraphs < {TARGET_HUGE_SECONDS:g} s: "
            f"{'-' if row['seconds'] is None else format(row['seconds'], '.2f')} s  "
            f"{row['status_time']}; < {TARGET_HUGE_MB:g} MB: "
            f"{'-' if row['peak_mb'] is None else format(row['peak_mb'], '.0f')} MB  "
            f"{row['status_memory']}"
        )
    target = report["render_40k_target"]
    lines.append(
        f"Target: render_docx 40,000 paragraphs < {target['target']:g} s: "
        f"{target['value']:.2f} s  {target['status']}"
    )
    ratio = report["render_ratio_target"]
    lines.append(
        f"Target: render_docx 40,000 / 4,000 <= {ratio['target']:g}x: "
        f"{ratio['value']:.1f}x  {ratio['status']}"
    )
    return "\n".join(lines)
