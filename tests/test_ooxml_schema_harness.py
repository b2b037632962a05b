"""Tests of the test harness itself: ECMA-376 schema validation of .docx packages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.support.ooxml_schema import (
    MC_NS,
    SCHEMA_FILES,
    apply_markup_compatibility,
    load_schema,
    schema_compile_seconds,
    understood_namespaces,
    validate_docx,
)
from tests.support.shared import ENV_VAR, require_shared, shared_dir

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:w14="{W14_NS}" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
SECT_PR = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720"'
    ' w:footer="720" w:gutter="0"/></w:sectPr>'
)


def _document_xml(body: str, root_attributes: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {NAMESPACES} {root_attributes}><w:body>{body}{SECT_PR}</w:body></w:document>"
    ).encode()


def _python_docx_bytes() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def _with_parts(package: bytes, replacements: dict[str, bytes]) -> bytes:
    """Return ``package`` with the named parts' bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, replacements.get(info.filename, source.read(info)))
    return out.getvalue()


@pytest.fixture(scope="module")
def schema_dir() -> Path:
    return require_shared("ooxml-xsd")


@pytest.fixture(scope="module")
def valid_base(schema_dir: Path) -> bytes:
    """python-docx's default package with its one schema error (see below) repaired."""
    package = _python_docx_bytes()
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        settings = source.read("word/settings.xml")
    fixed = settings.replace(
        b'<w:zoom w:val="bestFit"/>', b'<w:zoom w:val="bestFit" w:percent="100"/>'
    )
    assert fixed != settings
    package = _with_parts(package, {"word/settings.xml": fixed})
    report = validate_docx(package, schema_dir)
    assert report.ok, "\n".join(report.errors)
    return package


# --- shared folder discovery -----------------------------------------------------------------


def test_shared_dir_honours_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ooxml-xsd").mkdir()
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    assert shared_dir() == tmp_path
    assert require_shared("ooxml-xsd") == tmp_path / "ooxml-xsd"


@pytest.mark.parametrize("missing", ["folder", "subfolder"])
def test_require_shared_skips_locally_and_fails_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "absent" if missing == "folder" else tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="shared test material not found"):
        require_shared("corpus/docx")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require_shared("corpus/docx")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_shared("corpus/docx")


# --- schemas -------------------------------------------------------------------------------


def test_schemas_compile_once_per_process(schema_dir: Path) -> None:
    for name in SCHEMA_FILES:
        assert load_schema(name, schema_dir) is load_schema(name, schema_dir)
    # Compile time of each schema (seconds); wml.xsd with its imports is the slowest (~0.1 s).
    print({name: round(seconds, 3) for name, seconds in schema_compile_seconds().items()})
    assert W_NS in understood_namespaces(schema_dir)
    assert W14_NS not in understood_namespaces(schema_dir)


# --- (a) python-docx's default document --------------------------------------------------------


def test_python_docx_default_document(schema_dir: Path) -> None:
    report = validate_docx(_python_docx_bytes(), schema_dir)
    # python-docx 1.x's default template is NOT fully valid: its word/settings.xml has
    # <w:zoom w:val="bestFit"/> without w:percent, which the transitional schema requires
    # (CT_Zoom/@percent use="required"). That is the only error; every other part validates.
    assert report.failing_parts == ["word/settings.xml"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith("word/settings.xml: line ")
    assert "'w:zoom'" in report.errors[0]
    assert "w:percent" in report.errors[0]
    assert "required" in report.errors[0]
    assert {"word/document.xml", "word/styles.xml", "word/numbering.xml"} <= set(report.validated)
    assert report.validated["word/theme/theme1.xml"] == "dml"
    assert report.validated["docProps/core.xml"] == "core-properties"
    assert report.validated["[Content_Types].xml"] == "content-types"
    skipped = {item.part: item.reason for item in report.skipped}
    # No ECMA-376 schema: a Word 2010 extension part, arbitrary custom XML, and a JPEG.
    assert set(skipped) == {
        "word/stylesWithEffects.xml",
        "customXml/item1.xml",
        "docProps/thumbnail.jpeg",
    }
    assert skipped["docProps/thumbnail.jpeg"].startswith("not XML")


# --- (b) broken documents ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<w:p><w:bogus/><w:r><w:t>x</w:t></w:r></w:p>", "'w:bogus': This element is not expected"),
        (
            '<w:p><w:pPr><w:jc w:val="middle"/></w:pPr></w:p>',
            "The value 'middle' is not an element",
        ),
        ('<w:p><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val="center"/></w:pPr></w:p>', "'w:pPr'"),
    ],
    ids=["unknown-element", "bad-enumeration", "wrong-order"],
)
def test_broken_document_is_reported_with_its_part(
    valid_base: bytes, schema_dir: Path, body: str, expected: str
) -> None:
    package = _with_parts(valid_base, {"word/document.xml": _document_xml(body)})
    report = validate_docx(package, schema_dir)
    assert report.failing_parts == ["word/document.xml"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith("word/document.xml: line 2: ")
    assert expected in report.errors[0]
    assert "(at /w:document/w:body/w:p" in report.errors[0]


def test_malformed_xml_and_wrong_root_are_reported(valid_base: bytes, schema_dir: Path) -> None:
    package = _with_parts(
        valid_base,
        {
            "word/document.xml": b"<w:document xmlns:w='" + W_NS.encode() + b"'><w:body>",
            "word/styles.xml": _document_xml("<w:p/>"),
        },
    )
    report = validate_docx(package, schema_dir)
    assert report.failing_parts == ["word/document.xml", "word/styles.xml"]
    assert "not well-formed XML" in report.errors_for("word/document.xml")[0]
    assert (
        "root element is w:document, expected w:styles" in report.errors_for("word/styles.xml")[0]
    )


def test_core_properties_are_checked_against_dublin_core(
    valid_base: bytes, schema_dir: Path
) -> None:
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title xml:lang="vi">Quyết định</dc:title>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">hôm qua</dcterms:created>'
        "</cp:coreProperties>"
    ).encode()
    report = validate_docx(_with_parts(valid_base, {"docProps/core.xml": core}), schema_dir)
    assert report.failing_parts == ["docProps/core.xml"]
    assert "'hôm qua' is not a valid value" in report.errors[0]


