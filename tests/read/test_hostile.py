"""Hostile and broken files get our own exception, quickly, without exhausting memory."""

from __future__ import annotations

import contextlib
import io
import time
import zipfile

import pytest

import vnadmin_docs as vn
from tests.validate import builders as b
from vnadmin_docs.ooxml.read import LIMITS, read_docx


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()


def _replace(data: bytes, member: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return _zip({n: (content if n == member else source.read(n)) for n in source.namelist()})


def _timed(fn):
    start = time.perf_counter()
    try:
        fn()
    finally:
        assert time.perf_counter() - start < 5, "took too long"


def test_not_a_zip():
    with pytest.raises(vn.ReadError, match="not a zip"):
        read_docx(b"plain text, not a document")


def test_truncated_zip():
    data = b.compliant_docx()
    with pytest.raises(vn.ReadError):
        read_docx(data[: len(data) // 2])


def test_a_doc_renamed_to_docx(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    with pytest.raises(vn.ReadError, match=r"97.2003 \.doc"):
        read_docx(path)


def test_zip_bomb_is_refused_before_it_expands():
    bomb = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<" + b"a" * (LIMITS.part_bytes + 1024),
        }
    )
    with pytest.raises(vn.UnsafeDocumentError, match=r"zip bomb|size limit"):
        _timed(lambda: read_docx(bomb))


def test_high_compression_ratio_is_refused():
    data = b" " * (LIMITS.ratio * 2000)
    with pytest.raises(vn.UnsafeDocumentError, match="compressed"):
        read_docx(_zip({"word/document.xml": data}))


def test_external_entities_and_entity_expansion_are_refused():
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(vn.UnsafeDocumentError, match="DTD or entities"):
        read_docx(_replace(b.compliant_docx(), "word/document.xml", xxe))
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>'
    with pytest.raises(vn.UnsafeDocumentError):
        read_docx(_replace(b.compliant_docx(), "word/styles.xml", laughs))


def test_path_traversal_member_names():
    with pytest.raises(vn.UnsafeDocumentError, match="unsafe member name"):
        read_docx(_zip({"../../etc/evil.xml": b"<x/>", "word/document.xml": b"<x/>"}))


def test_a_50_mb_file_is_refused_by_size(tmp_path):
    path = tmp_path / "big.docx"
    with path.open("wb") as stream:
        stream.truncate(LIMITS.file_bytes + 1)
    with pytest.raises(vn.UnsafeDocumentError, match="MB"):
        _timed(lambda: read_docx(path))


def test_not_well_formed_xml():
    with pytest.raises(vn.ReadError, match="not well-formed"):
        read_docx(_replace(b.compliant_docx(), "word/document.xml", b"<w:document><w:body>"))


def test_a_zip_without_a_document():
    with pytest.raises(vn.ReadError, match=r"no word/document\.xml"):
        read_docx(_zip({"hello.txt": b"hi"}))


def test_missing_file(tmp_path):
    with pytest.raises(vn.ReadError, match="no such file"):
        read_docx(tmp_path / "absent.docx")


def test_damaged_real_files_raise_only_our_errors():
    """Real Word files with a fifth of their paragraphs, runs, cells and properties torn
    out: reading and validating them ends in a result or in the library's own error."""
    import random

    from lxml import etree

    from tests.support.shared import require_shared

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    torn = {f"{w}{tag}" for tag in ("p", "tbl", "r", "tc", "pPr", "sectPr", "t")}
    rng = random.Random(2452)
    for path in sorted(require_shared("corpus/docx").glob("*.docx")):
        source = zipfile.ZipFile(path)
        root = etree.fromstring(source.read("word/document.xml"))
        elements = [e for e in root.iter() if e.tag in torn]
        for element in rng.sample(elements, max(1, len(elements) // 5)):
            if element.getparent() is not None:
                element.getparent().remove(element)
        data = _replace(path.read_bytes(), "word/document.xml", etree.tostring(root))
        for step in (vn.validate, vn.read):
            with contextlib.suppress(vn.VnadminError):
                step(data)
