"""Mutators for .docx packages: structure-aware (one XML member at the XML level, re-zipped),
package-level (members added, removed, renamed) and byte-level (the zip file's own bytes).

Every function takes a :class:`random.Random` and returns new bytes; the same generator state
gives the same output. A mutator that does not apply to its input returns it unchanged.
"""

from __future__ import annotations

import copy
import io
import random
import re
import struct
import zipfile
from collections.abc import Callable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"

#: Attribute values that break naive parsing: empty, signs alone, superscript digits (isdigit()
#: but not int()), overflows, NaN, Arabic-Indic digits, 5,000 digits, units, booleans.
HOSTILE_VALUES: tuple[str, ...] = (
    "", "-", ".", "+", "²", "½", "1e999", "-1e999", "NaN", "nan", "inf", "-inf", "0", "-0",
    "1" * 5000, "9" * 40, "-" + "9" * 40, "2147483648", "-2147483649", "18446744073709551616",
    "-1", "-720", "0x10", " 12 ", "12pt", "1.5", "1,5", "١٢", "１２", "auto", "true", "on", "none",
    "\x00", "\u202e", "a" * 300, "%s%n", "../../etc/passwd", "1_000", "0" * 200 + "1",
)  # fmt: skip

#: Attributes the reader looks at (w: namespace unless it has its own prefix).
ATTRIBUTES: tuple[str, ...] = (
    "val", "w", "h", "sz", "szCs", "line", "lineRule", "before", "after", "left", "right",
    "start", "end", "firstLine", "hanging", "top", "bottom", "header", "footer", "gutter",
    "orient", "ascii", "hAnsi", "eastAsia", "cs", "asciiTheme", "hAnsiTheme", "hint", "type",
    "styleId", "default", "fill", "color", "space", "ilvl", "numId", "abstractNumId", "gridSpan",
    "vMerge", "id", "fmt", "code", "cx", "cy", "pos", "leader", "instr", "fldCharType",
)  # fmt: skip

#: Elements to insert, rename to, or nest.
ELEMENTS: tuple[str, ...] = (
    "p", "r", "t", "pPr", "rPr", "tbl", "tr", "tc", "tcPr", "tblPr", "tblGrid", "gridCol",
    "sectPr", "pgSz", "pgMar", "jc", "spacing", "ind", "rFonts", "sz", "b", "i", "u", "caps",
    "pStyle", "rStyle", "numPr", "ilvl", "numId", "br", "tab", "cr", "fldSimple", "fldChar",
    "instrText", "sdt", "sdtContent", "smartTag", "ins", "del", "hyperlink", "txbxContent",
    "pict", "drawing", "framePr", "pBdr", "tblHeader", "gridSpan", "vMerge", "titlePg",
    "pgNumType", "headerReference", "footerReference", "style", "docDefaults", "lang", "body",
)  # fmt: skip

#: Containers that may nest inside themselves (or through their child): deep nesting.
NESTERS: tuple[tuple[str, ...], ...] = (
    ("sdt", "sdtContent"), ("smartTag",), ("ins",), ("hyperlink",), ("customXml",),
    ("tbl", "tr", "tc"), ("fldSimple",), ("r", "pict", "txbxContent", "p"),
)  # fmt: skip

_DTDS: tuple[bytes, ...] = (
    b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    b'<!DOCTYPE d SYSTEM "http://127.0.0.1:9/x.dtd">',
    b"<!DOCTYPE d>",
    b'<!DOCTYPE d [<!ATTLIST p w:val CDATA "x">]>',
    b'<!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p">%p;]>',
)

#: How often a size is drawn from the heavy end (a 10,000-paragraph repeat, a 1 MB run, a 40 MB
#: bomb): each costs seconds, so the CI run keeps them rare; the long run raises it. Set by the
#: engine in each worker.
HEAVY = 0.015


def flip_bytes(data: bytes, rng: random.Random, most: int) -> bytes:
    """``data`` with 1 to ``most`` bytes set to random values."""
    out = bytearray(data)
    for _ in range(rng.randint(1, most)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def sized(rng: random.Random, normal: tuple[int, ...], heavy: tuple[int, ...]) -> int:
    """A size from ``normal``, or with probability :data:`HEAVY` from ``heavy``."""
    return rng.choice(heavy) if rng.random() < HEAVY else rng.choice(normal)


_CONTROL = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 0x7F, 0x85, 0xFFFE))


