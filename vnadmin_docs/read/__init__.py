"""Readers (đọc văn bản): real documents back into the model.

``read(path)`` takes a .docx (any Word or LibreOffice file), a plain-text file (the layout
:func:`~vnadmin_docs.render_text` writes, or real text from Word, LibreOffice or a portal) or
an HTML page, and returns a :class:`Reading`: the document model, how sure the reader is of
each component, and notes on everything it converted or could not place.
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
from vnadmin_docs.read.notes import Note, in_language

__all__ = ["Note", "Reading", "read"]


@dataclass(slots=True)
class Reading:
    """The result of reading a document (kết quả đọc văn bản)."""

    document: Document
    """The document model."""
    source: str
    """The file read, or ``text``."""
    confidence: dict[str, float] = field(default_factory=dict)
    """Component key (``agency``, ``number``, …) → confidence from 0 to 1."""
    notes: list[Note] = field(default_factory=list)
    """What was converted (legacy encodings, NFD), guessed, or left in the body.

    Each note is a :class:`~vnadmin_docs.read.notes.Note`: a ``str`` holding the English
    text that carries its Vietnamese in ``note.vi``; :meth:`notes_in` gives them in either
    language.
    """

    def notes_in(self, lang: str = "en") -> list[str]:
        """The notes in ``"en"`` or ``"vi"`` (ghi chú khi đọc, theo ngôn ngữ).

        >>> from vnadmin_docs.read import read
        >>> from vnadmin_docs.examples import kontum_2452
        >>> from vnadmin_docs.render.text import render_text
        >>> reading = read(render_text(kontum_2452()).encode())
        >>> reading.notes_in("vi") == [note.vi for note in reading.notes]
        True
        """
        return in_language(self.notes, lang)


def read(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes],
    *,
    fmt: str | None = None,
    limits: Limits | None = None,
) -> Reading:
    """Read a document file into the model (đọc văn bản): a .docx, plain text or HTML.

    Plain text is first read as the layout :func:`~vnadmin_docs.render_text` writes (so our
    own text reads back exactly); text in another layout (exported by Word or LibreOffice,
    copied from a portal) is then read by :mod:`vnadmin_docs.read.plain`.

    Args:
        source: a path, bytes or a binary stream.
        fmt: ``"docx"``, ``"text"`` or ``"html"``; by default from the file's extension, else
            from its first bytes (a zip is a .docx, ``<!DOCTYPE html``/``<html`` a page).
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
    from vnadmin_docs.read.html import looks_like_html, read_html

    limits = limits or LIMITS
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        suffix = path.suffix.lower()
        if fmt is None and suffix == ".doc":
            raise ReadError(f"{path}: a Word 97–2003 .doc; save it as .docx first")
        if fmt is None and suffix in (".txt", ".md"):
            fmt = "text"
        if fmt is None and suffix in (".html", ".htm", ".xhtml"):
            fmt = "html"
    data, label = read_source_bytes(source, limits)
    if fmt is None:
        if data[:2] == b"PK" or data[:4] == b"\xd0\xcf\x11\xe0":
            fmt = "docx"
        else:
            fmt = "html" if looks_like_html(data) else "text"
    if fmt == "docx":
        reading = read_docx_document(data, limits=limits, label=label)
        reading.source = label
        return reading
    if fmt == "html":
        return read_html(data, source=label, limits=limits)
    if fmt != "text":
        raise ReadError(f"{label}: unknown format {fmt!r}; use 'docx', 'text' or 'html'")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"{label}: not UTF-8 text ({error.reason})") from None
    _check_text(text, label, limits)
    return _read_any_text(text, label)


def _read_any_text(text: str, label: str) -> Reading:
    """Our own layout first (it reads back exactly), then real text (Word, LibreOffice, portal).

    When neither reads it, the real-text reader's error is raised, the first one's reason
    added to its message.
    """
    from vnadmin_docs.errors import ReadError, UnsafeDocumentError
    from vnadmin_docs.read.plain import read_plain
    from vnadmin_docs.read.text import read_text

    try:
        return read_text(text, source=label)
    except UnsafeDocumentError:
        raise
    except ReadError as ours:
        try:
            return read_plain(text, source=label)
        except UnsafeDocumentError:
            raise
        except ReadError as real:
            first = str(ours).removeprefix(f"{label}: ")
            raise type(real)(f"{real}; read in the layout render_text writes: {first}") from None


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
