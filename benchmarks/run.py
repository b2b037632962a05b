"""Render-speed benchmark: our DOCX writer against docxtpl and python-docx, on the Kon Tum example.

Run from anywhere::

    python benchmarks/run.py            # full run: 50 iterations for ours, 20 for the others
    python benchmarks/run.py --quick    # smoke run: a few iterations each
    python benchmarks/run.py --json results.json

Importing this module does nothing; :func:`run` measures and returns the numbers,
:func:`format_report` turns them into the printed table. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kontum_2452" / "kontum_2452.yaml"

# Targets: ours at least this many times faster than each baseline, and this small.
TARGET_SPEEDUP = {"docxtpl": 5.0, "python_docx": 10.0}
TARGET_SIZE_KB = 20.0

# (warm-up, iterations of ours and render_text, iterations of the baselines)
FULL = {"warmup": 5, "ours": 50, "others": 20}
QUICK = {"warmup": 1, "ours": 10, "others": 5}

LABELS = {
    "ours": "vnadmin_docs.render_docx",
    "render_text": "vnadmin_docs.render_text",
    "docxtpl": "docxtpl",
    "python_docx": "python-docx",
}
# Phrases every .docx must contain (checked besides the word-for-word comparison).
KEY_PHRASES = ("Nguyễn Hữu Tháp", "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT", "Số 2452/UBND - TH")
# List markers (1., a), II., -, +, *): a writer may print them as Word numbering instead.
_MARKER = re.compile(r"^(?:\d+\.|[a-zđ]\)|[IVXLCDM]+\.|[-+*•])$")

Progress = Callable[[str], None]


def _baselines() -> Any:
    """The baselines module, whether this file runs as a script or as ``benchmarks.run``."""
    if __package__:
        from benchmarks import baselines
    else:  # python benchmarks/run.py: the script's folder is on sys.path
        import baselines
    return baselines


# --------------------------------------------------------------------------- measuring


def measure(fn: Callable[[], Any], iterations: int, warmup: int) -> tuple[dict[str, Any], Any]:
    """Call ``fn`` ``warmup`` times untimed, then ``iterations`` times under perf_counter.

    Returns the statistics in milliseconds per call and the last call's result.
    """
    result = None
    for _ in range(warmup):
        result = fn()
    gc.collect()
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    stats = {
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "mean_ms": statistics.fmean(times) * 1000,
        "iterations": iterations,
        "warmup": warmup,
    }
    return stats, result


def docx_text(data: bytes) -> str:
    """The text of a .docx, one line per paragraph (tables included), breaks as newlines."""
    import docx
    from docx.oxml.ns import qn

    body = docx.Document(io.BytesIO(data)).element.body
    text_tag = qn("w:t")
    breaks = (qn("w:br"), qn("w:cr"), qn("w:tab"))
    lines = []
    for paragraph in body.iter(qn("w:p")):
        parts = [
            (node.text or "") if node.tag == text_tag else "\n"
            for node in paragraph.iter(text_tag, *breaks)
        ]
        lines.append("".join(parts))
    return "\n".join(lines)


def _words(text: str) -> Counter[str]:
    return Counter(word for word in text.split() if not _MARKER.match(word))


def check_content(data: bytes, reference: str) -> dict[str, Any]:
    """Compare a .docx's words with the reference text (as a multiset; list markers aside)."""
    text = docx_text(data)
    expected, actual = _words(reference), _words(text)
    missing = sorted((expected - actual).elements())
    extra = sorted((actual - expected).elements())
    phrases = {phrase: phrase in text for phrase in KEY_PHRASES}
    return {
        "ok": not missing and not extra and all(phrases.values()),
        "words": sum(expected.values()),
        "missing": missing,
        "extra": extra,
        "phrases": phrases,
    }


def _unavailable(name: str, note: str) -> dict[str, Any]:
    return {"name": name, "label": LABELS[name], "available": False, "note": note}


def _row(name: str, stats: dict[str, Any], size: int, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "label": LABELS[name],
        "available": True,
        **stats,
        "size_bytes": size,
        "size_kb": size / 1024,
        **extra,
    }


def bench_ours(
    document: Any, iterations: int, warmup: int, reference: str, workdir: Path
) -> dict[str, Any]:
    """Our writer: ``render_docx(document, BytesIO())`` (a path if streams are refused)."""
    import vnadmin_docs

    render_docx = getattr(vnadmin_docs, "render_docx", None)
    if render_docx is None:
        return _unavailable("ours", "render_docx not available yet")

    def to_stream() -> bytes:
        buffer = io.BytesIO()
        render_docx(document, buffer)
        return buffer.getvalue()

    path = workdir / "ours.docx"

    def to_path() -> bytes:
        render_docx(document, path)
        return path.read_bytes()

    target, fn = "BytesIO", to_stream
    try:
        to_stream()
    except Exception as stream_error:
        try:
            to_path()
        except Exception as error:
            return _unavailable("ours", f"render_docx failed: {type(error).__name__}: {error}")
        target, fn = f"path (BytesIO failed: {type(stream_error).__name__})", to_path
    stats, data = measure(fn, iterations, warmup)
    return _row("ours", stats, len(data), target=target, content=check_content(data, reference))


