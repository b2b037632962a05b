"""Exceptions of vnadmin_docs, one tree (lỗi).

Invalid *model data* raises pydantic's :class:`pydantic.ValidationError`, which names the
field and the rule. Everything else the library raises derives from :class:`VnadminError`::

    VnadminError
    ├── InputError              a file or value we were given cannot be used
    │   ├── UnsupportedDocumentType   a document type the library cannot build yet
    │   └── ReadError           a .docx (or text) file cannot be read
    │       └── UnsafeDocumentError   it is hostile: a zip bomb, external entities, …
    │           └── BudgetExceededError  it asks for more work than a budget allows
    ├── RenderError             a document could not be written
    └── MissingDependencyError  an optional extra or external program is not installed

Every message names the file or field and the rule, in English, with the Vietnamese term.
"""

from __future__ import annotations

__all__ = [
    "BudgetExceededError",
    "InputError",
    "MissingDependencyError",
    "ReadError",
    "RenderError",
    "UnsafeDocumentError",
    "UnsupportedDocumentType",
    "VnadminError",
]


class VnadminError(Exception):
    """Base class of every error raised by vnadmin_docs (except pydantic's ValidationError)."""


class InputError(VnadminError):
    """A file or value given to the library cannot be used (dữ liệu đầu vào không hợp lệ)."""


class UnsupportedDocumentType(InputError):
    """The document type (tên loại văn bản) is known to Decree 30 but not built by us yet."""


class ReadError(InputError):
    """A document file cannot be read (không đọc được tệp văn bản): not a .docx, broken."""


class UnsafeDocumentError(ReadError):
    """A document file is hostile (tệp không an toàn): zip bomb, entities, path traversal."""


class RenderError(VnadminError):
    """A document could not be rendered or written (lỗi kết xuất văn bản)."""


class MissingDependencyError(VnadminError):
    """An optional extra or an external program (e.g. LibreOffice) is not installed."""


class BudgetExceededError(UnsafeDocumentError):
    """Reading or checking stopped at a work budget (vượt giới hạn xử lý).

    Raised when a document asks for more work than a budget of
    :class:`vnadmin_docs.Limits` allows: paragraphs, runs, table cells, characters, nesting
    depth or seconds. ``budget`` names the budget (the field of ``Limits``) and ``limit``
    its value, so a caller can raise it and try again.
    """

    def __init__(self, message: str, *, budget: str, limit: float) -> None:
        super().__init__(message)
        self.budget = budget
        self.limit = limit
