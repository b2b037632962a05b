"""Exceptions of vnadmin_docs, one tree (lỗi).

Invalid *model data* raises pydantic's :class:`pydantic.ValidationError`, which names the
field and the rule. Everything else the library raises derives from :class:`VnadminError`::

    VnadminError
    ├── InputError              a file or value we were given cannot be used
    │   ├── UnsupportedDocumentType   a document type the library cannot build yet
    │   └── ReadError           a .docx (or text) file cannot be read
    │       └── UnsafeDocumentError   it is hostile: a zip bomb, external entities, …
    ├── RenderError             a document could not be written
    └── MissingDependencyError  an optional extra or external program is not installed

Every message names the file or field and the rule, in English, with the Vietnamese term.
"""

from __future__ import annotations

__all__ = [
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