def bench_render_text(document: Any, iterations: int, warmup: int) -> dict[str, Any]:
    """``render_text(document)``: the plain-text writer, for scale."""
    import vnadmin_docs

    stats, text = measure(lambda: vnadmin_docs.render_text(document), iterations, warmup)
    return _row("render_text", stats, len(text.encode("utf-8")), target="str")


def bench_docxtpl(
    template: Path, context: dict[str, Any], iterations: int, warmup: int, reference: str
) -> dict[str, Any]:
    """docxtpl: ``DocxTemplate(path)`` + ``render(context)`` + ``save(BytesIO)`` each time."""
    try:
        import docxtpl  # noqa: F401
    except ImportError:
        return _unavailable("docxtpl", "docxtpl not installed (pip install -e .[dev])")
    baselines = _baselines()
    env = baselines.docxtpl_environment()
    stats, data = measure(
        lambda: baselines.render_docxtpl(template, context, env), iterations, warmup
    )
    return _row("docxtpl", stats, len(data), content=check_content(data, reference))


def bench_python_docx(
    context: dict[str, Any], iterations: int, warmup: int, reference: str
) -> dict[str, Any]:
    """python-docx: ``Document()``, the layout through the public API, ``save(BytesIO)``."""
    baselines = _baselines()
    stats, data = measure(lambda: baselines.build_python_docx(context), iterations, warmup)
    return _row("python_docx", stats, len(data), content=check_content(data, reference))


# --------------------------------------------------------------------------- the run


def environment() -> dict[str, Any]:
    """Python, platform, library versions and CPU count of this run."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("vnadmin-docs", "python-docx", "docxtpl", "lxml", "Jinja2", "pydantic"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = None
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "cpu_usable": len(affinity(0)) if affinity else None,
        "versions": versions,
    }


def _target(value: float | None, target: float, better: str) -> dict[str, Any]:
    if value is None:
        status = "n/a"
    elif better == "higher":
        status = "PASS" if value >= target else "MISS"
    else:
        status = "PASS" if value < target else "MISS"
    return {"value": value, "target": target, "status": status}


def run(
    quick: bool = False,
    *,
    iterations: int | None = None,
    other_iterations: int | None = None,
    warmup: int | None = None,
    example: str | Path | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Measure every contender in one run and return the numbers.

    Args:
        quick: few iterations (a smoke run) instead of the full counts.
        iterations: override the iterations of ours and ``render_text``.
        other_iterations: override the iterations of docxtpl and python-docx.
        warmup: override the untimed warm-up calls of every contender.
        example: the YAML to render (default: the Kon Tum example of this repository).
        progress: called with a short message before each contender (e.g. ``print``).
    """
    import vnadmin_docs

    counts = dict(QUICK if quick else FULL)
    if iterations is not None:
        counts["ours"] = iterations
    if other_iterations is not None:
        counts["others"] = other_iterations
    if warmup is not None:
        counts["warmup"] = warmup
    say = progress or (lambda _message: None)

    path = Path(example) if example is not None else EXAMPLE
    if example is None and not path.is_file():  # installed without the source tree
        from vnadmin_docs.examples import example_dir

        path = example_dir("kontum_2452") / "kontum_2452.yaml"
    document = vnadmin_docs.load(path)
    reference = vnadmin_docs.render_text(document)  # only to check the outputs' words
    baselines = _baselines()

    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="vnadmin-bench-") as tmp:
        workdir = Path(tmp)
        start = time.perf_counter()
        context = baselines.build_context(document)
        context_ms = (time.perf_counter() - start) * 1000
        template = baselines.build_docxtpl_template(workdir / "kontum_2452_template.docx")

        say("ours (render_docx)")
        results["ours"] = bench_ours(document, counts["ours"], counts["warmup"], reference, workdir)
        say("render_text")
        results["render_text"] = bench_render_text(document, counts["ours"], counts["warmup"])
        say("docxtpl")
        results["docxtpl"] = bench_docxtpl(
            template, context, counts["others"], counts["warmup"], reference
        )
        say("python-docx")
        results["python_docx"] = bench_python_docx(
            context, counts["others"], counts["warmup"], reference
        )

    ours = results["ours"]
    ratios: dict[str, float | None] = {}
    for name in ("docxtpl", "python_docx"):
        other = results[name]
        ratios[name] = (
            other["median_ms"] / ours["median_ms"]
            if ours["available"] and other["available"] and ours["median_ms"] > 0
            else None
        )
    targets = {
        "docxtpl_speedup": _target(ratios["docxtpl"], TARGET_SPEEDUP["docxtpl"], "higher"),
        "python_docx_speedup": _target(
            ratios["python_docx"], TARGET_SPEEDUP["python_docx"], "higher"
        ),
        "ours_size_kb": _target(
            ours["size_kb"] if ours["available"] else None, TARGET_SIZE_KB, "lower"
        ),
    }
    return {
        "example": str(path),
        "quick": quick,
        "counts": counts,
        "environment": environment(),
        "context_ms": context_ms,
        "results": results,
        "ratios": {"docxtpl/ours": ratios["docxtpl"], "python-docx/ours": ratios["python_docx"]},
        "targets": targets,
    }


