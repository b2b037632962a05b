"""Re-issue a document under the current standard (ban hành lại theo thể thức hiện hành).

:func:`reissue` reads a file with :func:`~vnadmin_docs.read` into the model, renders the
model with :func:`~vnadmin_docs.render_docx` under the current standard (Decree 30/2020
unless another is named) and writes the new .docx atomically. Unlike
:func:`~vnadmin_docs.fix`, nothing of the old file's XML survives: only what the model
holds. The report says what did not come across:

- the reader's notes (what was converted, guessed or left in the body);
- what the old package holds that the model has no place for (:class:`Lost`): images,
  comments, tracked changes, footnotes and endnotes, text-box text the reader did not
  take, fields other than PAGE, drawn shapes, header and footer text other than page
  numbers, extra sections and landscape pages, colours and highlights, hyperlinks;
- paragraphs of the old file whose words are not in the new one (compared word by word);
- the validator's failures on the new file: what the content itself breaks (a missing
  number, a signer without a name…); the layout is the renderer's and passes.

>>> from vnadmin_docs.examples import kontum_2452
>>> from vnadmin_docs.render.docx import docx_bytes
>>> report = reissue(docx_bytes(kontum_2452()))
>>> report.standard, report.lost
('nd30-2020', [])
>>> [f.code for f in report.failures]  # the example's own faults, as the letter printed them
['NB001', 'NB003', 'SG001', 'DS012']
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import IO

from lxml import etree

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.documents import Document
from vnadmin_docs.ooxml.read import (
    LIMITS,
    DocxInfo,
    Limits,
    _open_zip,
    _parse,
    _read_member,
    read_docx,
    read_source_bytes,
)
from vnadmin_docs.read import read
from vnadmin_docs.read.notes import Note, in_language
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.serialization import atomic_write
from vnadmin_docs.standards import Standard, get
from vnadmin_docs.validate import Finding, validate
from vnadmin_docs.validate.vi import to_vi

__all__ = ["Lost", "ReissueReport", "reissue"]

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

PASSAGES_LISTED = 5
"""How many dropped paragraphs the report quotes one by one (a summary counts them all)."""

_KINDS: dict[str, tuple[str, str]] = {
    "image": ("images (not in the model)", "hình ảnh (mô hình không chứa)"),
    "comment": ("comments", "ghi chú của người duyệt"),
    "tracked-change": ("tracked changes (the new file holds the text as read)",
                       "theo dõi thay đổi (tệp mới giữ văn bản như đã đọc)"),
    "footnote": ("footnotes", "chú thích cuối trang"),
    "endnote": ("endnotes", "chú thích cuối văn bản"),
    "text-box": ("text-box text not read into the model",
                 "chữ trong hộp văn bản không được đọc vào mô hình"),
    "field": ("fields other than the page number", "trường tự động khác số trang"),
    "shape": ("drawn shapes (the new file draws its own rules)",
              "hình vẽ (tệp mới tự kẻ đường kẻ)"),
    "header-footer": ("header or footer text other than page numbers",
                      "chữ ở đầu trang hoặc chân trang ngoài số trang"),
    "section": ("sections (the new file has fewer)",
                "số phần định dạng trang (tệp mới có ít phần hơn)"),
    "landscape": ("landscape sections (the new file has fewer)",
                  "phần trang khổ ngang (tệp mới có ít phần hơn)"),
    "colour": ("coloured or highlighted text", "chữ màu hoặc tô nền"),
    "hyperlink": ("hyperlinks (their text stays, the link does not)",
                  "siêu liên kết (giữ chữ, mất liên kết)"),
    "text": ("words not carried into the new file", "chữ không được chuyển sang tệp mới"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lost:
    """Something of the old file the re-issued one does not carry (nội dung không chuyển được).

    ``kind`` is one of the keys of :data:`KINDS` (``image``, ``comment``,
    ``tracked-change``, ``text``…), ``where`` the part or paragraph, ``detail`` a count or
    the words concerned, as found in the file.
    """

    kind: str
    where: str
    detail: str
    where_vi: str = ""
    """``where`` in Vietnamese (vị trí); empty: the same as ``where``."""
    detail_vi: str = ""
    """``detail`` in Vietnamese (chi tiết); empty: the same as ``detail``."""

    def description(self, lang: str = "en") -> str:
        """What was lost, in ``"en"`` or ``"vi"`` (mô tả)."""
        en, vi = _KINDS[self.kind]
        return vi if lang == "vi" else en

    def text(self, lang: str = "en") -> str:
        """One line: where, what, and the detail, in ``"en"`` or ``"vi"``."""
        if lang == "vi":
            return f"{self.where_vi or self.where}: {self.description('vi')}: " + (
                self.detail_vi or self.detail
            )
        return f"{self.where}: {self.description('en')}: {self.detail}"

    def to_dict(self) -> dict[str, str]:
        """The item as plain data, with both descriptions (for JSON)."""
        return {"kind": self.kind, "where": self.where, "detail": self.detail,
                "description": self.description("en"),
                "where_vi": self.where_vi or self.where,
                "detail_vi": self.detail_vi or self.detail,
                "description_vi": self.description("vi")}  # fmt: skip


KINDS = tuple(_KINDS)
"""Every kind of :class:`Lost`."""


@dataclass(slots=True)
class ReissueReport:
    """What :func:`reissue` did (báo cáo ban hành lại).

    ``notes`` are the reader's; ``lost`` what the old file holds that the new one does not;
    ``failures`` what the validator finds in the new file under ``standard`` (the content's
    own faults: the layout is the renderer's); ``data`` the new file's bytes when no target
    was given, ``target`` the path written otherwise.
    """

    source: str
    standard: str
    document: Document
    notes: list[Note] = field(default_factory=list)
    """The reader's notes (:class:`~vnadmin_docs.read.notes.Note`: English, ``.vi``)."""
    lost: list[Lost] = field(default_factory=list)
    failures: list[Finding] = field(default_factory=list)
    data: bytes | None = None
    target: str | None = None

    def notes_in(self, lang: str = "en") -> list[str]:
        """The reader's notes in ``"en"`` or ``"vi"`` (ghi chú khi đọc)."""
        return in_language(self.notes, lang)

    def to_dict(self) -> dict[str, object]:
        """The report as plain data (for JSON); ``notes_vi`` holds the notes in Vietnamese."""
        return {
            "source": self.source,
            "target": self.target,
            "standard": self.standard,
            "type": self.document.type.value,
            "notes": self.notes_in("en"),
            "notes_vi": self.notes_in("vi"),
            "lost": [item.to_dict() for item in self.lost],
            "failures": [finding.to_dict() for finding in self.failures],
        }


# ----------------------------------------------------------------------------- the package

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
_WORD = re.compile(r"[^\W_]+")
_DECORATION = {"o0o"}
_OLD_TONE = re.compile(r"([ou])([àáảãạèéẻẽẹỳýỷỹỵ])$")
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_LETTER = re.compile(r"[^\W\d_]")
_BLANK_COLOURS = {"auto", "000000", "ffffff", "none", "clear"}


def _section_counts(root: etree._Element) -> tuple[int, int]:
    """How many sections a document part has, and how many of them are landscape."""
    sections = root.xpath("//w:sectPr", namespaces=_NS)
    wide = 0
    for sect in sections:
        size = sect.find("w:pgSz", _NS)
        if size is None:
            continue
        w, h = (size.get(f"{{{_NS['w']}}}{key}") or "" for key in ("w", "h"))
        orient = size.get(f"{{{_NS['w']}}}orient")
        if orient == "landscape" or (w.isdigit() and h.isdigit() and int(w) > int(h)):
            wide += 1
    return len(sections), wide


def _count(root: etree._Element, path: str) -> int:
    return len(root.xpath(path, namespaces=_NS))


def _where_vi(member: str) -> str:
    """A part of the package named for the clerk: ``word/header2.xml`` → đầu trang (…)."""
    named = to_vi(member)
    if named == member:
        return member
    return f"{named} ({member})" if re.search(r"\d\.xml$", member) else named


def _text(node: etree._Element) -> str:
    return "".join(node.xpath(".//w:t/text()", namespaces=_NS))


def _short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _new_tone(match: re.Match[str]) -> str:
    """«oà» → «òa», «uý» → «úy»: the tone on the first vowel, as the renderer writes it."""
    vowel, mark = unicodedata.normalize("NFD", match.group(2))[0], match.group(2)
    tone = next(c for c in unicodedata.normalize("NFD", mark) if c in _TONES)
    return unicodedata.normalize("NFC", match.group(1) + tone + vowel)


def _words(text: str) -> list[str]:
    """The words of ``text`` compared: NFC, case-folded, one tone placement, no decoration."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return [_OLD_TONE.sub(_new_tone, w) for w in words if w not in _DECORATION]


class _Scan:
    """Walk the old package for what the model has no place for."""

    def __init__(
        self, data: bytes, label: str, limits: Limits, new_sections: tuple[int, int]
    ) -> None:
        self.label = label
        self.new_sections = new_sections
        self.limits = limits
        self.lost: list[Lost] = []
        self.package = _open_zip(data, label, limits)

    def part(self, member: str) -> etree._Element | None:
        raw = _read_member(self.package, member, self.label, self.limits)
        if raw is None:
            return None
        root = _parse(raw, member, self.label, self.limits)
        for fallback in root.xpath("//mc:Fallback", namespaces=_NS):  # the same content again
            parent = fallback.getparent()
            if parent is not None:
                parent.remove(fallback)
        return root

    def add(self, kind: str, where: str, detail: str, where_vi: str = "", vi: str = "") -> None:
        self.lost.append(Lost(kind, where, detail, where_vi or _where_vi(where), vi))

    def run(self, new_words: Counter[str]) -> list[Lost]:
        with self.package:
            names = sorted(n for n in self.package.namelist() if _PARTS.fullmatch(n))
            for member in names:
                root = self.part(member)
                if root is not None:
                    self.story(member, root, new_words)
            self.notes_parts()
        return self.lost

    def story(self, member: str, root: etree._Element, new_words: Counter[str]) -> None:
        images = _count(root, "//a:blip | //v:imagedata")
        if images:
            self.add("image", member, f"{images}")
        tracked = _count(root, "//w:ins | //w:del | //w:moveFrom | //w:moveTo")
        formats = _count(root, "//w:rPrChange | //w:pPrChange")
        if tracked or formats:
            self.add("tracked-change", member, f"{tracked} text, {formats} format", "",
                     f"{tracked} chữ, {formats} định dạng")  # fmt: skip
        self.fields(member, root)
        shapes = _count(root, "//wps:wsp[not(.//w:txbxContent)] | //v:line | //v:rect"
                              "[not(.//w:txbxContent)] | //v:shape[not(.//w:txbxContent)"
                              " and not(.//v:imagedata)]")  # fmt: skip
        if shapes:
            self.add("shape", member, f"{shapes}")
        links = _count(root, "//w:hyperlink")
        if links:
            self.add("hyperlink", member, f"{links}")
        coloured = sum(
            1
            for value in root.xpath("//w:rPr/w:color/@w:val", namespaces=_NS)
            if str(value).lower() not in _BLANK_COLOURS
        )
        highlighted = _count(root, "//w:rPr/w:highlight[not(@w:val='none')]") + sum(
            1
            for value in root.xpath("//w:rPr/w:shd/@w:fill", namespaces=_NS)
            if str(value).lower() not in _BLANK_COLOURS
        )
        if coloured or highlighted:
            self.add("colour", member, f"{coloured} coloured, {highlighted} highlighted", "",
                     f"{coloured} chữ màu, {highlighted} tô nền")  # fmt: skip
        if member == "word/document.xml":
            self.sections(member, root)
            self.boxes(member, root, new_words)
        else:
            text = _text(root)
            if _LETTER.search(text):
                self.add("header-footer", member, f"«{_short(text)}»")

    def fields(self, member: str, root: etree._Element) -> None:
        names: Counter[str] = Counter()
        instructions = [str(v) for v in root.xpath("//w:fldSimple/@w:instr", namespaces=_NS)]
        for paragraph in root.xpath("//w:p", namespaces=_NS):
            code = "".join(paragraph.xpath(".//w:instrText/text()", namespaces=_NS))
            instructions.extend(part for part in re.split(r"(?=\b[A-Z]{2,}\b)", code) if part)
        for instruction in instructions:
            words = instruction.split()
            name = words[0].upper() if words else ""
            if name and name.isalpha() and name != "PAGE" and name != "MERGEFORMAT":
                names[name] += 1
        if names:
            detail = ", ".join(f"{name} ×{count}" for name, count in sorted(names.items()))
            self.add("field", member, detail)

    def sections(self, member: str, root: etree._Element) -> None:
        count, wide = _section_counts(root)
        new_count, new_wide = self.new_sections
        if count > new_count:
            self.add("section", member, f"{count} → {new_count}")
        if wide > new_wide:
            self.add("landscape", member, f"{wide} → {new_wide}")

    def boxes(self, member: str, root: etree._Element, new_words: Counter[str]) -> None:
        for number, box in enumerate(root.xpath("//w:txbxContent", namespaces=_NS), 1):
            text = _text(box)
            missing = [w for w in _words(text) if not new_words.get(w)]
            if missing:
                self.add("text-box", f"{member}: text box {number}", f"«{_short(text)}»",
                         f"{_where_vi(member)}: hộp văn bản {number}")  # fmt: skip

    def notes_parts(self) -> None:
        comments = self.part("word/comments.xml")
        if comments is not None:
            count = _count(comments, "//w:comment")
            if count:
                self.add("comment", "word/comments.xml", f"{count}")
        for kind, member, tag in (("footnote", "word/footnotes.xml", "w:footnote"),
                                  ("endnote", "word/endnotes.xml", "w:endnote")):  # fmt: skip
            root = self.part(member)
            if root is None:
                continue
            notes = root.xpath(f"//{tag}[not(@w:type) or @w:type='normal']", namespaces=_NS)
            if notes:
                self.add(kind, member, f"{len(notes)}: «{_short(_text(notes[0]), 60)}»")


def _info_words(info: DocxInfo) -> list[tuple[int, str]]:
    return [(p.index, p.visible_text) for p in info.paragraphs if p.visible_text]


def _dropped(old: DocxInfo, new_words: Counter[str]) -> list[Lost]:
    """The old body's paragraphs with words the new file lacks, in order (a word is used once)."""
    left = Counter(new_words)
    total = 0
    passages: list[Lost] = []
    count = 0
    for index, text in _info_words(old):
        missing = []
        for word in _words(text):
            if left[word] > 0:
                left[word] -= 1
            else:
                missing.append(word)
        if not missing:
            continue
        count += 1
        total += len(missing)
        if len(passages) < PASSAGES_LISTED:
            gone = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
            where = f"paragraph {index + 1}"
            quoted = f"«{_short(text, 60)}»"
            passages.append(
                Lost("text", where, f"{quoted}: {gone}", f"đoạn {index + 1}", f"{quoted}: «{gone}»")
            )
    if not count:
        return []
    summary = Lost("text", "word/document.xml", f"{total} word(s) in {count} paragraph(s)",
                   _where_vi("word/document.xml"), f"{total} chữ trong {count} đoạn")  # fmt: skip
    return [summary, *passages]


# ----------------------------------------------------------------------------- the API


def reissue(
    source: Source,
    target: str | os.PathLike[str] | None = None,
    *,
    standard: str | Standard | None = None,
    limits: Limits | None = None,
) -> ReissueReport:
    """Read a document and issue it again under the current standard (ban hành lại văn bản).

    Args:
        source: the old document: a .docx (or a plain text the reader takes) as a path,
            bytes or binary stream, as :func:`~vnadmin_docs.read` takes it.
        target: where to write the new .docx (atomically); ``None`` to return its bytes in
            :attr:`ReissueReport.data`.
        standard: the standard to lay the new file out by; by default the one in force
            (Decree 30/2020).
        limits: the budgets reading the old file may use (:class:`~vnadmin_docs.Limits`).

    Returns:
        A :class:`ReissueReport`: the reader's notes, what was not carried over
        (:class:`Lost`), and the validator's failures on the new file.

    Raises:
        InputError: an unknown standard, or a source of no type the reader takes.
        ReadError, UnsafeDocumentError, BudgetExceededError, UnsupportedDocumentType: as
            :func:`~vnadmin_docs.read` raises them on the old file.
        RenderError: ``target`` cannot be written.
    """
    limits = limits or LIMITS
    try:
        table = get(standard)
    except ValueError as error:
        raise InputError(str(error)) from None
    data, label = read_source_bytes(source, limits)
    text = isinstance(source, str | os.PathLike) and os.fspath(source).lower().endswith(
        (".txt", ".md")
    )
    reading = read(data, fmt="text" if text else None, limits=limits)
    reading.source = label
    new = docx_bytes(reading.document, table)
    new_info = read_docx(new, label="reissued")
    new_words = Counter(w for _, text in _info_words(new_info) for w in _words(text))
    lost: list[Lost] = []
    if data[:2] == b"PK":
        old_info = read_docx(data, limits=limits, label=label)
        with zipfile.ZipFile(io.BytesIO(new)) as package:  # our own file
            new_sections = _section_counts(etree.fromstring(package.read("word/document.xml")))
        lost = _Scan(data, label, limits, new_sections).run(new_words)
        lost.extend(_dropped(old_info, new_words))
    failures = validate(new, table).failures
    result = ReissueReport(label, table.id, reading.document, list(reading.notes), lost,
                           list(failures))  # fmt: skip
    if target is None:
        result.data = new
    else:
        from vnadmin_docs.errors import RenderError

        try:
            with atomic_write(target) as stream:
                stream.write(new)
        except OSError as error:
            raise RenderError(f"{target}: cannot write ({error.strerror or error})") from None
        result.target = os.fspath(target)
    return result