def test_errors_per_part_are_capped(valid_base: bytes, schema_dir: Path) -> None:
    body = '<w:p><w:pPr><w:jc w:val="middle"/></w:pPr></w:p>' * 3
    package = _with_parts(valid_base, {"word/document.xml": _document_xml(body)})
    assert len(validate_docx(package, schema_dir).errors) == 3
    capped = validate_docx(package, schema_dir, max_errors_per_part=1).errors
    assert len(capped) == 2
    assert capped[1] == "word/document.xml: … 2 more schema errors not shown"


# --- (c) markup compatibility ------------------------------------------------------------------

EXTENDED_BODY = (
    '<w:p w14:paraId="1A2B3C4D" w14:textId="77777777">'
    '<w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:b/><w14:ligatures w14:val="standard"/></w:rPr><w:t>Cộng hòa</w:t></w:r>'
    "<mc:AlternateContent>"
    '<mc:Choice Requires="wps"><w:r><w:drawing><wps:wsp/></w:drawing></w:r></mc:Choice>'
    "<mc:Fallback><w:r><w:t>fallback text</w:t></w:r></mc:Fallback>"
    "</mc:AlternateContent>"
    "<mc:AlternateContent>"
    '<mc:Choice Requires="w14"><w:r><w14:notInEcma/></w:r></mc:Choice>'
    "</mc:AlternateContent>"
    "</w:p>"
    '<w15:extra w15:val="1"><w:p/></w15:extra>'
)


def test_ignorable_extensions_and_alternate_content_pass(
    valid_base: bytes, schema_dir: Path
) -> None:
    document = _document_xml(EXTENDED_BODY, 'mc:Ignorable="w14 w15"')
    report = validate_docx(_with_parts(valid_base, {"word/document.xml": document}), schema_dir)
    assert report.ok, "\n".join(report.errors)

    # Without the mc:Ignorable declaration the same extensions are schema errors.
    undeclared = _document_xml(EXTENDED_BODY)
    report = validate_docx(_with_parts(valid_base, {"word/document.xml": undeclared}), schema_dir)
    assert report.failing_parts == ["word/document.xml"]
    assert any(f"{{{W14_NS}}}paraId" in error for error in report.errors)


def test_preprocessing_resolves_to_the_fallback(schema_dir: Path) -> None:
    root = etree.fromstring(_document_xml(EXTENDED_BODY, 'mc:Ignorable="w14 w15"'))
    assert apply_markup_compatibility(root, understood_namespaces(schema_dir)) == []
    text = etree.tostring(root, encoding="unicode")
    assert [t.text for t in root.iter(f"{{{W_NS}}}t")] == ["Cộng hòa", "fallback text"]
    assert "AlternateContent" not in text
    assert "Ignorable" not in text
    assert all(
        etree.QName(element).namespace == W_NS for element in root.iter() if element is not root
    )
    assert not [name for element in root.iter() for name in element.attrib if W14_NS in name]


def test_preprocessing_does_not_hide_errors_in_the_fallback(
    valid_base: bytes, schema_dir: Path
) -> None:
    body = (
        "<w:p><mc:AlternateContent>"
        '<mc:Choice Requires="w14"><w:r><w:t>choice</w:t></w:r></mc:Choice>'
        "<mc:Fallback><w:r><w:bogus/></w:r></mc:Fallback>"
        "</mc:AlternateContent></w:p>"
    )
    document = _document_xml(body, 'mc:Ignorable="w14"')
    report = validate_docx(_with_parts(valid_base, {"word/document.xml": document}), schema_dir)
    assert report.failing_parts == ["word/document.xml"]
    assert "'w:bogus'" in report.errors[0]


def test_process_content_and_must_understand(schema_dir: Path) -> None:
    root = etree.fromstring(
        _document_xml(
            "<w14:wrapper><w:p><w:r><w:t>kept</w:t></w:r></w:p></w14:wrapper>"
            "<w14:dropped><w:p><w:r><w:t>dropped</w:t></w:r></w:p></w14:dropped>",
            'mc:Ignorable="w14" mc:ProcessContent="w14:wrapper" mc:MustUnderstand="w15"',
        )
    )
    problems = apply_markup_compatibility(root, understood_namespaces(schema_dir))
    assert len(problems) == 1
    assert "MustUnderstand" in problems[0]
    assert "http://schemas.microsoft.com/office/word/2012/wordml" in problems[0]
    assert [t.text for t in root.iter(f"{{{W_NS}}}t")] == ["kept"]


# --- (d) the corpus of real documents ----------------------------------------------------------


def test_corpus_documents_do_not_crash_the_harness(schema_dir: Path) -> None:
    corpus = require_shared("corpus/docx")
    files = sorted(corpus.glob("*.docx"))
    assert files, f"no .docx files in {corpus}"
    crashes: list[str] = []
    clean = 0
    for path in files:  # read in place; never copied into the project
        try:
            report = validate_docx(path, schema_dir)
        except Exception as exc:
            crashes.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        if report.ok:
            clean += 1
        else:
            print(f"INVALID {path.name}: {report.summary()}; first: {report.errors[0]}")
    print(f"{clean} of {len(files)} corpus documents validate cleanly")
    assert not crashes, "\n".join(crashes)
