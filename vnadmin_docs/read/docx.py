"""The .docx reader (đọc tệp Word): stage 1 and 2 data turned into a document model.

Works on our own files (their paragraph styles name the components, so nothing is guessed)
and on files made in Word or LibreOffice (the components are recognised by their text and
place, see :mod:`vnadmin_docs.read.components`). What fits no component stays in the body,
and every guess is noted with a lower confidence.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from typing import IO, Any, ClassVar

from pydantic import ValidationError

from vnadmin_docs.errors import ReadError, UnsupportedDocumentType
from vnadmin_docs.models.body import ListStyle, roman, vietnamese_letter
from vnadmin_docs.models.documents import DocumentType, OfficialDispatch, TypedDocument
from vnadmin_docs.ooxml.read import ParaInfo, RunInfo, read_docx
from vnadmin_docs.read import Reading
from vnadmin_docs.read.components import Layout, recognise
from vnadmin_docs.render.docx import HIDDEN_PROPERTY
from vnadmin_docs.vietnamese import lower, upper

__all__ = ["guess_agency_name", "read_docx_document"]

_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_MARKERS: list[tuple[ListStyle, re.Pattern[str]]] = [
    (ListStyle.DECIMAL, re.compile(r"^(\d+)\.\s+")),
    (ListStyle.LETTER, re.compile(r"^([a-zđ])\)\s+")),
    (ListStyle.ROMAN, re.compile(r"^([IVXLC]+)\.\s+")),
    (ListStyle.DASH, re.compile(r"^-\s+")),
    (ListStyle.PLUS, re.compile(r"^\+\s+")),
    (ListStyle.STAR, re.compile(r"^\*\s+")),
]
_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn")
_REFERENCE = re.compile(r"\(Kèm theo .*? của (?P<agency>.+?)\)\s*$", re.DOTALL)


_LETTERS = [vietnamese_letter(i) for i in range(1, 24)]


def _start(style: ListStyle, marker: str) -> int:
    """The number of a list's first item from its marker: ``3.`` → 3, ``b)`` → 2, ``IV.`` → 4."""
    if style is ListStyle.DECIMAL:
        return int(marker)
    if style is ListStyle.LETTER and marker in _LETTERS:
        return _LETTERS.index(marker) + 1
    if style is ListStyle.ROMAN:
        return next((n for n in range(1, 400) if roman(n) == marker), 1)
    return 1


def guess_agency_name(lines: tuple[str, ...]) -> str:
    """Guess an agency's normal-case name from its capitalised header lines.

    Lower-cases everything, capitalises the first letter and every word after an
    administrative-unit word (tỉnh, thành phố, huyện, …), as Phụ lục II writes them.

    >>> guess_agency_name(("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"))
    'Ủy ban nhân dân tỉnh Kon Tum'
    """
    text = lower(" ".join(" ".join(lines).split()))
    for unit in _UNITS:
        marker = f" {unit} "
        if marker in text:
            head, _, tail = text.partition(marker)
            tail = " ".join(word[:1].upper() + word[1:] for word in tail.split())
            text = f"{head}{marker}{tail}"
            break
    return text[:1].upper() + text[1:]


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
    return [
        {"text": item["text"], "bold": item["key"][0], "italic": item["key"][1],
         "underline": item["key"][2]}
        for item in merged
    ]  # fmt: skip


def _plain_runs(runs: list[RunInfo], style_bold: bool) -> bool:
    return all(r.bold == style_bold for r in runs if r.text.strip())