def _controlish(rng: random.Random, size: int) -> str:
    pool = (
        _CONTROL + "\u200b\u200d\ufeff\u00a0\u2028\u2029\u0300\u0301\u0323ạảấầẩẫậđĐ"
        "ÕÕ¸¹µ¶·ÑÒ\U0001f600\ud800\udfff"
    )
    return "".join(rng.choice(pool) for _ in range(size))


HOSTILE_TEXTS: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: "",
    lambda rng: " " * sized(rng, (1, 100, 10_000), (1_000_000,)),
    lambda rng: "Số: " + "9" * rng.choice((20, 5000)) + "/UBND-VP",
    lambda rng: "ngày " + rng.choice(("99", "0", "-1", "²")) + " tháng 13 năm 99999",
    lambda rng: "Kon Tum, ngày 31 tháng 02 năm 2018",
    lambda rng: "x" * sized(rng, (1000, 10_000), (100_000, 1_000_000)),
    lambda rng: _controlish(rng, rng.randint(1, 200)),
    lambda rng: "Ñy ban nh©n d©n tØnh" * rng.randint(1, 50),  # TCVN3 bytes read as cp1252
    lambda rng: "U\u0309y ban nha\u0302n da\u0302n",  # NFD
    lambda rng: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    lambda rng: "V/v " * rng.randint(1, 1000),
    lambda rng: "KT. TM. Q. TL. TUQ. " * rng.randint(1, 100),
    lambda rng: "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
)


# --------------------------------------------------------------------------- zip helpers


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """Every member of a zip with its content, or [] when the bytes are not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return [(info, package.read(info)) for info in package.infolist()]
    except Exception:
        return []


def rezip(items: list[tuple[str, bytes]], rng: random.Random) -> bytes:
    """A new zip of the members, mostly deflated (level 1), sometimes stored."""
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if rng.random() < 0.15 else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method, compresslevel=1) as package:
        for name, content in items:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            package.writestr(info, content, compresslevel=1)
    return out.getvalue()


def _pick_member(items: list[tuple[str, bytes]], rng: random.Random) -> int:
    """Index of an XML member, document.xml about half of the time."""
    xml = [i for i, (name, _) in enumerate(items) if name.endswith((".xml", ".rels"))]
    if not xml:
        return rng.randrange(len(items))
    main = [i for i in xml if items[i][0] == "word/document.xml"]
    if main and rng.random() < 0.5:
        return main[0]
    styles = [i for i in xml if items[i][0] == "word/styles.xml"]
    if styles and rng.random() < 0.3:
        return styles[0]
    return rng.choice(xml)


# --------------------------------------------------------------------------- XML level


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _qname(rng: random.Random, local: str) -> str:
    return f"{{{W}}}{local}" if rng.random() < 0.9 else local


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without the characters XML 1.0 cannot hold (lxml refuses them)."""
    return _NOT_XML.sub("", text)


def _set_attr(el: etree._Element, rng: random.Random) -> None:
    value = xml_safe(rng.choice(HOSTILE_VALUES))
    if el.attrib and rng.random() < 0.6:
        name = rng.choice(list(el.attrib))
    else:
        name = _qname(rng, rng.choice(ATTRIBUTES))
    el.set(name, value)


def _set_text(el: etree._Element, rng: random.Random) -> None:
    text = xml_safe(rng.choice(HOSTILE_TEXTS)(rng))
    ts = [e for e in el.iter(f"{{{W}}}t")] or [el]
    rng.choice(ts).text = text


