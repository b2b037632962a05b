"""The lean package skeleton (khung tệp .docx) as data files, read once and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["base_part"]


@cache
def base_part(name: str) -> bytes:
    """Return the bytes of a skeleton part shipped in ``templates/base/``."""
    return resources.files(__package__).joinpath("base").joinpath(name).read_bytes()
