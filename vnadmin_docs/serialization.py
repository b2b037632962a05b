"""Load and save documents as YAML or JSON (đọc, ghi tệp dữ liệu), and export JSON Schema.

JSON needs nothing beyond the core dependencies; YAML needs the ``yaml`` extra
(``pip install "vnadmin-docs[yaml]"``). Dates stay strings in YAML (``2018-10-01`` and
``01/10/2018`` both work) so that the model, not the YAML parser, judges them.

Input is bounded (giới hạn đầu vào) so that every file ends in a document or an error, in
bounded time and memory: at most :data:`MAX_TEXT_BYTES` of text, lists and mappings nested
at most :data:`~vnadmin_docs.models.base.MAX_DEPTH` deep, at most
:data:`~vnadmin_docs.models.base.MAX_VALUES` values once YAML aliases are expanded, and at
most :data:`MAX_ALIASES` YAML aliases. Only regular files are read.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from pydantic import TypeAdapter

from vnadmin_docs.errors import (
    InputError,
    MissingDependencyError,
    RenderError,
    UnsupportedDocumentType,
)
from vnadmin_docs.models.base import MAX_DEPTH, MAX_VALUES, measure
from vnadmin_docs.models.documents import Document, DocumentType, OfficialDispatch, TypedDocument
from vnadmin_docs.models.forms import (
    Decision,
    Introduction,
    Invitation,
    LeaveCertificate,
    Minutes,
    Resolution,
    Telegram,
)
from vnadmin_docs.ooxml.read import read_regular_file

__all__ = [
    "DOCUMENT_CLASSES",
    "FORMATS",
    "MAX_ALIASES",
    "MAX_TEXT_BYTES",
    "atomic_write",
    "document_from_data",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "path_argument",
]

DOCUMENT_CLASSES: dict[DocumentType, type[Document]] = {
    **{doc_type: TypedDocument for doc_type in DocumentType},
    DocumentType.CONG_VAN: OfficialDispatch,
    DocumentType.QUYET_DINH: Decision,
    DocumentType.NGHI_QUYET: Resolution,
    DocumentType.CONG_DIEN: Telegram,
    DocumentType.GIAY_MOI: Invitation,
    DocumentType.GIAY_GIOI_THIEU: Introduction,
    DocumentType.GIAY_NGHI_PHEP: LeaveCertificate,
    DocumentType.BIEN_BAN: Minutes,
}
"""The model class of each type (tên loại): a form of its own (Phụ lục III) or the general
văn bản có tên loại (Mẫu 1.4)."""

_TYPE_KEYS = ("type", "loai")

MAX_TEXT_BYTES = 10 * 1024 * 1024
"""The largest YAML or JSON input read (10 MiB): bytes of a file, characters of a string."""

MAX_ALIASES = 100
"""The most YAML aliases (``*name``) a document may use; anchors are rare in documents."""

FORMATS = ("yaml", "json")
"""The text formats of the model (định dạng dữ liệu)."""


def _type_of(value: object) -> DocumentType:
    try:
        return DocumentType(value)
    except ValueError:
        return {t.vietnamese_name.casefold(): t for t in DocumentType}[str(value).casefold()]


def document_class(type_value: object) -> type[Document]:
    """Return the model class for a document type given as enum, key or Vietnamese name."""
    try:
        doc_type = DocumentType(type_value)
    except (ValueError, TypeError):
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
    _check_shape(data, source)
    type_value = next((data[key] for key in _TYPE_KEYS if key in data), None)
    if type_value is None:
        raise InputError(f"{source}: missing 'type' (tên loại văn bản), e.g. 'type: cong_van'")
    cls = document_class(type_value)
    fields = {key: value for key, value in data.items() if key not in _TYPE_KEYS}
    doc_type = type_value if isinstance(type_value, DocumentType) else _type_of(type_value)
    return cls.model_validate({**fields, "type": doc_type})


def _check_shape(data: object, source: str) -> None:
    """Refuse data nested too deeply or too large, before the model sees it."""
    depth, values = measure(data)
    if depth > MAX_DEPTH:
        raise InputError(
            f"{source}: lists and mappings nest more than {MAX_DEPTH} levels deep; "
            f"at most {MAX_DEPTH} are accepted (độ sâu tối đa)"
        )
    if values > MAX_VALUES:
        raise InputError(
            f"{source}: more than {MAX_VALUES:,} values (counting each use of a YAML alias); "
            f"at most {MAX_VALUES:,} are accepted"
        )


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - exercised by the missing-extra test
        raise MissingDependencyError(
            'YAML needs PyYAML: pip install "vnadmin-docs[yaml]" (or use JSON)'
        ) from None
    return yaml


def _yaml_base(yaml: Any) -> Any:
    """The SafeLoader of libyaml where PyYAML was built with it (20× faster), else Python's."""
    return yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


