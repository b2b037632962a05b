"""The benchmark stays runnable (a smoke run; the timings themselves are not asserted)."""

from __future__ import annotations

from benchmarks.run import format_report, run


def test_benchmark_runs_and_every_contender_makes_the_same_text():
    report = run(quick=True, iterations=2, other_iterations=1, warmup=0)
    text = format_report(report)
    assert "vnadmin_docs.render_docx" in text and "docxtpl" in text and "python-docx" in text
    assert text.count("ok (") >= 3  # each .docx holds every word of the example
