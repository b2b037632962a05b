"""The reference examples shipped with the library (văn bản mẫu).

``kontum_2452``: Công văn 2452/UBND-TH of the People's Committee of Kon Tum province
(01/10/2018) with its five-part outline. Its files live in the repository's
``examples/kontum_2452/`` and are packed into the wheel beside this module.
"""

from __future__ import annotations

from pathlib import Path

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.documents import Document

__all__ = ["EXAMPLES", "example_dir", "kontum_2452", "load_example"]

EXAMPLES = ("kontum_2452",)
"""Names of the shipped examples."""

_HERE = Path(__file__).resolve().parent


def example_dir(name: str) -> Path:
    """Return the folder of a shipped example (installed package first, then source tree)."""
    if name not in EXAMPLES:
        raise InputError(f"unknown example {name!r}; available: {', '.join(EXAMPLES)}")
    for folder in (_HERE / "examples" / name, _HERE.parent / "examples" / name):
        if (folder / f"{name}.yaml").is_file():
            return folder
    raise InputError(f"example {name!r} is not installed with this copy of vnadmin_docs")


def load_example(name: str) -> Document:
    """Load a shipped example's YAML into its model."""
    from vnadmin_docs.serialization import load

    return load(example_dir(name) / f"{name}.yaml")


def kontum_2452() -> Document:
    """Return the Kon Tum dispatch 2452/UBND-TH with its outline (needs the ``yaml`` extra)."""
    return load_example("kontum_2452")