def _yaml_loader() -> Any:
    """The loader: safe (no Python objects), and leaves dates as strings for the model."""
    yaml = _yaml()

    class Loader(_yaml_base(yaml)):  # type: ignore[misc]
        """SafeLoader that leaves dates as strings for the model to judge."""

    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _check_yaml_events(yaml: Any, text: str) -> None:
    """Refuse YAML nested too deeply or with too many aliases, before building anything.

    Only the parser's events are read (no node, no object), so a billion-laughs file is
    refused in the time it takes to read its few hundred bytes.
    """
    loader = _yaml_base(yaml)(text)
    depth = aliases = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise yaml.composer.ComposerError(
                        None,
                        None,
                        f"more than {MAX_ALIASES} aliases (*{event.anchor} and the like); "
                        "write the repeated parts out",
                        event.start_mark,
                    )
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise yaml.composer.ComposerError(
                        None,
                        None,
                        f"lists and mappings nest more than {MAX_DEPTH} levels deep",
                        event.start_mark,
                    )
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                depth -= 1
    finally:
        loader.dispose()


def _where(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


def _describe_yaml_error(error: Exception) -> str:
    """A YAML error on one line: what, then where (PyYAML's own message takes four)."""
    problem = getattr(error, "problem", None)
    mark = getattr(error, "problem_mark", None)
    if problem is None:
        return " ".join(str(error).split())
    message = " ".join(str(problem).split())
    if mark is not None:
        message += f" ({_where(mark)}"
        context, context_mark = (
            getattr(error, "context", None),
            getattr(error, "context_mark", None),
        )
        if context:
            message += f"; {' '.join(str(context).split())}"
            if context_mark is not None:
                message += f" at {_where(context_mark)}"
        message += ")"
    return message


def _check_format(fmt: object, argument: str = "fmt") -> str:
    if not isinstance(fmt, str) or fmt.lower() not in ("yaml", "yml", "json"):
        raise InputError(f"{argument}={fmt!r}: the format is 'yaml' or 'json'")
    return "yaml" if fmt.lower() in ("yaml", "yml") else "json"


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        return _check_format(fmt)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    raise InputError(f"{path}: unknown file type {suffix!r}; use .yaml, .yml or .json")


def _parse(text: str, fmt: str, source: str) -> Any:
    if fmt == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{source}: not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
            ) from None
        except RecursionError:
            raise InputError(
                f"{source}: lists and mappings nest more than {MAX_DEPTH} levels deep; "
                f"at most {MAX_DEPTH} are accepted (độ sâu tối đa)"
            ) from None
        except ValueError as error:  # an integer of more than 4,300 digits
            raise InputError(f"{source}: not valid JSON: {error}") from None
    yaml = _yaml()
    try:
        _check_yaml_events(yaml, text)
        return yaml.load(text, Loader=_yaml_loader())
    except yaml.YAMLError as error:
        raise InputError(f"{source}: not valid YAML: {_describe_yaml_error(error)}") from None
    except RecursionError:
        raise InputError(
            f"{source}: lists and mappings nest more than {MAX_DEPTH} levels deep"
        ) from None
    except (ValueError, TypeError, OverflowError) as error:  # e.g. an int of 5,000 digits
        raise InputError(f"{source}: not valid YAML: {' '.join(str(error).split())}") from None


