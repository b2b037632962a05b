"""The .docx reader (đọc tệp Word): stage 1 and 2 data turned into a document model.

Works on our own files (their paragraph styles name the components, so nothing is guessed)
and on files made in Word or LibreOffice (the components are recognised by their text and
place, see :mod:`vnadmin_docs.read.components`). What fits no component stays in the body,
or is named in :attr:`Reading.notes <vnadmin_docs.read.Reading.notes>`; every guess is noted
with a lower confidence.

Confidence (độ tin cậy) per component key:

- 1.0: found by a fixed marker or named by our own file (``Số``, ``Kính gửi:``, ``Nơi
  nhận:``, the hidden properties of a file we rendered);
- 0.9: found by its place, or the normal-case agency name found written in the document;
- 0.8: read with a correction the note describes (a number the model's notation cannot
  hold as printed, a signer's name typed under the table);
- 0.7: the agency's name partly found written in the document, the rest guessed;
- 0.5: guessed (a normal-case name made from the capitals of the header).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from datetime import date
from functools import cached_property, lru_cache
from typing import IO, Any, ClassVar

from pydantic import ValidationError

from vnadmin_docs.errors import ReadError, UnsupportedDocumentType
from vnadmin_docs.models.body import ListStyle, roman, vietnamese_letter
from vnadmin_docs.models.components import DocumentNumber, PartialDate, close_hyphens
from vnadmin_docs.models.documents import Document, DocumentType, TypedDocument
from vnadmin_docs.ooxml.read import DocxInfo, Limits, ParaInfo, TableInfo, read_docx
from vnadmin_docs.read import Reading
from vnadmin_docs.read.components import (
    SIDE_NOTE,
    TITLE_IN_NORMAL_CASE,
    Layout,
    is_upper,
    recognise,
)
from vnadmin_docs.read.forms import (
    END_MARK,
    FormReader,
    has_subject,
    is_form,
    strip_end_mark,
)
from vnadmin_docs.read.notes import Note, component_vi, quote
from vnadmin_docs.read.tables import read_table
from vnadmin_docs.render.docx import HIDDEN_PROPERTY
from vnadmin_docs.render.styles import style_id
from vnadmin_docs.serialization import document_class
from vnadmin_docs.vietnamese import (
    bounded_int,
    lower,
    nfc,
    parse_issue_date,
    tone_insensitive_key,
    upper,
)

__all__ = ["guess_agency_name", "read_docx_document"]

_DAY_WORD = re.compile(r"\bngày\b", re.IGNORECASE)
"""Where the date begins on the place-and-date line: the place stands before it."""
_MARKERS: list[tuple[ListStyle, re.Pattern[str]]] = [
    (ListStyle.DECIMAL, re.compile(r"^(\d+)\.\s+")),
    (ListStyle.LETTER, re.compile(r"^([a-zđ])\)\s+")),
    (ListStyle.ROMAN, re.compile(r"^([IVXLC]+)\.\s+")),
    (ListStyle.DASH, re.compile(r"^-\s+")),
    (ListStyle.PLUS, re.compile(r"^\+\s+")),
    (ListStyle.STAR, re.compile(r"^\*\s+")),
]
_UNITS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_KINDS = ("văn phòng", "học viện", "trung tâm", "tổng cục", "chi cục", "công ty", "ngân hàng",
          "bộ", "sở", "cục", "vụ", "viện", "ban", "trường", "phòng", "hội")  # fmt: skip
"""Words that name the kind of a body: the word after them opens its proper name."""
_SCHOOLS = ("đại học", "cao đẳng")
_EXPANSIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?$"
)
_REFERENCE = re.compile(r"\((?P<inside>[^()]*)\)\s*$")
"""The bracket that ends an attachment's reference line: ``(Kèm theo … của <agency>)``."""
_ARCHIVE = re.compile(r"^[-–+•]?\s*L[ưƯ]u\b(?!\s+tr[ữỮ])\s*:?\s*(?P<rest>.*)$", re.DOTALL)
_COPIES_MARK = re.compile(
    r"\(\s*(?:(?P<who>[^\W\d_]+)\s*\.\s*)?(?P<n>\d*)\s*b\s*\)\s*$", re.IGNORECASE
)
"""The drafter's mark in brackets after the archive units: ``(NA.15b)``, a blank ``(  b)``."""
_LOOSE_NUMBER = re.compile(
    r"^\s*S[ốỐ]\s*(?:[:.]\s*)?(?!\s)(?P<serial>\d*)(?!\d)(?P<extra>[^/]*)/\s*(?P<rest>.*)$"
)
r"""A number line the model does not take as printed: ``Số: 875a/TB-ĐHTL``.

The guards ``(?!\s)`` and ``(?!\d)`` keep each run of spaces or digits in one part, so a
line with no ``/`` fails in linear time."""
_AUTHORITY_TIGHT = re.compile(r"^(?P<prefix>TM|KT|TL|TUQ|Q)\.(?P<title>\S.*)$")
_DASHES = ("-", "–", "+", "•")
_LETTERS = [vietnamese_letter(i) for i in range(1, 24)]
_TYPE_BY_NAME = {upper(t.vietnamese_name): t for t in DocumentType}


_DASH_LIKE = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                            "\u2014": "-", "\u2212": "-"})  # fmt: skip


def _fold_dashes(line: str) -> str:
    """A number line with its dashes (–, —, ‑, −) written as the hyphen of a ký hiệu."""
    return line.translate(_DASH_LIKE)


def _cited_agency(line: str) -> str:
    """The agency a reference line names: ``(Kèm theo Công văn số … của UBND tỉnh)``."""
    match = _REFERENCE.search(line)
    if match is None:
        return ""
    _, found, after = match["inside"].partition("Kèm theo ")
    _, found_of, agency = after.partition(" của ") if found else ("", "", "")
    return agency.strip() if found_of else ""


def _start(style: ListStyle, marker: str) -> int:
    """The number of a list's first item from its marker: ``3.`` → 3, ``b)`` → 2, ``IV.`` → 4."""
    if style is ListStyle.DECIMAL:
        return bounded_int(marker) or 1
    if style is ListStyle.LETTER and marker in _LETTERS:
        return _LETTERS.index(marker) + 1
    if style is ListStyle.ROMAN:
        return next((n for n in range(1, 400) if roman(n) == marker), 1)
    return 1


def _number_ok(style: ListStyle, match: re.Match[str]) -> bool:
    """Whether a numbered marker stands for a number a list can start at (not ``0.``)."""
    marker = match.group(1)
    if style is ListStyle.DECIMAL:
        return (bounded_int(marker) or 0) > 0
    if style is ListStyle.LETTER:
        return marker in _LETTERS
    return any(roman(n) == marker for n in range(1, 400))


def _nests(child: ListStyle, parent: ListStyle) -> bool:
    """Whether a list of style ``child`` right after an item of ``parent`` nests under it.

    The rule of the text reader (:mod:`vnadmin_docs.read.text`): bullets and deeper
    numbered styles (``I.`` → ``1.`` → ``a)``) under a numbered item, ``+`` under ``-``.
    """
    if parent.numbered:
        return not child.numbered or _RANK[child] > _RANK[parent]
    return parent is ListStyle.DASH and child is ListStyle.PLUS


_RANK = {ListStyle.ROMAN: 0, ListStyle.DECIMAL: 1, ListStyle.LETTER: 2}


