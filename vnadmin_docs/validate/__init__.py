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
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.components import PartialDate
from vnadmin_docs.models.documents import Document
from vnadmin_docs.ooxml.read import LIMITS, Limits, read_docx, read_source_bytes, source_label
from vnadmin_docs.read.components import recognise
from vnadmin_docs.render.docx import STANDARD_PROPERTY, docx_bytes
from vnadmin_docs.standards import (
    STANDARDS,
    Standard,
    by_start,
    date_span,
    for_date,
    get,
    standards_between,
    unheld_between,
)
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
from vnadmin_docs.vietnamese import format_short_date, parse_issue_date

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


@dataclass(frozen=True, slots=True)
class _Choice:
    """The standard to judge by, why, and whether only for reference (tham khảo)."""

    table: Standard
    reason: str
    for_reference: bool = False
    """No table applies on the document's date: failures are information only."""


def _in_force(table: Standard) -> str:
    """When a table was in force, its true first and last days: ``from 05/03/2011 to …``."""
    start = format_short_date(table.effective_from)
    if table.effective_to is None:
        return f"from {start}"
    return f"from {start} to {format_short_date(table.effective_to - timedelta(days=1))}"


def _blanks(day: date | PartialDate) -> str:
    """`` (the day left blank)`` for a partial date; nothing for a complete one."""
    if isinstance(day, date):
        return ""
    return f" (the {' and '.join(day.blanks)} left blank)"


def _by_date(day: date | PartialDate) -> _Choice:
    """The table for a date, complete or partial, and a reason that is true of it.

    Written over :data:`~vnadmin_docs.standards.STANDARDS` and each table's
    ``effective_from`` and ``effective_to``, whatever tables there are.
    """
    table = for_date(day)
    first, last = date_span(day)
    tables = standards_between(first, last)
    earliest = by_start()[0]
    when = f"{format_short_date(day)}{_blanks(day)}"
    if not tables:
        unheld = unheld_between(first, last)
        if unheld is not None:
            return _Choice(table, (
                f"dated {when}: {unheld.title} governed that date (signed "
                f"{format_short_date(unheld.signed)}, replaced on "
                f"{format_short_date(unheld.effective_to)}) and no table of it is held: judged "
                f"for reference by {table.title} ({_in_force(table)}), every failure reported "
                "as information"
            ), for_reference=True)  # fmt: skip
        if last < earliest.effective_from:
            return _Choice(table, (
                f"dated {when}: no standard table applies on that date (the earliest, "
                f"{earliest.title}, in force {_in_force(earliest)}): judged for reference "
                "by it, every failure reported as information"
            ), for_reference=True)  # fmt: skip
        return _Choice(table, (
            f"dated {when}: no standard table applies on that date: judged for reference by "
            f"{table.title} ({_in_force(table)}), every failure reported as information"
        ), for_reference=True)  # fmt: skip
    before = first < earliest.effective_from
    if len(tables) == 1 and not before:
        return _Choice(table, f"dated {when}, when {table.title} was in force ({_in_force(table)})")
    unheld = unheld_between(first, earliest.effective_from - timedelta(days=1))
    held_before = f"under {unheld.title} (no table held)" if unheld else "before any standard table"
    options = ([held_before] if before else []) + [
        f"under {option.title} ({_in_force(option)})" for option in tables
    ]
    may = " or ".join([", ".join(options[:-1]), options[-1]] if len(options) > 2 else options)
    return _Choice(table, (
        f"dated {format_short_date(day)}, an incomplete date{_blanks(day)} that may fall "
        f"{may}: judged by the later, {table.title}"
    ))  # fmt: skip


def _choose(
    named: str | Standard | None, recorded: str | None, day: date | PartialDate | None
) -> _Choice:
    if named is not None:
        return _Choice(get(named), "named by the caller")
    if recorded in STANDARDS:
        return _Choice(
            STANDARDS[recorded], f"recorded in the file's properties ({STANDARD_PROPERTY})"
        )
    if day is not None:
        return _by_date(day)
    return _Choice(get(), "no date found; judged by the standard in force")


def choose_standard(
    named: str | Standard | None, recorded: str | None, day: date | PartialDate | None
) -> tuple[Standard, str]:
    """Choose the standard to judge by, and say why.

    The caller's choice wins; then the standard our renderer recorded in the file; then the
    document's date: the table in force that day (:func:`~vnadmin_docs.standards.for_date`).
    A partial date (a draft's blank day or month) picks the table in force on every day it
    may mean, or, when it straddles two tables, the later, and the reason says it is
    incomplete and which tables it may fall under. A date before every table is judged by
    the earliest for reference only (:func:`validate` reports every failure as
    information). Without a date, the standard in force.
    """
    choice = _choose(named, recorded, day)
    return choice.table, choice.reason


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
        choice = _choose(standard, None, source.date)
        table = choice.table
        data = docx_bytes(source, table)
        info = read_docx(data, limits=limits)
        label = f"{source.type.vietnamese_name} {source.number.value}"
        layout = recognise(info, source.type)
        day = source.date
    else:
        label = source_label(source)
        data, _ = read_source_bytes(source, limits)
        info = read_docx(data, limits=limits, label=label)
        layout = recognise(info)
        day = parse_issue_date(layout.place_date.visible_text) if layout.place_date else None
        choice = _choose(standard, info.custom_properties.get(STANDARD_PROPERTY), day)
        table = choice.table
    model = source if isinstance(source, Document) else None
    kind = source.type if isinstance(source, Document) else layout.doc_type
    complete = day if isinstance(day, date) else None  # a partial date is judged on the line
    ctx = Context(info, layout, table, model, kind, complete, label, data, limits)
    findings = _run(ctx)
    if choice.for_reference:  # no table applies on the date: nothing is a breach
        findings = [replace(finding, severity=Severity.INFO) for finding in findings]
    if isinstance(source, str | os.PathLike):
        label = Path(source).name
    return Report(label, table.id, table.title, choice.reason, findings)