def loads(text: str, fmt: str = "yaml", *, source: str = "input") -> Document:
    """Parse a document from YAML or JSON text.

    Args:
        text: the YAML or JSON text (a ``str``; decode bytes first).
        fmt: ``"yaml"`` (default) or ``"json"``.
        source: the name used in error messages (a file name).

    Raises:
        InputError: ``text`` is not a string, too large, not YAML/JSON, nested too deeply,
            uses too many YAML aliases, or is not a document.
        pydantic.ValidationError: a field breaks a rule of the model.
    """
    if not isinstance(source, str):
        raise InputError(f"source={source!r}: the source is a name for messages, a str")
    if not isinstance(text, str):
        raise InputError(
            f"{source}: text must be a str, not {type(text).__name__}"
            + ("; decode it (text.decode('utf-8')) or use load() for a file"
               if isinstance(text, bytes | bytearray) else "")
        )  # fmt: skip
    kind = _check_format(fmt)
    if len(text) > MAX_TEXT_BYTES:
        raise InputError(
            f"{source}: {len(text):,} characters; at most {MAX_TEXT_BYTES:,} (10 MiB) are read"
        )
    data = _parse(text.removeprefix("\ufeff"), kind, source)
    return document_from_data(data, source=source)


def path_argument(path: object, function: str, argument: str = "path", *, also: str = "") -> Path:
    """``path`` as a :class:`~pathlib.Path`, or InputError naming the function and argument.

    A path is a non-empty ``str`` or ``os.PathLike`` without NUL; ``also`` names what else
    the argument may be (``"or a binary stream"``) for the message.
    """
    if isinstance(path, str | os.PathLike):
        name = os.fspath(path)
        if isinstance(name, str) and name and "\x00" not in name:
            return Path(name)
    raise InputError(
        f"{function}({argument}={path!r:.80}): {argument} must be a file path "
        f"(str or os.PathLike){' ' + also if also else ''}"
    )


def _read_limited(file: Path) -> bytes:
    """Read a regular file of at most MAX_TEXT_BYTES; refuse FIFOs, devices and folders."""

    def too_big(size: int | None) -> InputError:
        shown = f"{size:,} bytes" if size is not None else f"more than {MAX_TEXT_BYTES:,} bytes"
        return InputError(f"{file}: {shown}; at most {MAX_TEXT_BYTES:,} (10 MiB) are read")

    return read_regular_file(str(file), MAX_TEXT_BYTES, too_big)


