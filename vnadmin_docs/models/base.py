"""The common base of every model: frozen, strict about unknown keys, every string NFC.

Every model checks its input in one place, :meth:`VnModel._accept_vietnamese_keys`, before
pydantic sees it: each string is normalised to NFC and refused if it holds a character a
Word document (XML 1.0) cannot hold, and the input as a whole is refused if it nests deeper
than :data:`MAX_DEPTH` or holds more than :data:`MAX_VALUES` values. The walk is iterative,
so no input, however deep, can exhaust Python's stack.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, KeysView, Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from vnadmin_docs.vietnamese import nfc

__all__ = [
    "MAX_DEPTH",
    "MAX_VALUES",
    "DataLimitError",
    "VnModel",
    "character_problem",
    "check_text",
    "deep_nfc",
    "measure",
    "without_forbidden_characters",
]

MAX_DEPTH = 100
"""How deeply lists and mappings may nest in a document's data (độ sâu dữ liệu tối đa).

The document itself is level 1; each nested list costs four levels (the block, its
``items``, the item, the item's ``blocks``), so a body may nest lists about 24 deep.
"""

MAX_VALUES = 1_000_000
"""How many values (strings, numbers, lists, mappings) a document's data may hold.

Counted as the data is walked, so an input that shares one list many times (a YAML alias
bomb, or the same Python list used again and again) counts every use.
"""

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_UTF8 = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
_MAX_REPORTED = 10
_PLAIN_CONTAINERS = frozenset({dict, list, tuple})
_PLAIN_SCALARS = frozenset({str, int, float, bool, type(None)})


class DataLimitError(ValueError):
    """Data nests too deeply or holds too many values (vượt giới hạn dữ liệu)."""

    def __init__(self, message: str, *, limit: str, value: int) -> None:
        super().__init__(message)
        self.limit = limit
        """``"depth"`` or ``"values"``."""
        self.value = value
        """The depth or count reached when the walk stopped (one more than the maximum)."""


def character_problem(text: str) -> str | None:
    r"""Describe the first character of ``text`` that XML cannot hold, or ``None``.

    Word documents are XML 1.0, which has no control characters but tab, line feed and
    carriage return, no lone surrogates and no U+FFFE, U+FFFF (ký tự không hợp lệ).

    >>> character_problem("a\x07b")
    'contains U+0007 (a control character), which a Word document cannot hold'
    >>> character_problem("Hoà\tbình") is None
    True
    """
    found = _NOT_XML.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        what = "a lone surrogate, half of a UTF-16 pair"
    elif code >= 0xFFFE:
        what = "a Unicode noncharacter"
    else:
        what = "a control character"
    return f"contains U+{code:04X} ({what}), which a Word document cannot hold"


def without_forbidden_characters(text: str) -> str:
    r"""``text`` without the characters XML cannot hold (see :func:`character_problem`).

    For readers, which keep what a file says but cannot put these into a model.

    >>> without_forbidden_characters("Hoà\x0ebình")
    'Hoàbình'
    """
    return _NOT_XML.sub("", text)


def _bytes_problem(data: bytes | bytearray) -> str | None:
    found = _NOT_XML_UTF8.search(data)
    if found is None:
        return None
    return character_problem(bytes(found.group()).decode("utf-8", "replace"))


def check_text(text: str, where: str = "text") -> str:
    """Return ``text`` in NFC, or raise ``ValueError`` if XML cannot hold one of its characters.

    For strings that do not pass through a model (a file name, a standard's name).
    """
    problem = character_problem(text)
    if problem is not None:
        raise ValueError(f"{where}: {problem}")
    return nfc(text)


def _is_sequence(value: object) -> bool:
    """Whether pydantic would read ``value`` as a list or tuple (and so must we)."""
    return isinstance(value, list | tuple | set | frozenset | deque | KeysView | Iterator)


def _children(value: object) -> Iterator[Any]:
    if isinstance(value, Mapping):
        return iter(value.values())
    items: Iterator[Any] = iter(value)  # type: ignore[call-overload]
    return items


def measure(
    value: object, max_depth: int = MAX_DEPTH, max_values: int = MAX_VALUES
) -> tuple[int, int]:
    """Return ``(depth, values)`` of nested data, without recursion.

    ``depth`` is the deepest nesting of lists and mappings (a scalar is 0, ``[]`` is 1);
    ``values`` counts every value (a mapping's entry once), each time it is reached. The walk
    stops as soon as one passes its maximum, returning that maximum plus one, so an alias
    bomb is measured in bounded time. Iterators are not walked (walking would consume them).
    """
    if not _measured(value):
        return 0, 1
    depth, count = 1, 1
    stack: list[Iterator[Any]] = [_children(value)]
    while stack:
        for item in stack[-1]:
            count += 1
            if count > max_values:
                return depth, count
            kind = type(item)
            if kind in _PLAIN_SCALARS:
                continue
            if kind in _PLAIN_CONTAINERS or _measured(item):
                if len(stack) >= depth:
                    depth = len(stack) + 1
                    if depth > max_depth:
                        return depth, count
                stack.append(_children(item))
                break
        else:
            stack.pop()
    return depth, count


def _measured(value: object) -> bool:
    return isinstance(value, Mapping | list | tuple | set | frozenset | deque)


def _is_container(value: object) -> bool:
    kind = type(value)
    if kind in _PLAIN_CONTAINERS:
        return True
    if kind in _PLAIN_SCALARS:
        return False
    return isinstance(value, Mapping) or _is_sequence(value)


class _Frame:
    """A container being copied: its items left, the copy so far, where it goes."""

    __slots__ = ("items", "key", "mapping", "out", "slot", "source")

    def __init__(self, source: Any, slot: Any) -> None:
        self.source = source
        self.slot = slot  # the key or index of this container in its parent
        self.mapping = type(source) is dict or isinstance(source, Mapping)
        self.out: Any = {} if self.mapping else []
        self.items: Iterator[Any] = iter(source.items()) if self.mapping else iter(source)
        self.key: Any = None  # the key of the item being looked at (mappings)

    def close(self) -> Any:
        if self.mapping or type(self.source) is list:
            return self.out
        if isinstance(self.source, tuple):
            return tuple(self.out)
        if isinstance(self.source, set | frozenset):
            return type(self.source)(self.out)
        return self.out


def _path(stack: list[_Frame], last: Any) -> tuple[str | int, ...]:
    parts = [frame.slot for frame in stack[1:]]
    parts.append(last)
    return tuple(part if isinstance(part, str | int) else repr(part) for part in parts)


def _walk(value: Any, check: bool) -> tuple[Any, list[tuple[tuple[str | int, ...], str, Any]]]:
    """Copy ``value`` with every string in NFC, without recursion; list the bad strings."""
    problems: list[tuple[tuple[str | int, ...], str, Any]] = []

    def report(
        item: str | bytes | bytearray, path: tuple[str | int, ...], prefix: str = ""
    ) -> None:
        problem = character_problem(item) if isinstance(item, str) else _bytes_problem(item)
        if problem is not None:
            problems.append((path, prefix + problem, item))

    if not _is_container(value):
        if check and isinstance(value, str | bytes | bytearray):
            report(value, ())
            if problems:
                return value, problems
        return (nfc(value) if isinstance(value, str) else value), problems
    count = 1
    stack = [_Frame(value, None)]
    while True:
        frame = stack[-1]
        mapping, out = frame.mapping, frame.out
        child = None
        for entry in frame.items:
            count += 1
            if count > MAX_VALUES:
                raise DataLimitError(
                    f"the data holds more than {MAX_VALUES:,} values (lists, mappings, "
                    "strings, numbers; a shared list counts each time it is used)",
                    limit="values",
                    value=count,
                )
            if mapping:
                key, item = entry
                if isinstance(key, str):
                    if check and _NOT_XML.search(key) is not None:
                        report(key, _path(stack, None)[:-1], "a key ")
                    elif not key.isascii():
                        key = nfc(key)
                frame.key = key
                slot = key
            else:
                item, slot = entry, len(out)
            if isinstance(item, str):
                if check and _NOT_XML.search(item) is not None:
                    report(item, _path(stack, slot))
                elif not item.isascii():
                    item = nfc(item)
            elif _is_container(item):
                if len(stack) >= MAX_DEPTH:
                    raise DataLimitError(
                        f"the data nests lists and mappings more than {MAX_DEPTH} levels deep",
                        limit="depth",
                        value=len(stack) + 1,
                    )
                child = _Frame(item, slot)
                break
            elif check and isinstance(item, bytes | bytearray) and _NOT_XML_UTF8.search(item):
                report(item, _path(stack, slot))
            if mapping:
                out[frame.key] = item
            else:
                out.append(item)
        if child is not None:
            stack.append(child)
            continue
        stack.pop()
        built = frame.close()
        if not stack:
            return built, problems
        parent = stack[-1]
        if parent.mapping:
            parent.out[parent.key] = built
        else:
            parent.out.append(built)


def deep_nfc(value: Any) -> Any:
    """Normalise every string inside ``value`` (nested lists and mappings too) to NFC.

    Iterative: data of any depth is walked without recursion, up to :data:`MAX_DEPTH`
    levels and :data:`MAX_VALUES` values (beyond them, :class:`DataLimitError`).
    """
    return _walk(value, check=False)[0]


def _checked_nfc(value: Any, title: str) -> Any:
    result, problems = _walk(value, check=True)
    if problems:
        details = [
            InitErrorDetails(
                type=PydanticCustomError("forbidden_character", problem),
                loc=path,
                input=text,
            )
            for path, problem, text in problems[:_MAX_REPORTED]
        ]
        raise ValidationError.from_exception_data(title, details)
    return result


class VnModel(BaseModel):
    """Base of all vnadmin_docs models (mô hình): frozen, no unknown keys, strings in NFC.

    Input may name a field by its Vietnamese key without diacritics (``trich_yeu`` for
    ``subject``); each class lists its keys in ``vietnamese_keys``. Output always uses the
    English names.

    Every string of the input is checked once, here: a character XML 1.0 cannot hold (a
    control character other than tab, line feed and carriage return; a lone surrogate;
    U+FFFE, U+FFFF) is refused with the field's path, so that whatever the model accepts can
    be written to a Word document. Input nested deeper than :data:`MAX_DEPTH` or holding
    more than :data:`MAX_VALUES` values is refused too.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, use_attribute_docstrings=True
    )

    vietnamese_keys: ClassVar[dict[str, str]] = {}
    """Vietnamese input key → English field name."""

    @model_validator(mode="before")
    @classmethod
    def _accept_vietnamese_keys(cls, data: Any) -> Any:
        data = _checked_nfc(data, cls.__name__)
        if not isinstance(data, dict) or not cls.vietnamese_keys:
            return data
        renamed = dict(data)
        for vi_key, field_name in cls.vietnamese_keys.items():
            if vi_key in renamed:
                if field_name in renamed:
                    raise ValueError(
                        f"'{vi_key}' and '{field_name}' name the same field; give only one"
                    )
                renamed[field_name] = renamed.pop(vi_key)
        return renamed
