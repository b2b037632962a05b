"""Readers (đọc văn bản): real documents back into the model.

``read(path)`` takes a .docx (any Word or LibreOffice file) or a plain-text file laid out
like the reference text, and returns a :class:`Reading`: the document model, how sure the
reader is of each component, and notes on everything it converted or could not place.
Nothing is dropped silently: text that is not recognised stays in the body, and a note says
so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from vnadmin_docs.models.documents import Document
from vnadmin_docs.ooxml.read import Limits

__all__ = ["Reading", "read"]


@dataclass(slots=True)
class Reading:
    """The result of reading a document (kết quả đọc văn bản)."""

    document: Document
    """The document model."""
    source: str
    """The file read, or ``text``."""
    confidence: dict[str, float] = field(default_factory=dict)
    """Component key (``agency``, ``number``, …) → confidence from 0 to 1."""
    notes: list[str] = field(default_factory=list)
    """What was converted (legacy encodings, NFD), guessed, or left in the body."""


def read(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes],
    *,
    fmt: str | None = None,
    limits: Limits | None = None,
) -> Reading:
    """Read a document file into the model (đọc văn bản): a .docx or a plain-text file.

    Args:
        source: a path, bytes or a binary stream.
        fmt: ``"docx"`` or ``"text"``; by default from the file's extension, else from its
            first bytes (a zip is a .docx).
        limits: the budgets reading may use (:class:`~vnadmin_docs.Limits`); by default
            :data:`~vnadmin_docs.ooxml.read.LIMITS`.

    Raises:
        InputError: ``source`` is neither a path, nor bytes, nor a binary stream.
        ReadError: the file cannot be read, or a component every document has is missing.
        UnsafeDocumentError: the file is hostile (zip bomb, entities, path traversal, …).
        BudgetExceededError: the file asks for more work than a budget of ``limits`` allows.
        UnsupportedDocumentType: not one of the administrative types of Decree 30/2020.
    """
    from vnadmin_docs.errors import ReadError
    from vnadmin_docs.ooxml.read import LIMITS, read_source_bytes
    from vnadmin_docs.read.docx import read_docx_document
    from vnadmin_docs.read.text import read_text

    limits = limits or LIMITS
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        suffix = path.suffix.lower()
        if fmt is None and suffix == ".doc":
            raise ReadError(f"{path}: a Word 97–2003 .doc; save it as .docx first")
        if fmt is None and suffix in (".txt", ".md"):
            fmt = "text"
    data, label = read_source_bytes(source, limits)
    if fmt is None:
        fmt = "docx" if data[:2] == b"PK" or data[:4] == b"\xd0\xcf\x11\xe0" else "text"
    if fmt == "docx":
        reading = read_docx_document(data, limits=limits, label=label)
        reading.source = label
        return reading
    if fmt != "text":
        raise ReadError(f"{label}: unknown format {fmt!r}; use 'docx' or 'text'")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"{label}: not UTF-8 text ({error.reason})") from None
    _check_text(text, label, limits)
    return read_text(text, source=label)


def _check_text(text: str, label: str, limits: Limits) -> None:
    """Refuse a plain text over the character or paragraph budget, before it is parsed."""
    from vnadmin_docs.errors import BudgetExceededError

    lines = text.count("\n") + 1
    for budget, count, what in (("characters", len(text), "characters of text"),
                                ("paragraphs", lines, "lines (paragraphs)")):  # fmt: skip
        limit = getattr(limits, budget)
        if count > limit:
            raise BudgetExceededError(
                f"{label}: more than {limit:,} {what} (budget {budget!r}); raise "
                f"vnadmin_docs.Limits({budget}=…) to read it",
                budget=budget,
                limit=limit,
            )