def xml_mutation(root: etree._Element, rng: random.Random) -> str:
    """Mutate the tree in place; return the mutation's name."""
    elements = _elements(root)
    el = rng.choice(elements)
    parent = el.getparent()
    choice = rng.randrange(13)
    if choice == 0 and parent is not None:
        parent.remove(el)
        return "delete"
    if choice == 1 and parent is not None:
        el.addnext(copy.deepcopy(el))
        return "duplicate"
    if choice == 2:
        _set_attr(el, rng)
        return "attribute"
    if choice == 3:
        for _ in range(rng.randint(2, 20)):
            _set_attr(rng.choice(elements), rng)
        return "attributes"
    if choice == 4:
        _set_text(el if rng.random() < 0.3 else root, rng)
        return "text"
    if choice == 5:  # deep nesting
        chain = rng.choice(NESTERS)
        depth = sized(rng, (10, 30, 100, 300), (1000, 3000))
        node = etree.SubElement(el, f"{{{W}}}{chain[0]}")
        for level in range(1, depth * len(chain)):
            node = etree.SubElement(node, f"{{{W}}}{chain[level % len(chain)]}")
        etree.SubElement(etree.SubElement(node, f"{{{W}}}r"), f"{{{W}}}t").text = "sâu"
        return "nest"
    if choice == 6:  # repeat a paragraph many times
        paragraphs = list(root.iter(f"{{{W}}}p"))
        if paragraphs:
            p = rng.choice(paragraphs)
            count = sized(rng, (10, 100, 300), (1000, 10_000))
            holder = p.getparent()
            if holder is not None:
                at = holder.index(p)
                holder[at + 1 : at + 1] = [copy.deepcopy(p) for _ in range(count)]
                return f"repeat{count}"
        return "repeat-none"
    if choice == 7 and parent is not None:  # move an element elsewhere
        target = rng.choice(elements)
        try:
            target.append(el)
        except (ValueError, TypeError):
            return "move-refused"
        return "move"
    if choice == 8:
        el.tag = _qname(rng, rng.choice(ELEMENTS))
        return "rename"
    if choice == 9:
        child = etree.SubElement(el, _qname(rng, rng.choice(ELEMENTS)))
        for _ in range(rng.randint(0, 3)):
            _set_attr(child, rng)
        return "insert"
    if choice == 10:
        el.attrib.clear()
        if rng.random() < 0.5:
            del el[:]
        return "strip"
    if choice == 11:  # a huge run of text
        holder = rng.choice(list(root.iter(f"{{{W}}}p")) or [el])
        run = etree.SubElement(holder, f"{{{W}}}r")
        etree.SubElement(run, f"{{{W}}}t").text = rng.choice(("ạ", "x ", "\t")) * sized(
            rng, (1000, 10_000), (100_000, 1_000_000)
        )
        return "huge-run"
    # swap two siblings
    if parent is not None and len(parent) > 1:
        other = parent[rng.randrange(len(parent))]
        if other is not el:
            a, b = parent.index(el), parent.index(other)
            parent.insert(a, copy.deepcopy(other))
            parent.remove(other)
            parent.insert(b, el)
        return "swap"
    return "noop"


