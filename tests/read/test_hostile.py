"""Hostile and broken files get our own exception, quickly, without exhausting memory."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import socket
import struct
import time
import zipfile

import pytest

import vnadmin_docs as vn
from tests.validate import builders as b
from vnadmin_docs.ooxml.read import LIMITS, Limits, read_docx


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


# --------------------------------------------------------------------------------------------
# Damaged and hostile packages, made from the Kon Tum example's real bytes.

_EOCD = b"PK\x05\x06"
_CENTRAL = b"PK\x01\x02"


@functools.lru_cache(maxsize=1)
def _kontum() -> bytes:
    from vnadmin_docs.examples import kontum_2452
    from vnadmin_docs.render.docx import docx_bytes

    return docx_bytes(kontum_2452())


def _central_entry(data: bytes, member: str) -> int:
    """Offset of ``member``'s central-directory record."""
    at = data.index(_CENTRAL)
    while at >= 0:
        (length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + length] == member.encode():
            return at
        at = data.find(_CENTRAL, at + 4)
    raise AssertionError(member)


def _data_span(data: bytes, member: str) -> tuple[int, int]:
    """Where ``member``'s compressed bytes lie in the package."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def _patch(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def _raises_exactly(cls, fn, *fragments):
    start = time.perf_counter()
    with pytest.raises(vn.VnadminError) as caught:
        fn()
    assert time.perf_counter() - start < 5, "took too long"
    assert type(caught.value) is cls, f"{type(caught.value).__name__}: {caught.value}"
    for fragment in fragments:
        assert fragment in str(caught.value), str(caught.value)
    return caught.value


def test_a_flipped_byte_in_a_deflated_member_is_a_read_error_naming_the_member():
    data = _kontum()
    start, end = _data_span(data, "word/document.xml")
    messages = []
    for offset in range(start, end, max(1, (end - start) // 40)):
        for bit in (0x01, 0x10, 0x80):
            out = bytearray(data)
            out[offset] ^= bit
            try:
                read_docx(bytes(out))  # a flip in the padding bits of the last block is harmless
            except vn.VnadminError as error:
                assert type(error) is vn.ReadError, error
                assert "word/document.xml" in str(error)
                messages.append(str(error))
    assert len(messages) > 100
    assert any("zlib" in m for m in messages) and any("CRC" in m for m in messages)


def test_a_damaged_central_directory_is_a_read_error():
    data = _kontum()
    entry = _central_entry(data, "word/document.xml")
    eocd = data.rindex(_EOCD)
    damaged = [
        _patch(data, entry, "<I", 0x12345678),  # the record's signature
        _patch(data, entry + 42, "<I", 0xFFFFFFF0),  # local header offset past the end
        _patch(data, entry + 42, "<I", 3),  # local header offset into another header
        _patch(data, entry + 30, "<H", 0xFFFF),  # extra length past the directory
        _patch(data, entry + 20, "<I", 0),  # compressed size zero
        _patch(data, eocd + 16, "<I", len(data) * 2),  # directory offset past the end
        _patch(data, eocd + 12, "<I", 0xFFFFFFFF),  # directory size
        data[: eocd + 10],  # the end record cut short
    ]
    for item in damaged:
        error = _raises_exactly(vn.ReadError, lambda d=item: read_docx(d))
        assert str(error).startswith("document:")
    # a name running into the next records: bytes no member name holds
    error = _raises_exactly(
        vn.UnsafeDocumentError,
        lambda: read_docx(_patch(data, entry + 28, "<H", 0xFFFF)),
        "unsafe member name",
    )
    assert len(str(error)) < 300


def test_an_encrypted_member_is_refused_as_unsafe():
    data = _kontum()
    entry = _central_entry(data, "word/styles.xml")
    _raises_exactly(
        vn.UnsafeDocumentError,
        lambda: read_docx(_patch(data, entry + 8, "<H", 0x1)),
        "word/styles.xml",
        "encrypted",
    )


def test_an_unknown_compression_method_is_a_read_error():
    data = _kontum()
    entry = _central_entry(data, "word/styles.xml")
    for method in (12, 14, 99):
        _raises_exactly(
            vn.ReadError,
            lambda m=method: read_docx(_patch(data, entry + 10, "<H", m)),
            "word/styles.xml",
            "compression method",
        )


def test_member_names_that_are_not_utf8_or_hold_a_nul_are_refused():
    data = _kontum()
    entry = _central_entry(data, "word/settings.xml")
    name_at = entry + 46
    bad_utf8 = bytearray(_patch(data, entry + 8, "<H", 0x800))  # the name claims UTF-8
    bad_utf8[name_at + 5 : name_at + 7] = b"\xff\xfe"
    _raises_exactly(vn.UnsafeDocumentError, lambda: read_docx(bytes(bad_utf8)), "UTF-8")
    nul = bytearray(data)
    nul[name_at + 5] = 0
    _raises_exactly(vn.UnsafeDocumentError, lambda: read_docx(bytes(nul)), "unsafe member name")


def test_duplicate_member_names_are_refused():
    source = zipfile.ZipFile(io.BytesIO(_kontum()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            package.writestr(name, source.read(name))
        package.writestr("WORD/Document.xml", b"<x/>")  # OPC part names ignore case
    _raises_exactly(vn.UnsafeDocumentError, lambda: read_docx(out.getvalue()), "two members")


def test_a_dtd_anywhere_in_a_part_is_refused():
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    late = (
        b'<?xml version="1.0" encoding="UTF-8"?><!--' + b"x" * 5000 + b"-->"
        b'<!DOCTYPE w:document [<!ENTITY x "entity text">]>'
        b"<w:document " + w + b"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    assert late.index(b"<!DOCTYPE") > 5000
    _raises_exactly(
        vn.UnsafeDocumentError,
        lambda: read_docx(_replace(_kontum(), "word/document.xml", late)),
        "word/document.xml",
        "DTD",
    )
    # in UTF-16 no byte string "<!DOCTYPE" appears: the parsed tree's DOCTYPE is checked too
    utf16 = late.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    assert b"<!DOCTYPE" not in utf16
    _raises_exactly(
        vn.UnsafeDocumentError,
        lambda: read_docx(_replace(_kontum(), "word/styles.xml", utf16)),
        "word/styles.xml",
        "DTD",
    )


def _nested(open_tags: bytes, close_tags: bytes, depth: int) -> bytes:
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (
        b"<w:document "
        + w
        + b"><w:body>"
        + open_tags * depth
        + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
        + close_tags * depth
        + b"<w:sectPr/></w:body></w:document>"
    )


def test_tables_nested_300_deep_are_a_depth_budget_error():
    tables = _nested(b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>", 300)
    error = _raises_exactly(
        vn.BudgetExceededError,
        lambda: read_docx(_replace(_kontum(), "word/document.xml", tables)),
        "word/document.xml",
        "depth",
    )
    assert error.budget == "depth" and error.limit == 256


def test_nesting_the_parser_accepts_is_read_without_recursion_errors():
    tables = _replace(
        _kontum(),
        "word/document.xml",
        _nested(b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>", 80),
    )
    info = read_docx(tables)
    assert info.paragraphs[0].text == "deep"
    sdt = _replace(
        _kontum(),
        "word/document.xml",
        _nested(b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>", 120),
    )
    assert read_docx(sdt).paragraphs[0].text == "deep"
    hyperlinks = _nested(b"<w:p>" + b"<w:hyperlink>" * 240, b"</w:hyperlink>" * 240 + b"</w:p>", 1)
    read_docx(_replace(_kontum(), "word/document.xml", hyperlinks))
    # a lower depth budget stops the reader's own descent
    error = _raises_exactly(
        vn.BudgetExceededError, lambda: read_docx(tables, limits=Limits(depth=40)), "depth"
    )
    assert error.budget == "depth" and error.limit == 40


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX devices, FIFOs and sockets")
def test_a_device_a_fifo_a_directory_and_a_socket_are_refused_before_reading(tmp_path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    paths = ["/dev/zero", fifo, tmp_path]
    sock_path = tmp_path / "s.docx"
    server = socket.socket(socket.AF_UNIX)
    with contextlib.suppress(OSError):  # a socket path too long for the platform
        server.bind(str(sock_path))
        paths.append(sock_path)
    try:
        for path in paths:
            for step in (read_docx, vn.read, vn.validate):
                error = _raises_exactly(vn.ReadError, lambda s=step, p=path: s(p), str(path))
                assert "regular file" in str(error) or "directory" in str(error)
    finally:
        server.close()


def test_sources_of_the_wrong_type_are_input_errors():
    for bad in (12, None, io.StringIO("text"), ["a list"]):
        for step in (read_docx, vn.read, vn.validate):
            error = _raises_exactly(vn.InputError, lambda s=step, b=bad: s(b), "source")
            assert not isinstance(error, vn.ReadError) or isinstance(bad, io.StringIO)


def test_bytes_like_sources_and_streams_are_read():
    data = _kontum()
    expected = [p.text for p in read_docx(data).paragraphs]
    for source in (
        bytearray(data),
        memoryview(data),
        io.BytesIO(data),
        io.BufferedReader(io.BytesIO(data)),
    ):
        assert [p.text for p in read_docx(source).paragraphs] == expected
    assert vn.read(memoryview(data)).document == vn.read(data).document


def test_streams_and_files_are_read_only_to_the_byte_limit(tmp_path):
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[: len(buffer)] = b"\0" * len(buffer)
            return len(buffer)

    limits = Limits(file_bytes=1 << 20)
    error = _raises_exactly(
        vn.BudgetExceededError, lambda: read_docx(Endless(), limits=limits), "MB"
    )
    assert error.budget == "file_bytes"
    path = tmp_path / "big.docx"
    path.write_bytes(b"\0" * ((1 << 20) + 1))
    _raises_exactly(vn.BudgetExceededError, lambda: vn.read(path, limits=limits), str(path), "MB")


def test_errors_name_the_path_and_bytes_are_a_document(tmp_path):
    path = tmp_path / "damaged.docx"
    path.write_bytes(_kontum()[:-30])
    for step in (read_docx, vn.read, vn.validate):
        _raises_exactly(vn.ReadError, lambda s=step: s(path), str(path))
        _raises_exactly(vn.ReadError, lambda s=step: s(path.read_bytes()), "document:")
