"""Every .docx we write validates against the ECMA-376 schemas (../shared/ooxml-xsd)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.conftest import long_dispatch
from tests.support.ooxml_schema import validate_docx
from tests.support.shared import require_shared
from vnadmin_docs.render.docx import docx_bytes


@pytest.fixture(scope="module")
def schemas():
    return require_shared("ooxml-xsd")


@pytest.mark.parametrize("standard", ["nd30-2020", "tt01-2011"])
@pytest.mark.parametrize("which", ["kontum", "rich", "long"])
def test_every_part_validates(request, schemas, which, standard):
    document = request.getfixturevalue("rich" if which == "rich" else "kontum")
    if which == "long":
        document = long_dispatch(document)
    report = validate_docx(docx_bytes(document, standard), schema_dir=schemas)
    assert report.errors == []
    assert report.skipped == []
    assert len(report.validated) == 14  # footer3: the empty first-page footer of the attachments


FORMS = sorted((Path(__file__).resolve().parents[2] / "examples" / "forms").glob("*.yaml"))


def test_the_forms_examples_are_found():
    assert len(FORMS) >= 10, [path.name for path in FORMS]


@pytest.mark.parametrize("example", FORMS, ids=[path.stem for path in FORMS])
def test_every_form_validates(schemas, example):
    """Each example of examples/forms: its main part, headers and footers, styles…"""
    report = validate_docx(docx_bytes(vn.load(example)), schema_dir=schemas)
    assert report.errors == []
    assert report.skipped == []
    assert len(report.validated) >= 10, report.validated