# --------------------------------------------------------------------------- the report


def _content_cell(row: dict[str, Any]) -> str:
    content = row.get("content")
    if content is None:
        return "-"
    if content["ok"]:
        return f"ok ({content['words']} words)"
    missing_phrases = [p for p, found in content["phrases"].items() if not found]
    parts = []
    if content["missing"]:
        parts.append(f"{len(content['missing'])} words missing")
    if content["extra"]:
        parts.append(f"{len(content['extra'])} extra")
    if missing_phrases:
        parts.append("no " + ", ".join(repr(p) for p in missing_phrases))
    return "; ".join(parts)


def format_report(report: dict[str, Any]) -> str:
    """The results as the printed table, ratios and targets."""
    env = report["environment"]
    versions = ", ".join(f"{name} {v or 'missing'}" for name, v in env["versions"].items())
    usable = env["cpu_usable"]
    cpus = f"{env['cpu_count']}" + (f" ({usable} usable)" if usable is not None else "")
    counts = report["counts"]
    lines = [
        f"Render benchmark: {Path(report['example']).name}"
        + (" (quick)" if report["quick"] else ""),
        f"Python {env['python']} ({env['implementation']}) on {env['platform']}; CPUs: {cpus}",
        f"Versions: {versions}",
        f"Iterations: {counts['ours']} for ours and render_text, {counts['others']} for the "
        f"baselines, after {counts['warmup']} warm-up call(s) each; times per document.",
        "",
    ]
    header = ("contender", "median ms", "min ms", "n", "size KB", "vs ours", "content")
    rows: list[tuple[str, ...]] = []
    notes: dict[int, str] = {}
    ratios = {"docxtpl": "docxtpl/ours", "python_docx": "python-docx/ours"}
    for name, row in report["results"].items():
        if not row["available"]:
            notes[len(rows)] = row["note"]
            rows.append((row["label"], "", "", "", "", "", ""))
            continue
        ratio = report["ratios"].get(ratios.get(name, ""))
        size = f"{row['size_kb']:.1f}" + (" (text)" if name == "render_text" else "")
        rows.append(
            (
                row["label"],
                f"{row['median_ms']:.3f}",
                f"{row['min_ms']:.3f}",
                str(row["iterations"]),
                size,
                f"{ratio:.1f}x" if ratio is not None else ("1.0x" if name == "ours" else "-"),
                _content_cell(row),
            )
        )
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        padded = [cells[0].ljust(widths[0])]
        padded += [cell.rjust(width) for cell, width in zip(cells[1:6], widths[1:6], strict=True)]
        return "  ".join([*padded, cells[6]]).rstrip()

    lines += [line(header), line(tuple("-" * width for width in widths))]
    for i, row_cells in enumerate(rows):
        if i in notes:  # an unavailable contender: its note instead of numbers
            lines.append(f"{row_cells[0].ljust(widths[0])}  {notes[i]}")
        else:
            lines.append(line(row_cells))
    lines.append("")
    lines.append(
        f"(docxtpl's context is built once, untimed: {report['context_ms']:.3f} ms; "
        "python-docx uses the same context.)"
    )
    lines.append("")
    lines.append("Targets:")
    targets = report["targets"]
    for key, text in (
        ("docxtpl_speedup", "docxtpl / ours     >= {target:.0f}x"),
        ("python_docx_speedup", "python-docx / ours >= {target:.0f}x"),
        ("ours_size_kb", "our .docx size     < {target:.0f} KB"),
    ):
        target = targets[key]
        value = target["value"]
        if value is None:
            shown = "n/a (render_docx not measured)"
        elif key == "ours_size_kb":
            shown = f"{value:.1f} KB"
        else:
            shown = f"{value:.1f}x"
        label = text.format(target=target["target"])
        lines.append(f"  {label:<28} {shown:<32} {target['status']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time our DOCX writer against docxtpl and python-docx on the Kon Tum example."
    )
    parser.add_argument("--quick", action="store_true", help="a few iterations: a smoke run")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also save the results as JSON")
    args = parser.parse_args(argv)

    report = run(args.quick, progress=lambda name: print(f"timing {name}…", file=sys.stderr))
    print(format_report(report))
    from benchmarks.check import format_checks, format_scale, run_checks, run_scale

    checks = run_checks(args.quick)
    report["validation"] = checks
    print()
    print(format_checks(checks))
    print("timing the 1,000,000-paragraph file and long renders…", file=sys.stderr)
    scale = run_scale(args.quick)
    report["scale"] = scale
    print()
    print(format_scale(scale))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"\nResults saved to {args.json}")
    return 0  # a benchmark, not a test: a missed target is reported, never an error


if __name__ == "__main__":
    sys.exit(main())