def xml_bytes_mutation(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Mutate serialized XML as bytes: DTDs, truncation, encodings, junk."""
    choice = rng.randrange(9)
    if choice == 0:  # a DTD at a random offset (or right after the declaration)
        dtd = rng.choice(_DTDS)
        end = data.find(b"?>")
        at = end + 2 if end >= 0 and rng.random() < 0.6 else rng.randrange(len(data) + 1)
        return data[:at] + dtd + data[at:], "dtd"
    if choice == 1:
        return data[: rng.randrange(len(data) + 1)], "truncate"
    if choice == 2:
        encoding = rng.choice(
            (b"UTF-16", b"windows-1258", b"x-unknown", b"UTF-32", b"ISO-8859-1", b"", b"ebcdic")
        )
        body = data.split(b"?>", 1)[-1]
        return b'<?xml version="1.0" encoding="' + encoding + b'"?>' + body, "encoding"
    if choice == 3:
        return flip_bytes(data, rng, 8), "xml-flip"
    if choice == 4:
        junk = rng.choice(
            (
                b"\xff\xfe",
                b"\xef\xbb\xbf",
                b"<!-- -- -->",
                b"<![CDATA[x]]>",
                b"<?pi x?>",
                b"&#0;",
                b"&#xD800;",
                b"&undefined;",
                b"\x80\x81\xc0\xaf",
                b"</w:body>",
                b"<w:p>" * 1000,
            )
        )
        at = rng.randrange(len(data) + 1)
        return data[:at] + junk + data[at:], "xml-junk"
    if choice == 5:
        return rng.choice((b"", b"<x/>", b"<?xml version='1.0'?>", b"\x00" * 100)), "xml-replace"
    if choice == 6:  # the prefix bound to another namespace (Strict OOXML, or nonsense)
        uri = rng.choice((STRICT_W.encode(), b"urn:x", b""))
        return data.replace(W.encode(), uri), "namespace"
    if choice == 7:  # many attributes on the root
        attrs = b"".join(b' a%d="%d"' % (i, i) for i in range(sized(rng, (10, 100), (10_000,))))
        at = data.find(b">", data.find(b"<w:") if b"<w:" in data else 0)
        if at > 0:
            return data[:at] + attrs + data[at:], "many-attrs"
        return data, "noop"
    start = rng.randrange(len(data) + 1)
    end = min(len(data), start + rng.randint(1, 2000))
    return data[:start] + data[start:end] * rng.randint(2, 50) + data[end:], "xml-splice"


def structural(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Unzip, mutate one XML member (at the XML level, or its bytes), re-zip."""
    found = members(data)
    if not found:
        return data, "noop"
    items = [(info.filename, content) for info, content in found]
    index = _pick_member(items, rng)
    name, content = items[index]
    label = name.rsplit("/", 1)[-1]
    if rng.random() < 0.75:
        try:
            root = etree.fromstring(
                content, etree.XMLParser(resolve_entities=False, huge_tree=True)
            )
        except etree.XMLSyntaxError:
            return data, "noop"
        names = [xml_mutation(root, rng) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        content = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        what = "+".join(names)
    else:
        content, what = xml_bytes_mutation(content, rng)
    items[index] = (name, content)
    return rezip(items, rng), f"{label}:{what}"


# --------------------------------------------------------------------------- package level

_EVIL_NAMES = (
    "../evil.xml", "/abs.xml", "C:\\x.xml", "word/../../x.xml", "word//document.xml",
    "WORD/DOCUMENT.XML", "word/document.xml ", "word/document.xml/", "", "word/\x00.xml",
    "word/" + "a" * 1000 + ".xml", "docProps/custom.xml",
)  # fmt: skip

_RELS = (
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{target}" TargetMode="{mode}"/>'
)


def package(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Remove, add, rename or duplicate members; point relationships elsewhere."""
    found = members(data)
    if not found:
        return data, "noop"
    items = [(info.filename, content) for info, content in found]
    choice = rng.randrange(7)
    if choice == 0:
        del items[rng.randrange(len(items))]
        return rezip(items, rng), "drop-member"
    if choice == 1:
        index = rng.randrange(len(items))
        items[index] = (rng.choice(_EVIL_NAMES), items[index][1])
        return rezip(items, rng), "rename-member"
    if choice == 2:
        items.append(rng.choice(items))  # the same name twice
        return rezip(items, rng), "duplicate-member"
    if choice == 3:
        count = sized(rng, (50, 500), (2100,))
        items += [(f"word/media/x{i}.xml", b"<x/>") for i in range(count)]
        return rezip(items, rng), f"many-members{count}"
    if choice == 4:
        target = rng.choice(
            (
                "word/none.xml", "/word/document.xml", "../../../../etc/passwd",
                "http://127.0.0.1:9/x", "file:///etc/passwd", "", "_rels/.rels", "word/",
                "%2e%2e/x", "word/document.xml#frag",
            )
        )  # fmt: skip
        mode = rng.choice(("Internal", "External", "", "x"))
        rels = (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">'
            + _RELS.format(target=target, mode=mode)
            + "</Relationships>"
        )
        name = "_rels/.rels" if rng.random() < 0.5 else "word/_rels/document.xml.rels"
        items = [(n, c) for n, c in items if n != name] + [(name, rels.encode())]
        return rezip(items, rng), "rels-target"
    if choice == 5:  # a highly compressible member (a small bomb)
        size = sized(rng, (1 << 16, 1 << 20), (8 << 20, 40 << 20))
        filler = b" " * size if rng.random() < 0.5 else b"<w:p/>" * (size // 6)
        index = _pick_member(items, rng)
        items[index] = (items[index][0], items[index][1][:-30] + filler + items[index][1][-30:])
        return rezip(items, rng), f"inflate{size >> 20}M"
    # a nested zip or a plain file where an XML part should be
    index = _pick_member(items, rng)
    items[index] = (items[index][0], data[:2000] if rng.random() < 0.5 else bytes(range(256)))
    return rezip(items, rng), "swap-content"


# --------------------------------------------------------------------------- byte level

_CD = b"PK\x01\x02"
_LH = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"


def _offsets(data: bytes, signature: bytes) -> list[int]:
    """Offsets of every zip record with this signature."""
    out, at = [], data.find(signature)
    while at >= 0:
        out.append(at)
        at = data.find(signature, at + 4)
    return out


def _central_entries(data: bytes) -> list[int]:
    """Offsets of the central directory headers (found by signature)."""
    return _offsets(data, _CD)


def _local_headers(data: bytes) -> list[int]:
    return _offsets(data, _LH)


def _patch(data: bytearray, offset: int, fmt: str, value: int) -> None:
    size = struct.calcsize(fmt)
    if offset >= 0 and offset + size <= len(data):
        data[offset : offset + size] = struct.pack(fmt, value & ((1 << (8 * size)) - 1))


def byte_level(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Flip, truncate, corrupt headers and the central directory, non-UTF-8 names, flags."""
    out = bytearray(data)
    choice = rng.randrange(12)
    central = _central_entries(data)
    local = _local_headers(data)
    if choice == 0:
        for _ in range(rng.randint(1, 10)):
            if out:
                out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out), "flip"
    if choice == 1:
        return data[: rng.randrange(len(data) + 1)], "truncate"
    if choice == 2 and central:  # flags: encrypted, data descriptor, UTF-8, strong encryption
        at = rng.choice(central)
        flag = rng.choice((0x1, 0x8, 0x800, 0x41, 0x2000, 0xFFFF))
        _patch(out, at + 8, "<H", flag)
        if local and rng.random() < 0.7:
            _patch(out, rng.choice(local) + 6, "<H", flag)
        return bytes(out), f"flag{flag:#x}"
    if choice == 3 and central:  # compression method
        method = rng.choice((1, 6, 9, 12, 14, 93, 95, 98, 99, 0xFFFF))
        at = rng.choice(central)
        _patch(out, at + 10, "<H", method)
        for lh in local:
            _patch(out, lh + 8, "<H", method)
        return bytes(out), f"method{method}"
    if choice == 4 and central:  # sizes: zero, huge, ZIP64 markers
        at = rng.choice(central)
        field = rng.choice((20, 24))  # compressed, uncompressed size
        _patch(out, at + field, "<I", rng.choice((0, 1, 0xFFFFFFFF, 0x7FFFFFFF, 1 << 30)))
        return bytes(out), "sizes"
    if choice == 5 and central:  # local header offset, name length, extra length
        at = rng.choice(central)
        field, fmt = rng.choice(((42, "<I"), (28, "<H"), (30, "<H"), (32, "<H")))
        _patch(out, at + field, fmt, rng.choice((0, 1, 0xFFFF, 0xFFFFFFFF, len(data))))
        return bytes(out), f"cd-field{field}"
    if choice == 6 and central:  # member names with bytes that are not UTF-8
        at = rng.choice(central)
        (length,) = struct.unpack_from("<H", data, at + 28)
        bad = bytes(rng.choice((0x80, 0xC0, 0xFF, 0xFE, 0x00, 0x2F, 0x5C)) for _ in range(length))
        out[at + 46 : at + 46 + length] = bad
        if rng.random() < 0.5:
            _patch(out, at + 8, "<H", 0x800)  # claims UTF-8
        return bytes(out), "name-bytes"
    if choice == 7:  # the end record: entry counts, directory size and offset
        at = data.rfind(_EOCD)
        if at >= 0:
            field, fmt = rng.choice(((8, "<H"), (10, "<H"), (12, "<I"), (16, "<I"), (20, "<H")))
            _patch(out, at + field, fmt, rng.choice((0, 1, 0xFFFF, 0xFFFFFFFF, len(data) * 2)))
        return bytes(out), "eocd"
    if choice == 8:
        junk = rng.randbytes(rng.choice((1, 100, 4096)))
        if rng.random() < 0.5:
            return junk + data, "prepend"
        return data + junk, "append"
    if choice == 9:
        return rng.choice(
            (
                b"",
                b"PK",
                b"PK\x03\x04",
                _EOCD + b"\x00" * 18,
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(600),
                rng.randbytes(rng.randint(1, 3000)),
                b"PK\x03\x04" + rng.randbytes(2000),
            )
        ), "garbage"
    if choice == 10 and central:  # drop an entry from the central directory
        at = rng.choice(central)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
        end = at + 46 + name_len + extra_len + comment_len
        eocd = data.rfind(_EOCD)
        del out[at:end]
        if eocd > end:
            eocd -= end - at
            for field in (8, 10):
                (count,) = struct.unpack_from("<H", out, eocd + field)
                _patch(out, eocd + field, "<H", count - 1)
        return bytes(out), "cd-drop"
    # splice: a block of bytes copied over another place
    if len(data) > 10:
        start, dest = rng.randrange(len(data)), rng.randrange(len(data))
        chunk = data[start : start + rng.randint(1, 512)]
        out[dest : dest + len(chunk)] = chunk
    return bytes(out), "splice"