class _Builder:
    def __init__(self, layout: Layout, source: str) -> None:
        self.layout = layout
        self.notes: list[str] = []
        self.confidence: dict[str, float] = {}
        self.source = source
        raw = layout.info.custom_properties.get(HIDDEN_PROPERTY)
        self.hidden: dict[str, Any] = {}
        if raw:
            try:
                loaded = json.loads(raw)
                self.hidden = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                self.note(f"the property {HIDDEN_PROPERTY} is not JSON; ignored")

    def note(self, text: str) -> None:
        self.notes.append(text)

    def found(self, key: str, sure: float) -> None:
        self.confidence[key] = sure

    # ---------------------------------------------------------------- components

    def agency(self) -> dict[str, Any]:
        layout = self.layout
        if not layout.agency:
            raise ReadError(f"{self.source}: no issuing agency (tên cơ quan ban hành) found")
        lines = tuple(line for p in layout.agency for line in p.text.split("\n") if line.strip())
        lines = tuple(" ".join(line.split()) for line in lines)
        name = self.layout.info.core_properties.get("creator", "")
        sure = 1.0
        reference = next((a.reference for a in layout.attachments if a.reference is not None), None)
        if not name and reference is not None:
            match = _REFERENCE.search(reference.visible_text)
            name = match["agency"] if match else ""
        if not name:
            name = guess_agency_name(lines)
            sure = 0.6
            self.note(f"agency: normal-case name guessed from the header lines: {name!r}")
        self.found("agency", sure)
        data: dict[str, Any] = {"name": name}
        if lines != (upper(name),):
            data["lines"] = lines
        if layout.parent_agency:
            parent_lines = tuple(
                " ".join(line.split())
                for p in layout.parent_agency
                for line in p.text.split("\n")
                if line.strip()
            )
            parent_name = self.hidden.get("agency.parent.name")
            if not parent_name:
                parent_name = guess_agency_name(parent_lines)
                self.note("parent agency: normal-case name guessed from its header lines")
            self.found("parent_agency", 1.0 if self.hidden.get("agency.parent.name") else 0.6)
            data["parent"] = {"name": parent_name, "lines": parent_lines}
        for key in ("abbreviation", "identifier"):
            if self.hidden.get(f"agency.{key}"):
                data[key] = self.hidden[f"agency.{key}"]
        if "abbreviation" not in data and layout.number is not None and not self.hidden:
            notation = layout.number.visible_text.partition("/")[2]
            first = notation.split("-")[0].strip()
            if first.isalnum():
                data["abbreviation"] = first  # a công văn's notation opens with it
                self.note(f"agency abbreviation taken from the notation: {first!r}")
        place_line = layout.place_date.visible_text if layout.place_date else ""
        place = place_line.split(",", 1)[0].strip() if "," in place_line else ""
        if not place:
            raise ReadError(f"{self.source}: no place-and-date line (địa danh, ngày tháng) found")
        data["place"] = place
        contact = [p for part, items in layout.info.parts.items() if "footer" in part
                   for p in items if p.borders.get("top") and p.visible_text]  # fmt: skip
        if contact:
            data["contact"] = tuple(
                " ".join(line.split()) for line in contact[0].text.split("\n") if line.strip()
            )
        return data

    def number(self) -> str:
        if self.layout.number is None:
            raise ReadError(f"{self.source}: no number line (Số, ký hiệu) found")
        self.found("number", 1.0)
        return self.layout.number.visible_text

    def date(self) -> date | None:
        line = self.layout.place_date.visible_text if self.layout.place_date else ""
        match = _DATE.search(line)
        self.found("place_date", 1.0 if match or "ngày" in line else 0.0)
        if not match:
            return None
        day, month, year = (int(v) for v in match.groups())
        return date(year, month, day)

    def subject(self) -> tuple[str, ...]:
        lines = [
            " ".join(line.split())
            for p in self.layout.dispatch_subject
            for line in p.text.split("\n")
            if line.strip()
        ]
        if not lines:
            raise ReadError(f"{self.source}: no subject (V/v …) found under the number")
        lines[0] = lines[0].removeprefix("V/v").strip()
        self.found("dispatch_subject", 1.0)
        return tuple(lines)

    def typed_subject(self) -> tuple[str, ...]:
        lines = [" ".join(line.split()) for p in self.layout.subject
                 for line in p.text.split("\n") if line.strip()]  # fmt: skip
        if not lines:
            raise ReadError(f"{self.source}: no subject (trích yếu) under the type name")
        self.found("subject", 1.0)
        self.found("type_name", 1.0)
        return tuple(lines)

    def bases(self) -> list[str]:
        return [p.visible_text for p in self.layout.basis]

    def recipients(self, required: bool = True) -> list[str]:
        layout = self.layout
        if layout.recipients_label is None:
            if not required:
                return []
            raise ReadError(f"{self.source}: no «Kính gửi:» found (a công văn has one)")
        self.found("recipients", 1.0)
        entries = []
        for p in layout.recipients:
            text = p.visible_text
            if p is layout.recipients_label:
                text = text.split(":", 1)[1].strip()
            entries.append(text)
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

    def body(self, paragraphs: list[ParaInfo]) -> tuple[list[dict[str, Any]], str | None]:
        blocks: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None  # the open list
        table: dict[str, Any] | None = None
        for p in paragraphs:
            text = p.visible_text
            if p.table is not None:
                current = None
                number, row, column = p.table
                if table is None or table["number"] != number:
                    table = {"number": number, "rows": {}, "header": set()}
                    blocks.append(table)
                cells = table["rows"].setdefault(row, {})
                cells[column] = (cells.get(column, "") + "\n" + p.text).strip("\n")
                if p.header_row:
                    table["header"].add(row)
                continue
            table = None
            if not text:
                continue
            heading = self.heading(p)
            if heading is not None:
                current = None
                if heading.get("title_of") is not None:
                    blocks[-1]["title"] = heading["title_of"]
                else:
                    blocks.append(heading)
                continue
            style, marker_match = None, None
            for list_style, pattern in _MARKERS:
                marker_match = pattern.match(p.text)
                if marker_match:
                    style = list_style
                    break
            if style is not None and marker_match is not None:
                runs = _runs(p)
                cut = marker_match.end()
                runs[0]["text"] = runs[0]["text"][cut:] if len(runs[0]["text"]) >= cut else ""
                runs = [r for r in runs if r["text"]]
                item = {"runs": runs}
                nested = style in (ListStyle.DASH, ListStyle.PLUS, ListStyle.STAR)
                if (current is not None and current["style"] != style.value and nested
                        and current["style"] not in ("dash", "plus", "star")):  # fmt: skip
                    parent = current["items"][-1]
                    sub = parent.setdefault("blocks", [])
                    if sub and sub[-1]["style"] == style.value:
                        sub[-1]["items"].append(item)
                    else:
                        sub.append({"kind": "list", "style": style.value, "items": [item]})
                    continue
                if current is not None and current["style"] == style.value:
                    current["items"].append(item)
                    continue
                start = _start(style, marker_match.group(1) if marker_match.groups() else "")
                current = {"kind": "list", "style": style.value, "start": start, "items": [item]}
                blocks.append(current)
                continue
            current = None
            entry: dict[str, Any] = {"kind": "paragraph", "runs": _runs(p)}
            if p.align in ("center", "right") and p.style_id in ("Body", None):
                entry["align"] = p.align
            blocks.append(entry)
        blocks = [self.table(b) if "rows" in b else b for b in blocks]
        end_mark = None
        last = blocks[-1] if blocks else None
        if last is not None and last["kind"] not in ("paragraph", "list"):
            last = None
        if last is not None:
            runs = last["runs"] if last["kind"] == "paragraph" else last["items"][-1]["runs"]
            if runs and runs[-1]["text"].endswith("./."):
                end_mark = "./."
                runs[-1]["text"] = runs[-1]["text"][:-3]
                if not runs[-1]["text"]:
                    runs.pop()
        return blocks, end_mark

    @staticmethod
    def table(found: dict[str, Any]) -> dict[str, Any]:
        rows = [found["rows"][r] for r in sorted(found["rows"])]
        width = max(len(r) for r in rows)
        cells = [[row.get(c, "") for c in range(width)] for row in rows]
        header = 0
        while header in found["header"]:
            header += 1
        return {"kind": "table", "rows": cells, "header_rows": header}

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
        if p.style_id == "HeadingTitle":
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

    def signature(self) -> dict[str, Any]:
        layout = self.layout
        if not layout.signature_title or layout.signer is None:
            raise ReadError(f"{self.source}: no signature block (chức vụ, họ tên) found")
        self.found("signature", 1.0)
        lines = [line for p in layout.signature_title for line in p.text.split("\n")
                 if line.strip()]  # fmt: skip
        data: dict[str, Any] = {
            "lines": [" ".join(line.split()) for line in lines],
            "signer": layout.signer.visible_text,
        }
        hidden = self.hidden
        if "signature.seal" in hidden:
            data["seal"] = hidden["signature.seal"]
        if "signature.digital_signature" in hidden:
            data["digital_signature"] = hidden["signature.digital_signature"]
        return data

    def distribution(self) -> dict[str, Any]:
        entries: list[str] = []
        data: dict[str, Any] = {"archive": []}
        items = [p.visible_text for p in self.layout.distribution]
        for text in items:
            if text.startswith("- Lưu") or text.startswith("Lưu"):
                head, _, tail = text.partition(".")
                units = head.split(":", 1)[1] if ":" in head else head.removeprefix("- Lưu")
                copies = re.search(r"\((\d+)\)\s*$", units)
                if copies:
                    data["archive_copies"] = int(copies.group(1))
                    units = units[: copies.start()]
                data["archive"] = [u.strip() for u in units.split(",") if u.strip()]
                self._drafter(tail.strip(), data)
                continue
            if not text.startswith(("-", "+", "•")) and not data["archive"]:
                self._drafter(text, data)  # ô 12 alone, with no archive line
                continue
            entries.append(text)
        last = len(entries) - 1
        cleaned = []
        for i, text in enumerate(entries):
            prescribed = "." if i == last and not data["archive"] else ";"
            if text.endswith(prescribed):
                text = text[: -len(prescribed)]
            cleaned.append(text)
        data["entries"] = cleaned
        self.found("distribution", 1.0 if self.layout.distribution_label else 0.0)
        return data

    @staticmethod
    def _drafter(mark: str, data: dict[str, Any]) -> None:
        """Read ô 12: the drafter's initials and the copies issued (``PL.(300)``, ``nl``)."""
        found = re.match(r"^(?P<who>[^\s(.]*)\.?\((?P<n>\d+)\)$|^(?P<only>\S+)$", mark)
        if not found:
            return
        if found["only"]:
            data["drafter"] = found["only"]
            return
        if found["who"]:
            data["drafter"] = found["who"]
        data["copies"] = int(found["n"])

    def marks(self) -> dict[str, Any]:
        layout = self.layout
        marks = {}
        for key in ("urgency", "confidentiality", "circulation"):
            paragraph = getattr(layout, key)
            if paragraph is not None:
                marks[key] = paragraph.visible_text
        return marks

    def attachments(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for attachment in self.layout.attachments:
            title = [" ".join(line.split()) for p in attachment.title
                     for line in p.text.split("\n") if line.strip()]  # fmt: skip
            if not title:
                continue
            blocks, end_mark = self.body(attachment.body)
            kinds = self.hidden.get("attachments.kind") or []
            position = len(out)
            guessed = "outline" if title[0].startswith("ĐỀ CƯƠNG") else "appendix"
            data: dict[str, Any] = {
                "kind": kinds[position] if position < len(kinds) else guessed,
                "title": title,
                "body": blocks,
            }
            if attachment.label is not None:
                data["label"] = attachment.label.visible_text
            if end_mark:
                data["end_mark"] = end_mark
            out.append(data)
        return out


def read_docx_document(source: str | os.PathLike[str] | bytes | IO[bytes]) -> Reading:
    """Read a công văn from a .docx into the model (đọc công văn từ tệp Word).

    Raises:
        ReadError: the file cannot be read, or a component every công văn has is missing.
        UnsafeDocumentError: the file is hostile.
        UnsupportedDocumentType: the document has a type name (only công văn is modelled).
    """
    label = str(source) if isinstance(source, str | os.PathLike) else "document"
    info = read_docx(source)
    layout = recognise(info)
    if layout.doc_type is None:
        raise UnsupportedDocumentType(
            f"{label}: neither a type name (QUYẾT ĐỊNH, TỜ TRÌNH, …) nor a công văn's «V/v» "
            "subject was found: not a document of Decree 30's list"
        )
    typed = layout.doc_type is not DocumentType.CONG_VAN
    builder = _Builder(layout, label)
    body, end_mark = builder.body(layout.body)
    data: dict[str, Any] = {
        "type": layout.doc_type,
        "agency": builder.agency(),
        "number": builder.number(),
        "date": builder.date(),
        "subject": builder.typed_subject() if typed else builder.subject(),
        "recipients": builder.recipients(required=not typed),
        "body": body,
        "end_mark": end_mark,
        "signature": builder.signature(),
        "distribution": builder.distribution(),
        "marks": builder.marks(),
        "attachments": builder.attachments(),
    }
    if typed:
        data["bases"] = builder.bases()
    for p in layout.unrecognised:
        builder.note(f"not recognised, left out of the model: {p.visible_text[:60]!r}")
    try:
        cls = TypedDocument if typed else OfficialDispatch
        document = cls.model_validate(data)
    except ValidationError as error:
        kind = layout.doc_type.vietnamese_name
        raise ReadError(f"{label}: what was read does not make a valid {kind}: {error}") from None
    return Reading(document, label, builder.confidence, builder.notes)