def load(path: str | os.PathLike[str], fmt: str | None = None) -> Document:
    """Load a document from a YAML or JSON file (the format follows the extension).

    Only a regular file of at most :data:`MAX_TEXT_BYTES` is read: a folder, a device
    (``/dev/zero``) or a pipe is refused before reading.

    Raises:
        InputError: the file is missing, not a regular file, too large, unreadable, not
            YAML/JSON, nested too deeply, or not a document.
        pydantic.ValidationError: a field breaks a rule of the model.
    """
    file = path_argument(path, "load")
    kind = _format_of(file, fmt)
    data = _read_limited(file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{file}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    return loads(text, kind, source=str(file))


def _plain(document: Document) -> dict[str, Any]:
    return document.model_dump(mode="json", exclude_defaults=True) | {"type": document.type.value}


def _ordered(document: Document) -> dict[str, Any]:
    data = _plain(document)
    return {"type": data.pop("type"), **data}


def _yaml_dumper(yaml: Any) -> Any:
    class Dumper(yaml.SafeDumper):  # type: ignore[misc]
        """SafeDumper that double-quotes strings with U+0085, U+2028 or U+2029.

        YAML reads those as line breaks: in a plain or single-quoted scalar they would
        come back as a space; in double quotes they are written as escapes and kept.
        """

    def represent_str(dumper: Any, data: str) -> Any:
        style = '"' if any(c in data for c in "\x85\u2028\u2029") else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def _check_document(document: object, function: str) -> Document:
    if not isinstance(document, Document):
        raise InputError(
            f"{function}(document={_short_repr(document)}): not a document model; "
            "build one with load(), loads() or the model classes"
        )
    return document


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def dumps(document: Document, fmt: str = "yaml") -> str:
    """Serialise a document to YAML or JSON text (fields at their defaults are left out).

    ``loads(dumps(document, fmt), fmt) == document`` for every document and both formats.

    Raises:
        InputError: ``document`` is not a document model, or ``fmt`` is not yaml or json.
    """
    _check_document(document, "dumps")
    kind = _check_format(fmt)
    data = _ordered(document)
    if kind == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    yaml = _yaml()
    return str(
        yaml.dump(data, Dumper=_yaml_dumper(yaml), allow_unicode=True, sort_keys=False, width=100)
    )


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove(name: str) -> None:
    with suppress(OSError):
        os.unlink(name)


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success rename it over ``path``.

    An error inside the block removes the temporary file and leaves ``path`` untouched, so a
    reader never sees a half-written document.

    Raises:
        InputError: the folder does not exist, or ``path`` is a folder.
        RenderError: the file cannot be written (permission, disk full, …); the message
            names it, and no temporary file is left behind.
    """
    target = path_argument(path, "atomic_write")
    try:
        folder_exists = target.parent.is_dir()
        is_folder = target.is_dir()
    except OSError as error:
        raise RenderError(f"{target}: cannot write ({error.strerror or error})") from None
    if not folder_exists:
        raise InputError(f"{target}: the folder {target.parent} does not exist")
    if is_folder:
        raise InputError(f"{target}: a folder; give a file name to write")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:64]}.", dir=target.parent)
    except OSError as error:
        raise RenderError(f"{target}: cannot write ({error.strerror or error})") from None
    try:
        try:
            encoding = None if "b" in mode else "utf-8"
            stream = os.fdopen(handle, mode, encoding=encoding)
        except BaseException:
            os.close(handle)
            raise
        with stream:
            yield stream
        # mkstemp makes the file private (0600); give it the mode a new file would have
        # (or keep the mode of the file it replaces)
        os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode())
        os.replace(temp_name, target)
    except OSError as error:
        _remove(temp_name)
        raise RenderError(f"{target}: cannot write ({error.strerror or error})") from None
    except BaseException:
        _remove(temp_name)
        raise


def dump(document: Document, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Save a document as YAML or JSON (the format follows the extension), atomically.

    Raises:
        InputError: not a document, an unknown format, a missing folder, a folder as path.
        RenderError: the file cannot be written (permission, disk full, …).
    """
    _check_document(document, "dump")
    file = path_argument(path, "dump")
    text = dumps(document, _format_of(file, fmt))
    with atomic_write(file, "w") as stream:
        stream.write(text)


def json_schema(doc_type: DocumentType | str = DocumentType.CONG_VAN) -> dict[str, Any]:
    """Return the JSON Schema of a document type's input, for tools in other languages."""
    if not isinstance(doc_type, str):
        raise InputError(
            f"json_schema(doc_type={_short_repr(doc_type)}): a document type key "
            "(cong_van, quyet_dinh, …) or Vietnamese name, as a str"
        )
    cls = document_class(doc_type)
    schema = TypeAdapter(cls).json_schema(mode="validation")
    if cls is TypedDocument:
        schema["properties"]["type"] = {"const": _type_of(doc_type).value}
    # load() and loads() need the type to pick the class, though a form's model defaults it;
    # fields the model derives from others before validation are not required of the input
    derived = _DERIVED_FIELDS.get(cls, ())
    required = [name for name in schema.get("required", []) if name not in derived]
    schema["required"] = ["type", *(name for name in required if name != "type")]
    return schema


_DERIVED_FIELDS: dict[type[Document], tuple[str, ...]] = {
    Minutes: ("signature", "secretary_signature"),  # from chair and secretary
}
"""Required fields of a form that its model fills in from other fields when left out."""
