"""Exceptions of vnadmin_docs, one tree (lỗi).

Invalid *model data* raises pydantic's :class:`pydantic.ValidationError`, which names the
field and the rule. Everything else the library raises derives from :class:`VnadminError`::

    VnadminError
    ├── InputError              a file or value we were given cannot be used
    │   └── UnsupportedDocumentType   a document type the library cannot build yet
    ├── RenderError             a document could not be written
    └── MissingDependencyError  an optional extra or external program is not installed

Every message names the file or field and the rule, in English, with the Vietnamese term.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "MissingDependencyError",
    "RenderError",
    "UnsupportedDocumentType",
    "VnadminError",
]


class VnadminError(Exception):
    """Base class of every error raised by vnadmin_docs (except pydantic's ValidationError)."""


class InputError(VnadminError):
    """A file or value given to the library cannot be used (dữ liệu đầu vào không hợp lệ)."""


class UnsupportedDocumentType(InputError):
    """The document type (tên loại văn bản) is known to Decree 30 but not built by us yet."""


class RenderError(VnadminError):
    """A document could not be rendered or written (lỗi kết xuất văn bản)."""


class MissingDependencyError(VnadminError):
    """An optional extra or an external program (e.g. LibreOffice) is not installed."""
