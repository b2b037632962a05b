"""The common base of every model: frozen, strict about unknown keys, every string NFC."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, model_validator

from vnadmin_docs.vietnamese import nfc

__all__ = ["VnModel", "deep_nfc"]


def deep_nfc(value: Any) -> Any:
    """Normalise every string inside ``value`` (nested lists and mappings too) to NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list | tuple):
        return type(value)(deep_nfc(item) for item in value)
    if isinstance(value, dict):
        return {deep_nfc(key): deep_nfc(item) for key, item in value.items()}
    return value


class VnModel(BaseModel):
    """Base of all vnadmin_docs models (mô hình): frozen, no unknown keys, strings in NFC.

    Input may name a field by its Vietnamese key without diacritics (``trich_yeu`` for
    ``subject``); each class lists its keys in ``vietnamese_keys``. Output always uses the
    English names.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, use_attribute_docstrings=True
    )

    vietnamese_keys: ClassVar[dict[str, str]] = {}
    """Vietnamese input key → English field name."""

    @model_validator(mode="before")
    @classmethod
    def _accept_vietnamese_keys(cls, data: Any) -> Any:
        data = deep_nfc(data)
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
