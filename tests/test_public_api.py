"""The public surface is small, sorted, complete, and leaks nothing private."""

from __future__ import annotations

import re

import vnadmin_docs as vn
from tests.conftest import REPO


def test_all_is_sorted_and_resolves():
    names = [n for n in vn.__all__ if n != "__version__"]
    assert names == sorted(names, key=lambda n: (n[0].islower(), n))
    for name in vn.__all__:
        assert hasattr(vn, name), name
    assert not [n for n in vn.__all__ if n.startswith("_") and n != "__version__"]


def test_public_functions_are_there():
    for name in ("load", "dump", "loads", "dumps", "render_text", "render_docx", "json_schema"):
        assert callable(getattr(vn, name))
    assert issubclass(vn.InputError, vn.VnadminError)
    assert issubclass(vn.MissingDependencyError, vn.VnadminError)


def test_every_model_field_has_a_docstring_with_a_vietnamese_term():
    missing = []
    for name in vn.__all__:
        obj = getattr(vn, name)
        fields = getattr(obj, "model_fields", None)
        if not fields:
            continue
        for field_name, info in fields.items():
            if field_name == "kind":
                continue
            description = info.description or ""
            if not re.search(r"\([^)]*[^\x00-\x7f][^)]*\)", description):
                missing.append(f"{name}.{field_name}: {description!r}")
    assert not missing, missing


def test_version_matches_pyproject():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{vn.__version__}"' in text