def _add_item(
    blocks: list[dict[str, Any]],
    open_lists: list[dict[str, Any]],
    style: ListStyle,
    number: int,
    item: dict[str, Any],
) -> None:
    """Put a list item where it belongs: in an open list it continues, or a new list.

    An item continues an open list of its style whose next number it carries (any open
    bullet list of its marker); else it opens a list nested under the open list's last
    item when :func:`_nests` allows, or closes that list and tries the one above it.
    """
    while True:
        for depth in range(len(open_lists) - 1, -1, -1):
            draft = open_lists[depth]
            if draft["style"] == style.value and (
                not style.numbered or number == draft["start"] + len(draft["items"])
            ):
                del open_lists[depth + 1 :]
                draft["items"].append(item)
                return
        if open_lists and _nests(style, ListStyle(open_lists[-1]["style"])):
            nested = {"kind": "list", "style": style.value, "start": number, "items": [item]}
            open_lists[-1]["items"][-1].setdefault("blocks", []).append(nested)
            open_lists.append(nested)
            return
        if not open_lists:
            break
        open_lists.pop()
    draft = {"kind": "list", "style": style.value, "start": number, "items": [item]}
    blocks.append(draft)
    open_lists.append(draft)


def _collapse(text: str) -> str:
    return nfc(" ".join(text.split()))


