"""The validator (kiểm tra thể thức): coded rules with legal locators, on models and on .docx.

>>> from vnadmin_docs.examples import kontum_2452
>>> report = validate(kontum_2452())
>>> report.standard
'tt01-2011'
>>> sorted(f.code for f in report.failures)  # the deviations the real document carries
['DS012', 'NB001', 'NB003', 'SG001']
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import IO

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.documents import Document
from vnadmin_docs.ooxml.read import LIMITS, Limits, read_docx, read_source_bytes, source_label
from vnadmin_docs.read.components import recognise
from vnadmin_docs.render.docx import STANDARD_PROPERTY, docx_bytes
from vnadmin_docs.standards import STANDARDS, Standard, for_date, get
from vnadmin_docs.validate import rules as _rules  # noqa: F401  (registers the rules)
from vnadmin_docs.validate.engine import (
    REGISTRY,
    Context,
    Finding,
    Report,
    Rule,
    Severity,
    Status,
)
from vnadmin_docs.vietnamese import parse_date

__all__ = [
    "REGISTRY",
    "Finding",
    "Report",
    "Rule",
    "Severity",
    "Status",
    "choose_standard",
    "validate",
]


def choose_standard(
    named: str | Standard | None, recorded: str | None, day: date | None
) -> tuple[Standard, str]:
    """Choose the standard to judge by, and say why.

    The caller's choice wins; then the standard our renderer recorded in the file; then the
    document's date (before 05/03/2020: Circular 01/2011; from that day: Decree 30/2020);
    without a date, the standard in force.
    """
    if named is not None:
        table = get(named)
        return table, "named by the caller"
    if recorded in STANDARDS:
        return STANDARDS[recorded], f"recorded in the file's properties ({STANDARD_PROPERTY})"
    if day is not None:
        table = for_date(day)
        return table, (
            f"dated {day:%d/%m/%Y}, when {table.title} was in force "
            f"(from {table.effective_from:%d/%m/%Y})"
        )
    return get(), "no date found; judged by the standard in force"


def _run(ctx: Context) -> list[Finding]:
    return [rule_class().run(ctx) for rule_class in REGISTRY.values()]


def validate(
    source: Document | str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes],
    standard: str | Standard | None = None,
    *,
    limits: Limits | None = None,
) -> Report:
    """Check a document model or a .docx file against the standard (kiểm tra thể thức).

    Args:
        source: a model, or a .docx as a path, bytes or binary stream.
        standard: ``"nd30-2020"`` or ``"tt01-2011"``; by default chosen from the file's
            recorded standard or the document's date (see :func:`choose_standard`).
        limits: the budgets reading the file may use (:class:`~vnadmin_docs.Limits`); by
            default :data:`~vnadmin_docs.ooxml.read.LIMITS`. See "Hostile and broken
            files" in ``docs/read.md``.

    Returns:
        A :class:`Report` with one finding per rule: pass, fail or not evaluated.

    Raises:
        InputError: an unknown standard name, or a source of no type it takes.
        ReadError: the file cannot be read (not a .docx, damaged, hostile).
        BudgetExceededError: the file asks for more work than a budget of ``limits``
            allows (a subclass of ReadError).
    """
    limits = limits or LIMITS
    try:
        if standard is not None:
            get(standard)
    except ValueError as error:
        raise InputError(str(error)) from None
    if isinstance(source, Document):
        table, reason = choose_standard(standard, None, source.date)
        data = docx_bytes(source, table)
        info = read_docx(data, limits=limits)
        label = f"{source.type.vietnamese_name} {source.number.value}"
        layout = recognise(info, source.type)
        ctx = Context(info, layout, table, source, source.type, source.date, label, data, limits)
    else:
        label = source_label(source)
        data, _ = read_source_bytes(source, limits)
        info = read_docx(data, limits=limits, label=label)
        layout = recognise(info)
        day = parse_date(layout.place_date.visible_text) if layout.place_date else None
        table, reason = choose_standard(
            standard, info.custom_properties.get(STANDARD_PROPERTY), day
        )
        ctx = Context(info, layout, table, None, layout.doc_type, day, label, data, limits)
    if isinstance(source, str | os.PathLike):
        label = Path(source).name
    return Report(label, table.id, table.title, reason, _run(ctx))
