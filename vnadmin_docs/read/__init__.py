"""Readers (đọc văn bản): real documents back into the model.

``read(path)`` takes a .docx (any Word or LibreOffice file) or a plain-text file laid out
like the reference text, and returns a :class:`Reading`: the document model, how sure the
reader is of each component, and notes on everything it converted or could not place.
Nothing is dropped silently: text that is not recognised stays in the body, and a note says
so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vnadmin_docs.models.documents import Document

__all__ = ["Reading"]


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
