"""Load and save documents as YAML or JSON (đọc, ghi tệp dữ liệu), and export JSON Schema.

JSON needs nothing beyond the core dependencies; YAML needs the ``yaml`` extra
(``pip install "vnadmin-docs[yaml]"``). Dates stay strings in YAML (``2018-10-01`` and
``01/10/2018`` both work) so that the model, not the YAML parser, judges them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pydantic import TypeAdapter

from vnadmin_docs.errors import InputError, MissingDependencyError, UnsupportedDocumentType
from vnadmin_docs.models.documents import Document, DocumentType, OfficialDispatch, TypedDocument

__all__ = [
    "DOCUMENT_CLASSES",
    "atomic_write",
    "document_from_data",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
]

DOCUMENT_CLASSES: dict[DocumentType, type[Document]] = {
    doc_type: OfficialDispatch if doc_type is DocumentType.CONG_VAN else TypedDocument
    for doc_type in DocumentType
}
"""The document classes built so far, by type (tên loại)."""

_TYPE_KEYS = ("type", "loai")


def _type_of(value: object) -> DocumentType:
    try:
        return DocumentType(value)
    except ValueError:
        return {t.vietnamese_name.casefold(): t for t in DocumentType}[str(value).casefold()]


def document_class(type_value: object) -> type[Document]:
    """Return the model class for a document type given as enum, key or Vietnamese name."""
    try:
        doc_type = DocumentType(type_value)
    except ValueError:
        by_title = {t.vietnamese_name.casefold(): t for t in DocumentType}
        found = by_title.get(str(type_value).casefold()) if isinstance(type_value, str) else None
        if found is None:
            keys = ", ".join(t.value for t in DocumentType)
            raise InputError(
                f"unknown document type (tên loại văn bản) {type_value!r}; expected one of: {keys}"
            ) from None
        doc_type = found
    cls = DOCUMENT_CLASSES.get(doc_type)
    if cls is None:
        built = ", ".join(t.value for t in DOCUMENT_CLASSES)
        raise UnsupportedDocumentType(
            f"document type {doc_type.value!r} ({doc_type.vietnamese_name}) is not built yet; "
            f"supported: {built}"
        )
    return cls


def document_from_data(data: object, *, source: str = "input") -> Document:
    """Build the right document class from a mapping (as read from YAML or JSON).

    Raises:
        InputError: ``data`` is not a mapping, or names no or an unknown type.
        pydantic.ValidationError: a field breaks a rule of the model.
    """
    if not isinstance(data, Mapping):
        raise InputError(
            f"{source}: a document must be a mapping of fields (type, agency, number, …), "
            f"not {type(data).__name__}"
        )
    type_value = next((data[key] for key in _TYPE_KEYS if key in data), None)
    if type_value is None:
        raise InputError(f"{source}: missing 'type' (tên loại văn bản), e.g. 'type: cong_van'")
    cls = document_class(type_value)
    fields = {key: value for key, value in data.items() if key not in _TYPE_KEYS}
    doc_type = type_value if isinstance(type_value, DocumentType) else _type_of(type_value)
    return cls.model_validate({**fields, "type": doc_type})


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - exercised by the missing-extra test
        raise MissingDependencyError(
            'YAML needs PyYAML: pip install "vnadmin-docs[yaml]" (or use JSON)'
        ) from None
    return yaml


def _yaml_loader() -> Any:
    yaml = _yaml()

    class Loader(yaml.SafeLoader):  # type: ignore[misc, name-defined]
        """SafeLoader that leaves dates as strings for the model to judge."""

    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    raise InputError(f"{path}: unknown file type {suffix!r}; use .yaml, .yml or .json")


def loads(text: str, fmt: str = "yaml", *, source: str = "input") -> Document:
    """Parse a document from YAML or JSON text."""
    try:
        if fmt == "json":
            data = json.loads(text)
        else:
            yaml = _yaml()
            data = yaml.load(text, Loader=_yaml_loader())
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: not valid JSON: {error}") from None
    except MissingDependencyError:
        raise
    except Exception as error:  # yaml.YAMLError and its kin
        if type(error).__module__.startswith("yaml"):
            raise InputError(f"{source}: not valid YAML: {error}") from None
        raise
    return document_from_data(data, source=source)


def load(path: str | os.PathLike[str], fmt: str | None = None) -> Document:
    """Load a document from a YAML or JSON file (the format follows the extension).

    Raises:
        InputError: the file is missing, unreadable, not YAML/JSON or not a document.
        pydantic.ValidationError: a field breaks a rule of the model.
    """
    file = Path(path)
    kind = _format_of(file, fmt)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{file}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror})") from None
    return loads(text, kind, source=str(file))


def _plain(document: Document) -> dict[str, Any]:
    return document.model_dump(mode="json", exclude_defaults=True) | {"type": document.type.value}


def _ordered(document: Document) -> dict[str, Any]:
    data = _plain(document)
    return {"type": data.pop("type"), **data}


def dumps(document: Document, fmt: str = "yaml") -> str:
    """Serialise a document to YAML or JSON text (fields at their defaults are left out)."""
    data = _ordered(document)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    yaml = _yaml()
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success rename it over ``path``.

    An error inside the block removes the temporary file and leaves ``path`` untouched, so a
    reader never sees a half-written document.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder {target.parent} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding) as stream:
            yield stream
        # mkstemp makes the file private (0600); give it the mode a new file would have
        # (or keep the mode of the file it replaces)
        os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def dump(document: Document, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Save a document as YAML or JSON (the format follows the extension), atomically."""
    file = Path(path)
    text = dumps(document, _format_of(file, fmt))
    with atomic_write(file, "w") as stream:
        stream.write(text)


def json_schema(doc_type: DocumentType | str = DocumentType.CONG_VAN) -> dict[str, Any]:
    """Return the JSON Schema of a document type's input, for tools in other languages."""
    cls = document_class(doc_type)
    schema = TypeAdapter(cls).json_schema(mode="validation")
    if cls is TypedDocument:
        schema["properties"]["type"] = {"const": _type_of(doc_type).value}
    return schema
