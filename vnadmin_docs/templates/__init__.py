"""Templates as data (khuôn mẫu): the lean package skeleton and the layout of each form.

``base/`` holds the parts every .docx shares; ``forms.toml`` holds the layout of each form
of Decree 30/2020, Phụ lục III (mẫu trình bày): which components it has, in which order,
and the fixed words its sample prints. The renderer, the reader and the validator all read
the same rows.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["COMPONENTS", "FormLayout", "base_part", "form_layout", "form_layouts", "layout_for"]

COMPONENTS = frozenset(
    {
        "header", "title_block", "recipients", "authority", "bases", "proposal", "enacting",
        "articles", "addressed", "invitation", "introduction", "leave", "meeting", "body",
        "meeting_end", "closing", "signatures", "confirmation", "copy", "reference",
    }
)  # fmt: skip
"""The component names a layout may use (thành phần của mẫu), each laid out by the renderer."""


@cache
def base_part(name: str) -> bytes:
    """Return the bytes of a skeleton part shipped in ``templates/base/``."""
    return resources.files(__package__).joinpath("base").joinpath(name).read_bytes()


@dataclass(frozen=True)
class FormLayout:
    """One form of Phụ lục III (mẫu trình bày văn bản) as data."""

    key: str
    """The form's key: the document type's key (``quyet_dinh``) or ``van_ban`` for Mẫu 1.4."""
    title: str
    """The form's Vietnamese name."""
    sample: str
    """Legal locator of the sample form (``Phụ lục III, Mẫu 1.2 và 1.3``)."""
    components: tuple[str, ...]
    """The components in the order the sample prints them."""
    types: tuple[str, ...] = ()
    """The document types (keys) laid out by this form; empty for the general form."""
    texts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The fixed words the sample prints (labels, set sentences), by role."""

    def has(self, component: str) -> bool:
        """Whether the form has ``component``."""
        return component in self.components

    def text(self, role: str) -> str:
        """The fixed words for ``role`` (``KeyError`` if the form prints none)."""
        return self.texts[role]


@cache
def form_layouts() -> Mapping[str, FormLayout]:
    """Every form, by key, as read from ``forms.toml`` (checked once)."""
    raw = tomllib.loads(
        resources.files(__package__).joinpath("forms.toml").read_text(encoding="utf-8")
    )
    forms: dict[str, FormLayout] = {}
    for key, row in raw["forms"].items():
        unknown = set(row["components"]) - COMPONENTS
        if unknown:
            raise ValueError(f"forms.toml [{key}]: unknown components {sorted(unknown)}")
        forms[key] = FormLayout(
            key=key,
            title=row["title"],
            sample=row["sample"],
            components=tuple(row["components"]),
            types=tuple(row.get("types", ())),
            texts=MappingProxyType(dict(row.get("texts", {}))),
        )
    return MappingProxyType(forms)


def form_layout(key: str) -> FormLayout:
    """The form called ``key`` (``quyet_dinh``, ``van_ban``, ``ban_sao``…)."""
    return form_layouts()[key]


def layout_for(type_key: str) -> FormLayout:
    """The form that lays out documents of type ``type_key`` (Mẫu 1.4 for most types)."""
    for layout in form_layouts().values():
        if type_key in layout.types:
            return layout
    return form_layouts()["van_ban"]
