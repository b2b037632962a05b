"""Helpers for the tests of tools that produce documents (kiểm thử): ``assert_compliant``.

    from vnadmin_docs.testing import assert_compliant

    def test_our_dispatch_follows_decree_30(tmp_path):
        render_our_dispatch(tmp_path / "cv.docx")
        assert_compliant(tmp_path / "cv.docx")

Like ``numpy.testing``, this module is public and meant for pytest (or any test runner).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO

from vnadmin_docs.models.documents import Document
from vnadmin_docs.validate import Report, Severity, validate

__all__ = ["assert_compliant"]


def assert_compliant(
    source: Document | str | os.PathLike[str] | bytes | IO[bytes],
    standard: str | None = None,
    *,
    ignore: Iterable[str] = (),
    warnings: bool = False,
) -> Report:
    """Fail with the list of findings unless ``source`` breaks no rule (kiểm tra đạt chuẩn).

    Args:
        source: a model or a .docx (path, bytes or stream).
        standard: judge by this standard instead of choosing by date.
        ignore: rule codes to leave out (``["PN001"]``).
        warnings: fail on warnings too, not only on errors.

    Returns:
        The report, for further assertions.

    Raises:
        AssertionError: listing every failed rule with its code, message and locator.
    """
    report = validate(source, standard)
    skipped = set(ignore)
    failed = [
        f for f in report.failures
        if f.code not in skipped and (warnings or f.severity is Severity.ERROR)
    ]  # fmt: skip
    if failed:
        lines = [f"{report.source} breaks {len(failed)} rule(s) of {report.standard_title}:"]
        lines += [f"  {f.code} {f.name}: {f.message} ({f.locator})" for f in failed]
        raise AssertionError("\n".join(lines))
    return report