def _clip(text: str, width: int = 60) -> str:
    text = _collapse(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _is_syllable(word: str) -> bool:
    """Whether ``word`` can be one Vietnamese syllable (``THPT``, ``GDĐT`` cannot)."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", lower(word)) if not unicodedata.combining(c)
    ).replace("đ", "d")
    return _SYLLABLE.match(bare) is not None


def _capital(word: str) -> str:
    return upper(word[:1]) + word[1:]


def guess_agency_name(lines: tuple[str, ...]) -> str:
    """Guess an agency's normal-case name from its capitalised header lines.

    Phụ lục II writes an agency's name with capitals only on its first word and on the
    words that name it: the word after the kind of body (``Bộ Tài chính``, ``Sở Nội vụ``,
    ``Trường Đại học Thủy lợi``), each word after ``và`` or a comma in such a name, and the
    place after an administrative-unit word (``tỉnh Kon Tum``). ``UBND`` and ``HĐND`` are
    written out; other abbreviations (``THPT``, ``GDĐT``: no Vietnamese syllable) stay in
    capitals, and the words after one are a proper name.

    >>> guess_agency_name(("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"))
    'Ủy ban nhân dân tỉnh Kon Tum'
    >>> guess_agency_name(("SỞ NỘI VỤ",))
    'Sở Nội vụ'
    >>> guess_agency_name(("UBND TỈNH BÌNH THUẬN",))
    'Ủy ban nhân dân tỉnh Bình Thuận'
    >>> guess_agency_name(("TRƯỜNG THPT CAO LÃNH 2",))
    'Trường THPT Cao Lãnh 2'
    >>> guess_agency_name(("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",))
    'Bộ Nông nghiệp và Môi trường'
    """
    printed: list[str] = []
    for word in " ".join(lines).split():
        printed.extend(_EXPANSIONS.get(word, word).split())
    expanded = {i for i, w in enumerate(printed) if not is_upper(w)}  # from an expansion
    words = [lower(w) for w in printed]
    result: list[str] = []
    proper = False  # after a unit word or an abbreviation: a proper name, every word capital
    named = (
        bool(words)
        and any(  # a body of a kind: its name capitalises after "và", ","
            tuple(words[: len(k.split())]) == tuple(k.split()) for k in _KINDS
        )
    )
    capital_next = False
    index = 0
    while index < len(words):
        word, original = words[index], printed[index]
        unit = next((u for u in _UNITS if tuple(words[index : index + len(u.split())])
                     == tuple(u.split())), None)  # fmt: skip
        if index in expanded:
            result.append(original)
        elif any(c.isdigit() for c in original) or (
            original.isalpha() and not _is_syllable(original)
        ):
            result.append(original)  # an abbreviation, or a number
            proper = proper or index > 0
        elif unit is not None and index > 0:
            size = len(unit.split())
            result.extend(words[index : index + size])
            index += size
            proper = True
            continue
        elif index == 0 or proper or capital_next:
            result.append(_capital(word))
        else:
            result.append(word)
        capital_next = False
        kind = next((k for k in (*_KINDS, *_SCHOOLS)
                     if tuple(words[max(0, index - len(k.split()) + 1) : index + 1])
                     == tuple(k.split())), None)  # fmt: skip
        if kind is not None and (index < len(kind.split()) or kind in _SCHOOLS):
            capital_next = True
        if named and (word == "và" or original.endswith(",")):
            capital_next = True
        index += 1
    return " ".join(result)


@lru_cache(maxsize=65536)
def _token_key(token: str) -> str:
    return tone_insensitive_key(token.strip(",.;:()“”\"'"))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((_token_key(m.group()), m.start(), m.end()) for m in re.finditer(r"\S+", text))


def _written(name_words: list[str], texts: list[str]) -> str | None:
    """The name as a text of the document writes it (not in capitals), or ``None``."""
    keys = [_token_key(w) for w in name_words]
    size = len(keys)
    for text in texts:
        words = _words(text)
        for i in range(len(words) - size + 1):
            if words[i][0] != keys[0] or [w[0] for w in words[i : i + size]] != keys:
                continue
            found = text[words[i][1] : words[i + size - 1][2]].rstrip(",.;:)”\"'")
            found = found.lstrip("(“\"'")
            if not is_upper(found) and found[:1].isupper():
                return _collapse(found)
    return None


def _runs(paragraph: ParaInfo) -> list[dict[str, Any]]:
    merged: list[dict[str, Any]] = []
    for run in paragraph.runs:
        if not run.text:
            continue
        key = (run.bold, run.italic, run.underline)
        if merged and merged[-1]["key"] == key:
            merged[-1]["text"] += run.text
        else:
            merged.append({"key": key, "text": run.text})
    out = [
        {"text": item["text"], "bold": item["key"][0], "italic": item["key"][1],
         "underline": item["key"][2]}
        for item in merged
    ]  # fmt: skip
    while out and not out[0]["text"].strip():
        out.pop(0)
    while out and not out[-1]["text"].strip():
        out.pop()
    if out:
        out[0]["text"] = out[0]["text"].lstrip()
        out[-1]["text"] = out[-1]["text"].rstrip()
    return out


def _cut_end(runs: list[dict[str, Any]], count: int) -> None:
    """Take the last ``count`` characters off ``runs``, in place (a shared end mark)."""
    while runs and count:
        text = runs[-1]["text"]
        if len(text) <= count:
            count -= len(text)
            runs.pop()
        else:
            runs[-1]["text"] = text[:-count]
            count = 0


def _cut(runs: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """The runs without their first ``count`` characters (a list marker)."""
    out = []
    for run in runs:
        if count >= len(run["text"]):
            count -= len(run["text"])
            continue
        out.append({**run, "text": run["text"][count:]})
        count = 0
    if out:
        out[0]["text"] = out[0]["text"].lstrip()
    return [r for r in out if r["text"]]


_LINE_FIELDS = {
    "agency": "agency.lines",
    "parent_agency": "agency.parent.lines",
    "dispatch_subject": "subject",
    "signature_title": "signature.lines",
}
"""Layout component → the model field whose lines it prints (for ``lines.broken``)."""


_ABOUT = re.compile(r"^v[ềe]\s+vi[ệe]c\b", re.IGNORECASE)
BLANK = "…"
"""What a part the model needs but the page does not print is read as (to be filled in)."""
_BLANKS_VI = {"day": "ngày", "month": "tháng", "year": "năm"}
"""The parts of a date left blank, in Vietnamese (for the notes)."""


def _starts_kinh_gui(line: str) -> bool:
    return bool(re.match(r"^k[íi]nh\s+g[ửu]i\s*:", line, re.IGNORECASE))


class _Builder:
    def __init__(self, layout: Layout, source: str) -> None:
        self.layout = layout
        self.notes: list[Note] = []
        self.confidence: dict[str, float] = {}
        self.source = source
        info = layout.info
        raw = info.custom_properties.get(HIDDEN_PROPERTY)
        self.hidden: dict[str, Any] = {}
        if raw:
            try:
                loaded = json.loads(raw)
                self.hidden = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                self.note(f"the property {HIDDEN_PROPERTY} is not JSON; ignored",
                          f"Thuộc tính {quote(HIDDEN_PROPERTY)} của tệp không đúng dạng JSON; "
                          "bỏ qua")  # fmt: skip
        self.addressed: list[str] = []
        """Recipients typed in the subject's paragraph (``Kính gửi: …`` after a break)."""
        self.ours = bool(raw) or (info.application or "").startswith("vnadmin_docs")
        """The file is one our renderer wrote: its properties can be trusted."""

    def note(self, en: str, vi: str) -> None:
        """Note ``en`` with its Vietnamese ``vi`` (ghi chú khi đọc)."""
        self.notes.append(Note(en, vi))

    def found(self, key: str, sure: float) -> None:
        self.confidence[key] = sure

    def lines(self, key: str) -> list[str]:
        return self.authors_lines(_LINE_FIELDS.get(key, key), self.layout.lines(key))

    def authors_lines(self, field: str, printed: list[str]) -> list[str]:
        """The author's lines of a heading our renderer broke to fit its column.

        The file's hidden property keeps them; they are taken back only while the page
        still holds the same words, so an edit made in Word wins.
        """
        broken = self.hidden.get("lines.broken")
        kept = broken.get(field) if isinstance(broken, dict) else None
        if (
            isinstance(kept, list)
            and all(isinstance(line, str) for line in kept)
            and " ".join(kept).split() == " ".join(printed).split()
        ):
            return list(kept)
        return printed

    # ---------------------------------------------------------------- components

    def _texts(self, exclude: list[ParaInfo]) -> list[str]:
        """Texts the agency's normal-case name may be written in: all but the header."""
        texts = [a.reference.visible_text for a in self.layout.attachments if a.reference]
        texts += [p.visible_text for p in self.layout.info.paragraphs
                  if p.visible_text and not any(p is q for q in exclude)]  # fmt: skip
        return texts

    def name(self, lines: tuple[str, ...], what: str, exclude: list[ParaInfo]) -> tuple[str, float]:
        """The normal-case name of an agency printed in capitals as ``lines``."""
        printed = " ".join(lines).split()
        expanded = [w for word in printed for w in _EXPANSIONS.get(word, word).split()]
        short = upper(" ".join(printed))
        for abbreviation, full in _EXPANSIONS.items():  # "UBND tỉnh …" in running text
            short = re.sub(rf"^{upper(full)}\b", abbreviation, short)
        texts = self._texts(exclude)
        for words in (expanded, printed, short.split()):
            found = _written(words, texts)
            if found is not None:
                first, _, tail = found.partition(" ")
                if first in _EXPANSIONS:
                    found = f"{_EXPANSIONS[first]} {tail}"
                self.note(f"{what}: normal-case name {found!r} found written in the document",
                          f"{component_vi(what)}: tên viết thường {quote(found)} lấy từ chỗ "
                          "văn bản viết tên đó")  # fmt: skip
                return found, 0.9
        shortest = max(3, (len(expanded) + 1) // 2)
        for cut in range(len(expanded) - 1, shortest - 1, -1):  # the longest beginning written
            found = _written(expanded[:cut], texts)
            if found is not None:
                guessed = guess_agency_name((" ".join(expanded),)).split()[cut:]
                name = " ".join([found, *guessed])
                self.note(
                    f"{what}: normal-case name {name!r}: {found!r} found written in the "
                    "document, the rest guessed from the capitals",
                    f"{component_vi(what)}: tên viết thường {quote(name)}: phần {quote(found)} "
                    "lấy từ văn bản, phần còn lại đoán từ dòng chữ in hoa",
                )
                return name, 0.7
        name = guess_agency_name(lines)
        self.note(f"{what}: normal-case name guessed from the header lines: {name!r}",
                  f"{component_vi(what)}: tên viết thường được đoán từ các dòng chữ in hoa ở "
                  f"phần đầu văn bản: {quote(name)}")  # fmt: skip
        return name, 0.5

    def agency(self) -> dict[str, Any]:
        layout = self.layout
        if not layout.agency:
            if not self.missing_allowed():
                raise ReadError(f"{self.source}: no issuing agency (tên cơ quan ban hành) found")
            self.found("agency", 0.0)
            self.note(f"agency: no issuing agency (tên cơ quan ban hành) printed in the header; "
                      f"the model needs one, read as {BLANK!r} (to be filled in)",
                      "Tên cơ quan ban hành: phần đầu văn bản không ghi tên cơ quan ban hành; "
                      f"mô hình cần có, nên ghi tạm {quote(BLANK)} (để điền sau)")  # fmt: skip
            return {"name": BLANK, "place": self.place()}
        lines = tuple(self.lines("agency"))
        header = [*layout.agency, *layout.parent_agency]
        name = layout.info.core_properties.get("creator", "") if self.ours else ""
        sure = 1.0
        reference = next((a.reference for a in layout.attachments if a.reference is not None), None)
        if not name and reference is not None:
            cited = _cited_agency(reference.visible_text)
            if cited and tone_insensitive_key(upper(cited)) == tone_insensitive_key(
                " ".join(lines)
            ):
                name, sure = _collapse(cited), 1.0
        if not name:
            name, sure = self.name(lines, "agency", header)
        self.found("agency", sure)
        data: dict[str, Any] = {"name": name}
        if lines != (upper(name),):
            data["lines"] = lines
        if layout.parent_agency:
            parent_lines = tuple(self.lines("parent_agency"))
            parent_name = self.hidden.get("agency.parent.name")
            sure = 1.0
            if not parent_name:
                parent_name, sure = self.name(parent_lines, "parent agency", header)
            self.found("parent_agency", sure)
            data["parent"] = {"name": parent_name, "lines": parent_lines}
        for key in ("abbreviation", "identifier"):
            if self.hidden.get(f"agency.{key}"):
                data[key] = self.hidden[f"agency.{key}"]
        if "abbreviation" not in data and layout.number is not None and not self.hidden:
            abbreviation = self.abbreviation(layout.text("number", layout.number))
            if abbreviation:
                data["abbreviation"] = abbreviation
                self.found("agency_abbreviation", 0.8)
                self.note(f"agency abbreviation taken from the notation: {abbreviation!r}",
                          "Chữ viết tắt tên cơ quan: lấy từ ký hiệu văn bản: "
                          f"{quote(abbreviation)}")  # fmt: skip
        data["place"] = self.place()
        contact = [p for part, items in layout.info.parts.items() if "footer" in part
                   for p in items if p.borders.get("top") and p.visible_text]  # fmt: skip
        if contact:
            data["contact"] = tuple(
                " ".join(line.split()) for line in contact[0].text.split("\n") if line.strip()
            )
        return data

    def abbreviation(self, number_line: str) -> str | None:
        """The agency's abbreviation in the notation.

        A công văn's notation opens with it (``UBND``-NC); another type's follows the
        type's own abbreviation (TTr-``SNV``).
        """
        groups = [g.strip() for g in _fold_dashes(number_line).partition("/")[2].split("-")]
        kind = self.layout.doc_type
        if kind is not None and kind.abbreviation and groups and groups[0] == kind.abbreviation:
            groups = groups[1:]
        first = re.split(r"[(\s]", groups[0])[0] if groups else ""
        return first if first and first.isalnum() else None

    def place(self) -> str:
        layout = self.layout
        line = layout.text("place_date", layout.place_date) if layout.place_date else ""
        day = _DAY_WORD.search(line)
        place = line[: day.start()].strip().rstrip(",").strip() if day else ""
        kept = self.hidden.get("agency.place")
        if not place and not line and isinstance(kept, str) and kept:
            return kept  # a form that prints no place-and-date line (a biên bản undated)
        if not place:
            if not self.missing_allowed():
                raise ReadError(
                    f"{self.source}: no place-and-date line (địa danh, ngày tháng) found"
                )
            what = "no place-and-date line" if not line else f"no place before the date {line!r}"
            what_vi = ("không có dòng địa danh, ngày tháng" if not line
                       else f"không ghi địa danh trước ngày tháng {quote(line)}")  # fmt: skip
            self.note(f"place: {what} (địa danh) printed; the model needs one, read as "
                      f"{BLANK!r} (to be filled in)",
                      f"Địa danh: {what_vi}; mô hình cần có, nên ghi tạm {quote(BLANK)} "
                      "(để điền sau)")  # fmt: skip
            return BLANK
        return place

    def missing_allowed(self) -> bool:
        """Whether a missing number, agency, place or signature is read as left blank.

        Real documents leave them out (a biên bản with the Quốc hiệu only, a report signed
        by the agency's name alone): a document with the Quốc hiệu and a type name of the
        list is read, each missing part noted. Our own files always print them.
        """
        layout = self.layout
        return (
            not self.ours
            and layout.national_name is not None
            and (layout.type_name is not None or bool(layout.dispatch_subject))
        )

    def number(self) -> Any:
        layout = self.layout
        if layout.number is None:
            kind = layout.doc_type
            notation = kind.abbreviation if kind is not None else None
            if not notation or not self.missing_allowed():
                raise ReadError(f"{self.source}: no number line (Số, ký hiệu) found")
            self.found("number", 0.0)
            self.note(f"number: no number line (Số, ký hiệu) printed; read as a number without "
                      f"serial and the type's notation {notation!r}",
                      "Số, ký hiệu: không có dòng số, ký hiệu; đọc là văn bản chưa ghi số, "
                      f"ký hiệu theo tên loại {quote(notation)}")  # fmt: skip
            return {"serial": None, "notation": notation}
        line = layout.text("number", layout.number).split("\n")[0]
        try:
            DocumentNumber.model_validate(line)
        except ValidationError:
            pass
        else:
            self.found("number", 1.0)
            return line
        folded = _fold_dashes(line)
        if folded != line:
            try:
                number = DocumentNumber.model_validate(folded)
            except ValidationError:
                pass
            else:
                self.note(f"number: {_collapse(line)!r} joins its notation with a dash (– or —) "
                          f"where a hyphen belongs; read as {number.value!r}, the line kept as "
                          "printed",
                          f"Số, ký hiệu: {quote(_collapse(line))} nối các nhóm chữ của ký hiệu "
                          "bằng dấu gạch ngang dài (– hoặc —) ở chỗ phải dùng dấu gạch nối; đọc "
                          f"là {quote(number.value)}, giữ nguyên dòng như bản in")  # fmt: skip
                self.found("number", 0.9)
                return {"serial": number.serial, "notation": number.notation,
                        "printed": _collapse(line)}  # fmt: skip
        match = _LOOSE_NUMBER.match(line)
        if match is None:
            raise ReadError(f"{self.source}: cannot read the number line {line!r}")
        notation = close_hyphens(match["rest"])
        kept = re.match(r"^[^\W_]+(?:-[^\W_]+)*", notation)
        if kept is None:
            raise ReadError(f"{self.source}: cannot read the notation in {line!r}")
        data: dict[str, Any] = {
            "serial": bounded_int(match["serial"]) or None,
            "notation": kept.group(),
            "printed": _collapse(line),
        }
        left = [part for part in (match["extra"].strip(), notation[kept.end() :].strip()) if part]
        self.note(
            f"number: {_collapse(line)!r} does not fit the model's number and notation; read "
            f"as serial {data['serial']} and notation {data['notation']!r}, the line kept as "
            f"printed ({' and '.join(repr(p) for p in left)} only there)",
            f"Số, ký hiệu: {quote(_collapse(line))} không theo cách ghi số và ký hiệu của mô "
            "hình; đọc là số "
            + (str(data["serial"]) if data["serial"] else "(chưa ghi)")
            + f" và ký hiệu {quote(data['notation'])}, giữ nguyên dòng như bản in"
            + (f" ({' và '.join(quote(p) for p in left)} chỉ còn ở dòng đó)" if left else ""),
        )
        self.found("number", 0.8)
        return data

    def date(self) -> date | PartialDate | None:
        layout = self.layout
        line = layout.text("place_date", layout.place_date) if layout.place_date else ""
        value = parse_issue_date(line)
        if isinstance(value, date):
            self.found("place_date", 1.0)
            return value
        if value is not None:
            self.found("place_date", 1.0)
            blanks_vi = " và ".join(_BLANKS_VI[part] for part in value.blanks)
            self.note(f"date: {_clip(line)!r} leaves the {' and '.join(value.blanks)} blank "
                      f"(a draft); read as the partial date {value.isoformat()}",
                      f"Ngày tháng năm ban hành: {quote(_clip(line))} để trống {blanks_vi} "
                      f"(bản dự thảo); đọc là ngày chưa đầy đủ {value.isoformat()}")  # fmt: skip
            return value
        if re.search(r"ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}", line):
            self.found("place_date", 0.0)
            self.note(f"date: {_clip(line)!r} is not a date of the calendar; read as no date",
                      f"Ngày tháng năm ban hành: {quote(_clip(line))} không phải một ngày có "
                      "thật; đọc là không có ngày")  # fmt: skip
        else:
            self.found("place_date", 1.0 if "ngày" in line else 0.0)
            if "ngày" in line:
                self.note(f"date: {_clip(line)!r} is left blank to be filled in; read as no "
                          "date",
                          f"Ngày tháng năm ban hành: {quote(_clip(line))} còn để trống để điền "
                          "sau; đọc là không có ngày")  # fmt: skip
        return None

    def subject(self) -> tuple[str, ...]:
        lines = self.lines("dispatch_subject")
        if not lines:
            raise ReadError(f"{self.source}: no subject (V/v …) found under the number")
        first = lines[0]
        about = _ABOUT.match(first)
        if about is not None:
            lines[0] = first[about.end() :].lstrip(" :").strip()
            self.note(f"subject: {_clip(first)!r} is written «{about.group()}» without «V/v»; "
                      "read as the công văn's trích yếu (ô 5b), which the model prints after "
                      "«V/v»",
                      f"Trích yếu: {quote(_clip(first))} ghi «{about.group()}» thay cho «V/v»; "
                      "đọc là trích yếu của công văn (ô 5b), mô hình in sau «V/v»")  # fmt: skip
        lines[0] = lines[0].removeprefix("V/v").strip()
        if any(p.box is not None for p in self.layout.dispatch_subject):
            self.note(f"subject: the «V/v» line {_clip(first)!r} stands in a text box; read as "
                      "the trích yếu (ô 5b)",
                      f"Trích yếu: dòng «V/v» {quote(_clip(first))} nằm trong hộp văn bản; đọc "
                      "là trích yếu (ô 5b)")  # fmt: skip
        self.found("dispatch_subject", 1.0)
        return tuple(lines)

    def typed_subject(self) -> tuple[str, ...]:
        lines = self.lines("subject")
        rest = self.layout.type_rest
        if rest:
            name = upper(self.layout.doc_type.vietnamese_name) if self.layout.doc_type else ""
            lines = [rest, *lines]
            self.note(f"type: the type name line {_clip(name + ' ' + rest)!r} begins with "
                      f"«{name}»; read as that type, {rest!r} kept as the first line of the "
                      "subject (trích yếu)",
                      f"Tên loại văn bản: dòng tên loại {quote(_clip(name + ' ' + rest))} bắt "
                      f"đầu bằng «{name}»; đọc là loại văn bản đó, {quote(rest)} giữ làm dòng "
                      "đầu của trích yếu")  # fmt: skip
        cut = next((i for i, line in enumerate(lines) if i and _starts_kinh_gui(line)), None)
        if cut is not None and self.layout.recipients_label is None:
            self.addressed = [lines[cut].split(":", 1)[1].strip(), *lines[cut + 1 :]]
            self.addressed = [line for line in self.addressed if line]
            self.note(f"subject: «Kính gửi» is typed in the subject's paragraph "
                      f"({_clip(lines[cut])!r}); read as the recipients",
                      "Trích yếu: «Kính gửi» được gõ trong đoạn trích yếu "
                      f"({quote(_clip(lines[cut]))}); đọc là nơi nhận")  # fmt: skip
            lines = lines[:cut]
        lines = self._unwrap_vv(lines)
        if not lines:
            if not self.missing_allowed():
                raise ReadError(f"{self.source}: no subject (trích yếu) under the type name")
            self.note(f"subject: no trích yếu under the type name; the model needs one, read as "
                      f"{BLANK!r} (to be filled in)",
                      "Trích yếu: không có trích yếu dưới tên loại văn bản; mô hình cần có, nên "
                      f"ghi tạm {quote(BLANK)} (để điền sau)")  # fmt: skip
            self.found("subject", 0.0)
            return (BLANK,)
        self.found("subject", 1.0)
        self.found("type_name", 1.0)
        return tuple(lines)

    def _unwrap_vv(self, lines: list[str]) -> list[str]:
        """A typed document's trích yếu written like a công văn's: ``(V/v …)`` → ``…``.

        Only a công văn puts «V/v» before its subject; a tờ trình that prints
        ``(V/v xin kinh phí …)`` has the trích yếu inside the brackets. The line as printed
        goes to a note.
        """
        if not lines:
            return lines
        joined = " ".join(lines)
        bracketed = joined.startswith("(") and joined.endswith(")")
        inner = joined[1:-1].strip() if bracketed else joined
        if not inner.startswith("V/v"):
            return lines
        kept = [line for line in lines]
        if bracketed:
            kept[0] = kept[0].removeprefix("(").lstrip()
            kept[-1] = kept[-1].removesuffix(")").rstrip()
        kept[0] = kept[0].removeprefix("V/v").strip()
        kept = [line for line in kept if line]
        self.note(f"subject: the trích yếu is printed {_clip(joined)!r}, with «V/v»"
                  f"{' in brackets' if bracketed else ''} as a công văn's; read without them "
                  "(only a công văn prints «V/v», ô 5b)",
                  f"Trích yếu: trích yếu được in là {quote(_clip(joined))}, có «V/v»"
                  f"{' trong ngoặc đơn' if bracketed else ''} như trích yếu công văn; đọc bỏ "
                  "các phần đó (chỉ công văn mới ghi «V/v», ô 5b)")  # fmt: skip
        return kept

    def bases(self) -> list[str]:
        return [p.visible_text for p in self.layout.basis]

    def recipients(self, required: bool = True) -> list[str]:
        layout = self.layout
        if layout.recipients_label is None and self.addressed:
            self.found("recipients", 0.8)
            return [line.rstrip(";.") for line in self.addressed]
        if layout.recipients_label is None:
            if not required:
                return []
            raise ReadError(f"{self.source}: no «Kính gửi:» found (a công văn has one)")
        self.found("recipients", 1.0)
        entries: list[str] = []
        for p in layout.recipients:
            text = p.visible_text
            if p is layout.recipients_label:
                text = text.split(":", 1)[1].strip()
            entries.extend(_collapse(line) for line in text.split("\n") if line.strip())
        if not entries and required:
            raise ReadError(f"{self.source}: «Kính gửi:» names no recipient")
        last = len(entries) - 1
        result = []
        for i, text in enumerate(entries):
            prescribed = (
                "." if i == last and len(entries) > 1 else (";" if len(entries) > 1 else "")
            )
            if prescribed and text.endswith(prescribed):
                text = text[: -len(prescribed)]
            result.append(text)
        return result

    def body(
        self, paragraphs: list[ParaInfo], *, shared: bool = False
    ) -> tuple[list[dict[str, Any]], str | None]:
        """The blocks of a text (ô 6, or an attachment's), and the end mark cut off its end.

        ``shared``: the file's hidden property says that the text's own full stop is the
        mark's first "." (``…này./.``); only ``/.`` is cut, the "." stays on the text.
        """
        blocks: list[dict[str, Any]] = []
        open_lists: list[dict[str, Any]] = []  # the open list and the lists it is nested in
        table: dict[str, Any] | None = None
        for p in paragraphs:
            text = p.visible_text
            if p.table is not None:
                open_lists.clear()
                number, row, column = p.table
                if table is None or table["number"] != number:
                    table = {"number": number, "rows": {}, "header": set(), "section": p.section}
                    blocks.append(table)
                cells = table["rows"].setdefault(row, {})
                cells.setdefault(column, []).append(p)  # read once, in table()
                if p.header_row:
                    table["header"].add(row)
                continue
            table = None
            if not text:
                continue
            heading = self.heading(p)
            if heading is not None and "title_of" in heading:
                label = blocks[-1] if blocks else {}
                if (
                    label.get("kind") == "heading"
                    and label["level"] != "article"
                    and not (label.get("title"))
                ):
                    label["title"] = heading["title_of"]
                    open_lists.clear()
                    continue
                heading = None  # a title line with no label above it: a paragraph
            if heading is not None:
                open_lists.clear()
                blocks.append(heading)
                continue
            runs = _runs(p)
            plain = "".join(r["text"] for r in runs)
            style, marker_match = None, None
            for list_style, pattern in _MARKERS:
                marker_match = pattern.match(plain)
                if marker_match:
                    style = list_style
                    break
            if style is not None and marker_match is not None:
                item = {"runs": _cut(runs, marker_match.end())}
                if not item["runs"] or (style.numbered and not _number_ok(style, marker_match)):
                    style = None  # a marker alone, or "0.": kept as a paragraph
            if style is not None and marker_match is not None:
                number = _start(style, marker_match.group(1) if marker_match.groups() else "")
                _add_item(blocks, open_lists, style, number, item)
                continue
            open_lists.clear()
            entry: dict[str, Any] = {"kind": "paragraph", "runs": runs}
            if p.align in ("center", "right") and p.style_id in ("Body", None):
                entry["align"] = p.align
            blocks.append(entry)
        built = [self.table(b) if "rows" in b else b for b in blocks]
        blocks = [b for b in built if b is not None]
        end_mark = None
        last = blocks[-1] if blocks else None
        if last is not None and last["kind"] not in ("paragraph", "list"):
            last = None
        if last is not None:
            owner = last
            while owner["kind"] == "list":  # the last item printed: the deepest last one
                owner = owner["items"][-1]
                if not owner.get("blocks"):
                    break
                owner = owner["blocks"][-1]
            runs = owner["runs"]
            if shared and "".join(r["text"] for r in runs).endswith(END_MARK):
                end_mark = END_MARK
                _cut_end(runs, len(END_MARK) - 1)
            elif runs and runs[-1]["text"].endswith("./."):
                end_mark = "./."
                runs[-1]["text"] = runs[-1]["text"][:-3].rstrip()
                if not runs[-1]["text"]:
                    runs.pop()
                if not runs and last["kind"] == "paragraph":
                    blocks.pop()  # "./." alone on the last line
        return blocks, end_mark

    def table(self, found: dict[str, Any]) -> dict[str, Any] | None:
        """A table block, or ``None`` for a table with no text at all (a spacer).

        Spans, merges, widths, numbering and borders: :mod:`vnadmin_docs.read.tables`.
        """
        sections = self.layout.info.sections
        section = sections[found["section"]] if found["section"] < len(sections) else None
        width = section.text_width if section is not None else 0
        table = self.body_tables.get(found["number"])
        return read_table(found["rows"], found["header"], table, width)

    @cached_property
    def body_tables(self) -> dict[int, TableInfo]:
        """The tables of ``word/document.xml`` by number (stage 1)."""
        return {t.number: t for t in self.layout.info.tables if t.part == "word/document.xml"}

    _LEVELS: ClassVar[dict[str, str]] = {
        "Phần": "part", "Chương": "chapter", "Mục": "section", "Tiểu mục": "subsection",
    }  # fmt: skip

    def heading(self, p: ParaInfo) -> dict[str, Any] | None:
        """A heading, from our styles (HeadingLabel, HeadingTitle, Article)."""
        text = p.visible_text
        if p.style_id == "HeadingLabel":
            word, _, number = text.rpartition(" ")
            level = self._LEVELS.get(word)
            if level:
                return {"kind": "heading", "level": level, "number": number}
        if p.style_id == "HeadingTitle":  # the title line under a "Chương I" label
            return {"title_of": text}
        if p.style_id == "Article":
            match = re.match(r"^Điều (\w+)\.(?: (.*))?$", text)
            if match:
                return {"kind": "heading", "level": "article", "number": match[1],
                        "title": match[2]}  # fmt: skip
            match = re.match(r"^(\d+)\.(?: (.*))?$", text) or re.match(r"^(\w)\)(?: (.*))?$", text)
            if match:
                level = "clause" if match[1].isdigit() else "point"
                return {"kind": "heading", "level": level, "number": match[1], "title": match[2]}
        return None

    def title_line(self, line: str) -> Any:
        """A title line as the model reads it; ``KT.HIỆU TRƯỞNG`` (no space) is read too."""
        tight = _AUTHORITY_TIGHT.match(line)
        if tight is not None:
            self.note(f"signature: {line!r} has no space after its authority; read as "
                      f"{tight['prefix']}. {tight['title']}",
                      f"Chữ ký: {quote(line)} thiếu dấu cách sau chữ viết tắt thẩm quyền ký; "
                      f"đọc là {quote(tight['prefix'] + '. ' + tight['title'])}")  # fmt: skip
            return {"authority": f"{tight['prefix']}.", "title": tight["title"], "printed": line}
        return line

    def signature(self) -> dict[str, Any]:
        layout = self.layout
        lines = self.lines("signature_title")
        signer = layout.text("signer", layout.signer) if layout.signer is not None else ""
        if (
            not signer
            and len(lines) >= 2
            and not is_upper(lines[-1])
            and not TITLE_IN_NORMAL_CASE.match(lines[-1])
        ):
            signer = lines.pop()  # titles and name in one paragraph
        if not lines or not signer:
            if not self.missing_allowed():
                raise ReadError(f"{self.source}: no signature block (chức vụ, họ tên) found")
            missing = " and ".join(
                what for what, value in (("title (chức vụ)", lines), ("name (họ tên)", signer))
                if not value
            )  # fmt: skip
            missing_vi = " và ".join(
                what for what, value in (("chức vụ", lines), ("họ tên", signer)) if not value
            )
            self.found("signature", 0.5 if lines or signer else 0.0)
            self.note(f"signature: no signer's {missing} found; the model needs it, read as "
                      f"{BLANK!r} (to be filled in)",
                      f"Chữ ký: không thấy {missing_vi} người ký; mô hình cần có, nên ghi tạm "
                      f"{quote(BLANK)} (để điền sau)")  # fmt: skip
            lines = lines or [BLANK]
            signer = signer or BLANK
        sure = 1.0
        if layout.signer is not None and layout.distribution_label is not None:
            label = layout.distribution_label
            if label.table is not None and layout.signer.table is None:
                sure = 0.8
                self.note(f"signature: the name {signer!r} is typed under the closing table",
                          f"Chữ ký: họ tên {quote(signer)} được gõ dưới bảng phần kết thúc "
                          "(nơi nhận, chữ ký)")  # fmt: skip
        if len(layout.parties) > 1:
            sure = 0.8
            names = "; ".join(f"{_collapse(head.visible_text)}: {_collapse(name.visible_text)}"
                              for head, name in layout.parties)  # fmt: skip
            names_vi = "; ".join(
                f"{quote(_collapse(head.visible_text))}: {quote(_collapse(name.visible_text))}"
                for head, name in layout.parties
            )
            self.note(f"signature: {len(layout.parties)} parties sign each for their side "
                      f"({names}); the model holds one signature: the first is read, the "
                      "others are kept in this note",
                      f"Chữ ký: {len(layout.parties)} bên ký, mỗi bên ký cho phía mình "
                      f"({names_vi}); mô hình chỉ giữ một chữ ký: đọc chữ ký đầu tiên, các chữ "
                      "ký khác ghi lại trong ghi chú này")  # fmt: skip
        self.found("signature", sure)
        for p in layout.signature_marks:
            self.note(f"signature: the note {_clip(p.visible_text)!r} is neither title nor name;"
                      " left out of the model",
                      f"Chữ ký: dòng ghi chú {quote(_clip(p.visible_text))} không phải chức vụ "
                      "cũng không phải họ tên; không đưa vào mô hình")  # fmt: skip
        data: dict[str, Any] = {
            "lines": [self.title_line(line) for line in lines],
            "signer": signer.split("\n")[0],
        }
        hidden = self.hidden
        if "signature.seal" in hidden:
            data["seal"] = hidden["signature.seal"]
        if "signature.digital_signature" in hidden:
            data["digital_signature"] = hidden["signature.digital_signature"]
        return data

    def distribution_lines(self) -> list[str]:
        """The lines of the Nơi nhận list, side notes split off, wrapped entries joined."""
        layout = self.layout
        lines: list[str] = []
        label = layout.distribution_label
        if label is not None:
            inline = layout.text("distribution_label", label).split("\n")
            rest = inline[0].split(":", 1)[1].strip() if ":" in inline[0] else ""
            lines += [rest, *inline[1:]]
        for p in layout.distribution:
            raw = p.text if p.table is not None else layout.text("distribution", p)
            for part in raw.split("\n"):
                note = SIDE_NOTE.match(part) if p.table is not None else None
                if note is not None:
                    self.note(f"distribution: the side note {_clip(note['note'])!r} beside "
                              f"{_clip(note['line'])!r} is left out of the model",
                              f"Nơi nhận: lời ghi bên cạnh {quote(_clip(note['note']))} cạnh "
                              f"dòng {quote(_clip(note['line']))} không đưa vào mô "
                              "hình")  # fmt: skip
                    part = note["line"]
                text = _collapse(part)
                if not text:
                    continue
                indented = part[:1].isspace()
                if (
                    lines
                    and lines[-1]
                    and not text.startswith(_DASHES)
                    and not lines[-1].endswith((";", ".", ":"))
                    and (indented or text[:1].islower())
                ):
                    lines[-1] += " " + text  # the entry wraps onto this line
                    continue
                lines.append(text)
        return [line for line in lines if line]

    def distribution(self) -> dict[str, Any]:
        entries: list[str] = []
        data: dict[str, Any] = {"archive": []}
        items = self.distribution_lines()
        archive_at: int | None = None
        for index, text in enumerate(items):
            archive = _ARCHIVE.match(text)
            if archive is not None and archive_at is None:
                archive_at = index
                self.archive(archive["rest"].strip(), text, data)
                continue
            last = index == len(items) - 1
            if last and not text.startswith(_DASHES) and self._drafter(text, data):
                continue  # ô 12 on its own line, after the list or alone
            if not text.startswith(_DASHES):
                self.note(f"distribution: {_clip(text)!r} has no dash; read as a recipient",
                          f"Nơi nhận: {quote(_clip(text))} không có gạch đầu dòng; đọc là một "
                          "nơi nhận")  # fmt: skip
            entries.append(text)
        if archive_at is not None and archive_at < len(entries):
            self.note("distribution: the archive line (Lưu) stands before other entries; the "
                      "model prints it last",
                      "Nơi nhận: dòng lưu (Lưu) đứng trước các nơi nhận khác; mô hình in dòng "
                      "lưu ở cuối")  # fmt: skip
        final = len(entries) - 1
        cleaned = []
        for i, text in enumerate(entries):
            prescribed = "." if i == final and not data["archive"] else ";"
            if text.endswith(prescribed):
                text = text[: -len(prescribed)]
            cleaned.append(text)
        data["entries"] = cleaned
        self.found("distribution", 1.0 if self.layout.distribution_label else 0.0)
        return data

    def archive(self, rest: str, line: str, data: dict[str, Any]) -> None:
        """Read the archive line: its units, the archived copies and ô 12's mark."""
        depth, cut = 0, len(rest)
        for i, ch in enumerate(rest):  # the first full stop outside brackets ends the units
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if ch == "." and depth == 0:
                cut = i
                break
        units, tail = rest[:cut].strip(), rest[cut + 1 :].strip()
        mark = _COPIES_MARK.search(units)
        if mark is not None:
            units = units[: mark.start()].strip()
            if bounded_int(mark["n"]):
                data["copies"] = bounded_int(mark["n"])
                if mark["who"]:
                    data["drafter"] = mark["who"]
                self.note(f"distribution: {_clip(mark.group())!r} after the archive units read "
                          "as the drafter's mark and the copies issued (ô 12)",
                          f"Nơi nhận: {quote(_clip(mark.group()))} sau các đơn vị lưu được đọc "
                          "là chữ viết tắt tên người soạn thảo và số lượng bản phát hành "
                          "(ô 12)")  # fmt: skip
            else:
                self.note(f"distribution: the count of copies {_clip(mark.group())!r} is left "
                          "blank; left out of the model",
                          f"Nơi nhận: số lượng bản {quote(_clip(mark.group()))} để trống; không "
                          "đưa vào mô hình")  # fmt: skip
        copies = re.search(r"\((\d+)\)\s*$", units)
        if copies and bounded_int(copies.group(1)):
            data["archive_copies"] = bounded_int(copies.group(1))
            units = units[: copies.start()]
        data["archive"] = [u.strip() for u in units.split(",") if u.strip()]
        if tail and not self._drafter(tail, data):
            self.note(f"distribution: {_clip(tail)!r} after the archive line fits no part of "
                      f"it; left out of the model ({_clip(line)!r})",
                      f"Nơi nhận: {quote(_clip(tail))} sau dòng lưu không thuộc phần nào của "
                      f"dòng lưu; không đưa vào mô hình ({quote(_clip(line))})")  # fmt: skip

    @staticmethod
    def _drafter(mark: str, data: dict[str, Any]) -> bool:
        """Read ô 12: the drafter's initials and the copies issued (``PL.(300)``, ``nl``)."""
        found = re.match(r"^(?P<who>[^\s(.]*)\.?\((?P<n>\d+)\)\.?$|^(?P<only>[^\s.]+)\.?$", mark)
        if not found:
            return False
        if found["only"]:
            data["drafter"] = found["only"]
            return True
        if found["who"]:
            data["drafter"] = found["who"]
        data["copies"] = bounded_int(found["n"])
        return True

    def marks(self) -> dict[str, Any]:
        layout = self.layout
        marks = {}
        for key in ("urgency", "confidentiality", "circulation"):
            paragraph = getattr(layout, key)
            if paragraph is not None:
                marks[key] = paragraph.visible_text
                self.found(key, 1.0)
        return marks

    def landscape(self, paragraph: ParaInfo | None) -> bool:
        """Whether ``paragraph`` stands in a landscape section (``w:orient``, or w > h)."""
        sections = self.layout.info.sections
        if paragraph is None or paragraph.section >= len(sections):
            return False
        section = sections[paragraph.section]
        return section.orientation == "landscape" or section.width > section.height

    def attachments(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for attachment in self.layout.attachments:
            title = [_collapse(line) for p in attachment.title
                     for line in p.text.split("\n") if line.strip()]  # fmt: skip
            title = self.authors_lines(f"attachments[{len(out)}].title", title)
            if attachment.type_name is not None:  # the renderer names an issued text's lines so
                title = self.authors_lines("attachments.title", title)
            label = attachment.label.visible_text if attachment.label is not None else None
            if not title and label is not None and ":" in label:
                printed = label
                label, _, rest = label.partition(":")
                title = [rest.strip()]
                self.note(f"attachment: the label line {printed!r} "
                          f"read as label {label!r} and title {title[0]!r}",
                          f"Phụ lục: dòng nhãn {quote(printed)} đọc là nhãn {quote(label)} và "
                          f"tên phụ lục {quote(title[0])}")  # fmt: skip
            elif not title and label is not None:
                title, label = [label], None
                self.note(f"attachment: {title[0]!r} has no title under it; read as the title",
                          f"Phụ lục: dưới {quote(title[0])} không có tên phụ lục; đọc dòng đó "
                          "là tên phụ lục")  # fmt: skip
            if not title:
                continue  # an attachment is opened by a label or a title: never empty
            kinds = self.hidden.get("attachments.kind") or []
            position = len(out)
            shared = self.hidden.get("attachments.end_mark.shared") or []
            blocks, end_mark = self.body(
                attachment.body, shared=position < len(shared) and shared[position] is True
            )
            guessed = "outline" if title[0].startswith("ĐỀ CƯƠNG") else "appendix"
            if attachment.type_name is not None:
                guessed = "issued"
            data: dict[str, Any] = {
                "kind": kinds[position] if position < len(kinds) else guessed,
                "title": title,
                "body": blocks,
            }
            if attachment.type_name is not None:
                data["type"] = _TYPE_BY_NAME.get(upper(attachment.type_name.visible_text))
            if label is not None:
                data["label"] = label
            if end_mark:
                data["end_mark"] = end_mark
            if self.landscape(attachment.title[0] if attachment.title else attachment.label):
                data["landscape"] = True
            out.append(data)
        if out:
            self.found("attachments", 1.0 if self.hidden else 0.9)
        return out


def _own_recipients(layout: Layout) -> None:
    """In our own files, only paragraphs of the Recipients style are Kính gửi (ô 9a).

    A body that opens with a dash list looks like more recipients; the style tells them
    apart, and the paragraphs of another style go back to the body, in their order.
    """
    style = style_id("recipients")
    stray = [
        p for p in layout.recipients if p is not layout.recipients_label and p.style_id != style
    ]
    if stray:
        ids = {id(p) for p in stray}
        layout.recipients = [p for p in layout.recipients if id(p) not in ids]
        layout.body = sorted([*stray, *layout.body], key=lambda p: p.index)


_NOT_ADMINISTRATIVE = {
    "NGHỊ ĐỊNH": "a Nghị định is a legal normative document (văn bản quy phạm pháp luật), "
    "issued under the Law on the promulgation of legal documents",
    "THÔNG TƯ": "a Thông tư is a legal normative document (văn bản quy phạm pháp luật)",
    "LUẬT": "a Luật is a legal normative document (văn bản quy phạm pháp luật)",
    "PHỤ LỤC": "an appendix standing alone is read with the document it is attached to",
}


def _unsupported(layout: Layout, label: str) -> str:
    """Why the document is not one the reader can build, said plainly."""
    if layout.party:
        return (
            f"{label}: a Party document (ĐẢNG CỘNG SẢN VIỆT NAM stands where the Quốc hiệu "
            "does); Party documents follow Hướng dẫn 36-HD/VPTW, not Decree 30/2020, and "
            "are not read"
        )
    if layout.title is not None:
        title = layout.title.visible_text
        why = _NOT_ADMINISTRATIVE.get(upper(title))
        if why is None and layout.national_name is None:
            begins = next((n for n in _TYPE_BY_NAME if upper(title).startswith(n + " ")), None)
            return (
                f"{label}: «{title}» is not one of the 29 types of administrative document of "
                "Decree 30/2020 (Điều 7) standing alone: no header (Quốc hiệu, agency, number) "
                f"stands above it{f', though it begins with «{begins}»' if begins else ''}; a "
                "text attached to a document is read with that document; only those are read"
            )
        return (
            f"{label}: «{title}» is not one of the 29 types of administrative document of "
            f"Decree 30/2020 (Điều 7){': ' + why if why else ''}; only those are read"
        )
    return (
        f"{label}: neither a type name (QUYẾT ĐỊNH, TỜ TRÌNH, …) nor a công văn's «V/v» "
        "subject was found: not a document of Decree 30's list"
    )


def read_docx_document(
    source: str | os.PathLike[str] | bytes | IO[bytes],
    *,
    limits: Limits | None = None,
    label: str | None = None,
) -> Reading:
    """Read an administrative document from a .docx into the model (đọc văn bản từ tệp Word).

    A công văn becomes an :class:`~vnadmin_docs.OfficialDispatch`; a form of Phụ lục III
    its own class (:data:`~vnadmin_docs.serialization.DOCUMENT_CLASSES`: a quyết định a
    :class:`~vnadmin_docs.Decision` with its authority, căn cứ and articles, a giấy mời an
    :class:`~vnadmin_docs.Invitation`, …, read by :mod:`vnadmin_docs.read.forms`); another
    document with a type name (tờ trình, báo cáo, kế hoạch, …) a
    :class:`~vnadmin_docs.TypedDocument`. A copy's block, a joint document's other issuers
    and issued texts are read too. ``limits`` are the work budgets of
    :func:`~vnadmin_docs.ooxml.read.read_docx`; ``label`` names the file in messages.

    Raises:
        ReadError: the file cannot be read, or a component every document has is missing.
        UnsafeDocumentError: the file is hostile.
        UnsupportedDocumentType: not one of Decree 30/2020's 29 types of administrative
            document (a Nghị định, a Party document, an internal slip, a form).
    """
    if label is None:
        label = str(source) if isinstance(source, str | os.PathLike) else "document"
    info = read_docx(source, limits=limits, label=label)
    return read_layout(info, recognise(info), label)


def read_layout(info: DocxInfo, layout: Layout, label: str) -> Reading:
    """The model of a recognised page (stage 2's ``layout`` of stage 1's ``info``).

    Shared by the .docx reader and the real-text reader (:mod:`vnadmin_docs.read.plain`),
    which lays its lines out as stage-1 paragraphs. A form (giấy mời, biên bản, …) whose
    page does not fill its fields is read as a general typed document (Mẫu 1.4), with a note.

    Raises:
        UnsupportedDocumentType: not one of the 29 types, or a Party document.
        ReadError: a component every document has is missing.
    """
    if layout.doc_type is None or layout.party:
        raise UnsupportedDocumentType(_unsupported(layout, label))
    builder = _Builder(layout, label)
    if builder.ours:
        _own_recipients(layout)
    cls = document_class(layout.doc_type)
    try:
        return _build(info, layout, label, builder, cls)
    except ReadError:
        if not is_form(cls) or not builder.missing_allowed():
            raise
        fallback = _Builder(layout, label)
        fallback.note(
            f"form: the document does not fill the fields of the {cls.__name__} form "
            f"({layout.doc_type.vietnamese_name}); read as a general typed document (Mẫu 1.4), "
            "its text kept in the body",
            f"Biểu mẫu: văn bản không điền đủ các mục của mẫu "
            f"{layout.doc_type.vietnamese_name.lower()}; đọc là văn bản có tên loại chung "
            "(Mẫu 1.4), giữ chữ trong phần nội dung",
        )
        return _build(info, layout, label, fallback, TypedDocument)


def _build(
    info: DocxInfo, layout: Layout, label: str, builder: _Builder, cls: type[Document]
) -> Reading:
    """The document of class ``cls`` built from ``layout``, with the reading's notes."""
    assert layout.doc_type is not None
    typed = layout.doc_type is not DocumentType.CONG_VAN
    form = FormReader(builder, cls, layout.doc_type)
    agency = builder.agency()
    paragraphs, form_end_mark = layout.body, None
    fields: dict[str, Any] = {}
    shared = builder.hidden.get("end_mark.shared") is True  # "…này./.": the "." is the text's
    if is_form(cls):
        paragraphs, form_end_mark = strip_end_mark(paragraphs, shared=shared)
        fields, paragraphs = form.fields(paragraphs, agency["name"])
    body, end_mark = builder.body(paragraphs, shared=shared and form_end_mark is None)
    if layout.body:
        builder.found("body", 1.0 if builder.ours else 0.9)
    data: dict[str, Any] = {
        "type": layout.doc_type,
        "agency": agency,
        "number": builder.number(),
        "date": builder.date(),
        "subject": (
            (builder.typed_subject() if has_subject(cls) else tuple(builder.lines("subject")))
            if typed
            else builder.subject()
        ),
        "recipients": builder.recipients(required=not typed),
        "body": body,
        "end_mark": form_end_mark or end_mark,
        "signature": builder.signature(),
        "distribution": builder.distribution(),
        "marks": builder.marks(),
        "attachments": builder.attachments(),
        **fields,
    }
    if typed:
        data["bases"] = builder.bases()
    form.closing_fields(data)
    copying = form.copying()
    if copying is not None:
        data["copying"] = copying
    if layout.columns and not builder.ours:
        builder.note("layout: the header or the closing is typed in two columns with tabs and "
                     "spaces, not laid out in a table; each side read apart",
                     "Cách trình bày: phần đầu hoặc phần kết thúc được gõ thành hai cột bằng "
                     "phím Tab và dấu cách, không đặt trong bảng; đọc riêng từng bên")  # fmt: skip
    for p in layout.unrecognised:
        builder.note(
            f"not recognised, left out of the model: {_clip(p.visible_text)!r}",
            f"Không nhận ra, không đưa vào mô hình: {quote(_clip(p.visible_text))}",
        )
    printed = [*info.paragraphs, *(p for items in info.parts.values() for p in items)]
    legacy: dict[str, int] = {}
    for p in printed:
        for run in p.runs:
            if run.legacy:
                legacy[run.legacy] = legacy.get(run.legacy, 0) + 1
    for encoding, count in sorted(legacy.items()):
        builder.note(f"text: {count} run(s) in a {encoding.upper()} font stored in legacy bytes, "
                     "converted to Unicode",
                     f"Văn bản: {count} đoạn chữ dùng phông {encoding.upper()} lưu bằng mã cũ, "
                     "đã chuyển sang Unicode")  # fmt: skip
    nfd = [p for p in info.paragraphs if p.text and not unicodedata.is_normalized("NFC", p.text)]
    if nfd:
        builder.note(f"text: {len(nfd)} paragraph(s) in NFD (Unicode tổ hợp) converted to NFC, "
                     f"the first {_clip(nfd[0].visible_text)!r}",
                     f"Văn bản: {len(nfd)} đoạn văn ở dạng NFD (Unicode tổ hợp) đã chuyển sang "
                     f"NFC, đoạn đầu tiên {quote(_clip(nfd[0].visible_text))}")  # fmt: skip
    try:
        document = cls.model_validate(data)
    except ValidationError as error:
        kind = layout.doc_type.vietnamese_name
        raise ReadError(f"{label}: what was read does not make a valid {kind}: {error}") from None
    return Reading(document, label, builder.confidence, builder.notes)
