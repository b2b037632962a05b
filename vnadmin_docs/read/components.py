"""Stage 2 of reading (nhận dạng thành phần thể thức): find the components in stage 1's data.

:func:`recognise` looks at the paragraphs of a :class:`~vnadmin_docs.ooxml.read.DocxInfo`
and says which one is the Quốc hiệu, the Tiêu ngữ, the agency, the number, the date line,
the subject, Kính gửi, the body, Nơi nhận, the signature block, the marks and each
attachment; where the page numbers are; and how the rules under the headings are drawn
(paragraph border, shape, underscores or underlined text) and how long they are. It works
on real files, header laid out as a table or as plain paragraphs; what it cannot find stays
``None``, and the validator then reports the component's rules as not evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from vnadmin_docs.metrics import text_width_pt
from vnadmin_docs.models.documents import DocumentType
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo, SectionInfo
from vnadmin_docs.standards import get
from vnadmin_docs.vietnamese import nfc, tone_insensitive_key, upper

__all__ = ["Layout", "PageNumber", "RuleLineFound", "recognise"]

MM_PER_PT = 25.4 / 72
MM_PER_TWIP = MM_PER_PT / 20

_NAME_KEY = tone_insensitive_key(get().national_name)
_MOTTO_WORDS = tone_insensitive_key(get().national_motto.replace("-", " "))
_NUMBER = re.compile(r"^\s*S[ốỐ]\s*[:.]?\s*[\d\s.]*/", re.IGNORECASE)
_DATE = re.compile(r",?\s*ngày\b.*\btháng\b.*\bnăm\b", re.IGNORECASE)
_AUTHORITY = re.compile(r"^\s*(TM|KT|TL|TUQ|Q|K|T/M|K/T|T/L)\s*[./]\s*\S", re.IGNORECASE)
_RULE_CHARS = re.compile(r"^[\s_\-–—.]+$")
_TYPE_NAMES = {upper(t.vietnamese_name): t for t in DocumentType}


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return tone_insensitive_key(text)


def _starts(text: str, prefix: str) -> bool:
    """Whether ``text`` starts with ``prefix``, ignoring case and tone placement."""
    return _key(text[: len(prefix) + 2]).startswith(_key(prefix))


def _lines(paragraph: ParaInfo) -> list[str]:
    return [nfc(" ".join(line.split())) for line in paragraph.text.split("\n") if line.strip()]


@dataclass(slots=True)
class RuleLineFound:
    """A rule (đường kẻ ngang) found under a component, and how it was drawn."""

    under: str
    """The component: ``national_motto``, ``agency``, ``subject``."""
    method: str
    """``border``, ``shape``, ``underscores`` or ``underline``."""
    length_mm: float
    text_mm: float
    """Length of the text line above it (the longest line of the component)."""
    paragraph: ParaInfo

    @property
    def ratio(self) -> float:
        """Rule length over text length."""
        return self.length_mm / self.text_mm if self.text_mm else 0.0


@dataclass(slots=True)
class PageNumber:
    """A PAGE field in a header or footer (số trang)."""

    part: str
    place: str
    """``header`` or ``footer``."""
    kind: str
    """The reference type: ``default``, ``first`` or ``even``."""
    paragraph: ParaInfo
    section: int


@dataclass(slots=True)
class AttachmentLayout:
    """An attached text found after the signature (phụ lục, đề cương)."""

    label: ParaInfo | None
    title: list[ParaInfo]
    reference: ParaInfo | None
    body: list[ParaInfo]


@dataclass(slots=True)
class Layout:
    """The components of one document, as found (``None``/empty where not found)."""

    info: DocxInfo
    doc_type: DocumentType | None = None
    national_name: ParaInfo | None = None
    national_motto: ParaInfo | None = None
    parent_agency: list[ParaInfo] = field(default_factory=list)
    agency: list[ParaInfo] = field(default_factory=list)
    number: ParaInfo | None = None
    place_date: ParaInfo | None = None
    type_name: ParaInfo | None = None
    subject: list[ParaInfo] = field(default_factory=list)
    dispatch_subject: list[ParaInfo] = field(default_factory=list)
    recipients_label: ParaInfo | None = None
    recipients: list[ParaInfo] = field(default_factory=list)
    basis: list[ParaInfo] = field(default_factory=list)
    body: list[ParaInfo] = field(default_factory=list)
    distribution_label: ParaInfo | None = None
    distribution: list[ParaInfo] = field(default_factory=list)
    signature_title: list[ParaInfo] = field(default_factory=list)
    signer: ParaInfo | None = None
    urgency: ParaInfo | None = None
    confidentiality: ParaInfo | None = None
    circulation: ParaInfo | None = None
    attachments: list[AttachmentLayout] = field(default_factory=list)
    page_numbers: list[PageNumber] = field(default_factory=list)
    rule_lines: dict[str, RuleLineFound] = field(default_factory=dict)
    unrecognised: list[ParaInfo] = field(default_factory=list)

    def component(self, key: str) -> list[ParaInfo]:
        """The paragraphs of a component, by the standard's key (empty when not found)."""
        value = getattr(self, key, None)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        return [value]

    @property
    def first_section(self) -> SectionInfo | None:
        """The section of page 1."""
        return self.info.sections[0] if self.info.sections else None


# ----------------------------------------------------------------------------- helpers


def _container_width(paragraph: ParaInfo, info: DocxInfo) -> int:
    if paragraph.cell_width:
        return paragraph.cell_width
    section = (
        info.sections[min(paragraph.section, len(info.sections) - 1)] if info.sections else None
    )
    return section.text_width if section else 9355


def _line_width_mm(paragraph: ParaInfo, text: str | None = None) -> float:
    runs = paragraph.text_runs()
    size = paragraph.size or 12.0
    bold = bool(paragraph.bold)
    lines = [text] if text is not None else _lines(paragraph)
    if not lines:
        return 0.0
    del runs
    return max(text_width_pt(line, float(size), bold=bold) for line in lines) * MM_PER_PT


def _same_cell(a: ParaInfo, b: ParaInfo) -> bool:
    return a.table == b.table and a.part == b.part


def _is_blank(paragraph: ParaInfo) -> bool:
    return not paragraph.text.strip()


# ----------------------------------------------------------------------------- rules


def _find_rule(
    under: str,
    component: Sequence[ParaInfo],
    following: Sequence[ParaInfo],
    info: DocxInfo,
    text_line: str | None = None,
) -> RuleLineFound | None:
    if not component:
        return None
    last = component[-1]
    text_mm = max(_line_width_mm(p, text_line) for p in component)
    if last.borders.get("bottom"):
        width = _container_width(last, info) - last.left - last.right
        return RuleLineFound(under, "border", width * MM_PER_TWIP, text_mm, last)
    for paragraph in [*component, *following[:3]]:
        if paragraph is not last and paragraph not in component and not _same_cell(paragraph, last):
            break
        lines = [s for s in paragraph.shapes if s.kind in ("line", "connector") and s.height_mm < 3]
        if lines:
            longest = max(lines, key=lambda s: s.width_mm)
            return RuleLineFound(under, "shape", longest.width_mm, text_mm, paragraph)
    for paragraph in following[:2]:
        if not _same_cell(paragraph, last):
            break
        if _is_blank(paragraph) and (
            paragraph.borders.get("top") or paragraph.borders.get("bottom")
        ):
            width = _container_width(paragraph, info) - paragraph.left - paragraph.right
            return RuleLineFound(under, "border", width * MM_PER_TWIP, text_mm, paragraph)
        text = paragraph.visible_text
        if text and _RULE_CHARS.match(text) and len(text.replace(" ", "")) >= 3:
            size = paragraph.size or last.size or 12.0
            drawn = text_width_pt(text.strip(), float(size), bold=bool(paragraph.bold))
            return RuleLineFound(under, "underscores", drawn * MM_PER_PT, text_mm, paragraph)
        if text:
            break
    underlined = [r for p in component for r in p.text_runs() if r.underline]
    if underlined and len(underlined) == len([r for p in component for r in p.text_runs()]):
        return RuleLineFound(under, "underline", text_mm, text_mm, last)
    return None


# ----------------------------------------------------------------------------- recognise


def _page_numbers(info: DocxInfo) -> list[PageNumber]:
    found: list[PageNumber] = []
    for number, section in enumerate(info.sections):
        for place, refs in (("header", section.headers), ("footer", section.footers)):
            for kind, part in refs.items():
                for paragraph in info.parts.get(part, []):
                    if any(f.split()[:1] == ["PAGE"] for f in paragraph.fields if f):
                        found.append(PageNumber(part, place, kind, paragraph, number))
    return found


def recognise(info: DocxInfo, doc_type: DocumentType | None = None) -> Layout:
    """Find the components of a Vietnamese administrative document in stage 1's data."""
    layout = Layout(info)
    paragraphs = info.paragraphs
    head_limit = min(len(paragraphs), 40)
    head = paragraphs[:head_limit]

    for p in head:
        lines = [line for line in _lines(p) if len(line) < 60]
        keys = [_key(line) for line in lines]
        if layout.national_name is None and any(k.startswith(_NAME_KEY[:20]) for k in keys):
            layout.national_name = p
        if layout.national_motto is None and any(
            _key(line.replace("-", " ").replace("–", " ")) == _MOTTO_WORDS for line in lines
        ):
            layout.national_motto = p
        if layout.number is None and _NUMBER.match(p.visible_text):
            layout.number = p
        if layout.place_date is None and _DATE.search(p.visible_text) and len(p.visible_text) < 90:
            layout.place_date = p
        if p.visible_text.startswith("V/v") and not layout.dispatch_subject:
            layout.dispatch_subject = [p]
    if layout.dispatch_subject:
        first = layout.dispatch_subject[0]
        for p in paragraphs[first.index + 1 : first.index + 4]:
            if not _same_cell(p, first) or _is_blank(p) or p.shapes or p.borders:
                break
            if p is layout.place_date or p is layout.number:
                break
            layout.dispatch_subject.append(p)

    # Agency: the non-blank paragraphs above the number in its column (or above the
    # Quốc hiệu when the header is not a table).
    anchor = layout.number or layout.national_name
    if anchor is not None:
        column = [p for p in paragraphs[: anchor.index]
                  if (p.table is not None and anchor.table is not None
                      and p.table[0] == anchor.table[0] and p.table[2] == anchor.table[2])
                  or (p.table is None and anchor.table is None)]  # fmt: skip
        candidates = [
            p for p in column
            if p.visible_text and not _RULE_CHARS.match(p.visible_text)
            and p is not layout.national_name and p is not layout.national_motto
            and not _NUMBER.match(p.visible_text)
        ]  # fmt: skip
        if candidates:
            bold = [p for p in candidates if p.bold]
            styled = [p for p in candidates if p.style_id == "ParentAgency"]
            if styled:  # our own files name the component in the style
                layout.parent_agency = styled
                layout.agency = [p for p in candidates if p not in styled]
            elif bold:
                layout.agency = [p for p in candidates if p.bold and p.index >= bold[0].index]
                layout.parent_agency = [p for p in candidates if p.index < bold[0].index]
            else:
                layout.agency = candidates[-1:]
                layout.parent_agency = candidates[:-1]

    header_end = max(
        (p.index for p in (layout.number, layout.place_date, layout.national_motto)
         if p is not None),
        default=-1,
    )  # fmt: skip

    # Marks in the header: urgency, confidentiality, circulation.
    for p in head:
        if len(p.visible_text) > 20:
            continue
        key = _key(p.visible_text)
        if key in (_key("HOẢ TỐC"), _key("THƯỢNG KHẨN"), _key("KHẨN")):
            layout.urgency = p
        elif key in (_key("MẬT"), _key("TỐI MẬT"), _key("TUYỆT MẬT")):
            layout.confidentiality = p
        elif key in (_key("XEM XONG TRẢ LẠI"), _key("LƯU HÀNH NỘI BỘ")):
            layout.circulation = p

    # Type name and subject (documents with a type name).
    for p in paragraphs[header_end + 1 : header_end + 12]:
        text = upper(p.visible_text.rstrip(":"))
        if p.table is None and text in _TYPE_NAMES and not p.visible_text.endswith(":"):
            layout.type_name = p
            layout.doc_type = _TYPE_NAMES[text]
            for q in paragraphs[p.index + 1 : p.index + 5]:
                if _is_blank(q) or q.shapes or _RULE_CHARS.match(q.visible_text):
                    break
                if q.visible_text.startswith(("Căn cứ", "Kính gửi")):
                    break
                layout.subject.append(q)
            break
    if layout.type_name is not None:
        # a "V/v" line under a type name is that document's subject, not a công văn's ô 5b
        layout.dispatch_subject = [
            p for p in layout.dispatch_subject if p.index < layout.type_name.index
        ]
    header_end = max([header_end, *(p.index for p in layout.dispatch_subject)])
    if layout.doc_type is None:
        layout.doc_type = doc_type or (DocumentType.CONG_VAN if layout.dispatch_subject else None)
    elif doc_type is not None:
        layout.doc_type = doc_type

    # The closing: Nơi nhận and the signature block.
    closing_start = len(paragraphs)
    for p in paragraphs[header_end + 1 :]:
        if _starts(p.visible_text, "Nơi nhận"):
            layout.distribution_label = p
            closing_start = p.index
            for q in paragraphs[p.index + 1 :]:
                if q.table != p.table:
                    if q.table is None or p.table is None or q.table[:2] != p.table[:2]:
                        break
                    continue
                if q.visible_text:
                    layout.distribution.append(q)
            break
    titles: list[ParaInfo] = []
    for p in paragraphs[header_end + 1 :]:
        if _AUTHORITY.match(p.visible_text) or (
            layout.distribution_label is not None and p.table is not None
            and layout.distribution_label.table is not None
            and p.table[:2] == layout.distribution_label.table[:2]
            and p.table[2] != layout.distribution_label.table[2]
        ):  # fmt: skip
            titles.append(p)
            closing_start = min(closing_start, p.index)
            break
    if titles:
        start = titles[0]
        block = [q for q in paragraphs[start.index :]
                 if (start.table is not None and q.table == start.table)
                 or (start.table is None and q.table is None)]  # fmt: skip
        if start.table is None:
            block = []
            blanks = 0
            for q in paragraphs[start.index :]:
                if q.table is not None:
                    break
                if _is_blank(q):
                    blanks += 1
                    continue
                if blanks and block and len(block) > 1 and not q.visible_text.isupper():
                    block.append(q)
                    break
                block.append(q)
        # notes such as "(Đã ký)", "[Đã ký]" or template fields "{{…}}" are not title lines
        texts = [
            q for q in block if q.visible_text and not q.visible_text.startswith(("(", "[", "{"))
        ]
        if len(texts) >= 2:
            layout.signer = texts[-1]
            layout.signature_title = texts[:-1]
        elif texts:
            layout.signature_title = texts

    # Kính gửi.
    for p in paragraphs[header_end + 1 : closing_start]:
        if _starts(p.visible_text, "Kính gửi"):
            layout.recipients_label = p
            rest = p.visible_text.split(":", 1)[1].strip() if ":" in p.visible_text else ""
            if rest:
                layout.recipients.append(p)
            for q in paragraphs[p.index + 1 : closing_start]:
                if q.visible_text.startswith(("-", "–", "+")):
                    layout.recipients.append(q)
                else:
                    break
            break

    # The body: what lies between the head and the closing.
    taken = {id(p) for key in ("recipients", "subject") for p in getattr(layout, key)}
    taken |= {id(p) for p in (layout.type_name, layout.recipients_label) if p is not None}
    region = [
        p for p in paragraphs[header_end + 1 : closing_start]
        if id(p) not in taken and p.visible_text and not (p.table is not None and p.table[0] == 0)
    ]  # fmt: skip
    decision = next(
        (
            i
            for i, p in enumerate(region)
            if p.visible_text.endswith(":") and p.visible_text.isupper()
        ),
        None,
    )  # the "QUYẾT ĐỊNH:" line: the bases (căn cứ) stand before it
    for i, p in enumerate(region):
        if p.style_id == "Basis" or (  # our own files name the bases' style
            decision is not None
            and i < decision
            and p.visible_text.startswith(("Căn cứ", "Theo đề nghị", "Xét đề nghị", "Theo đề xuất"))
        ):
            layout.basis.append(p)
        else:
            layout.body.append(p)

    # Attachments: after the closing, each starts with a label or a capitalised title.
    last_closing = max((p.index for p in (*layout.signature_title, layout.signer,
                        *layout.distribution) if p is not None), default=closing_start)  # fmt: skip
    current: AttachmentLayout | None = None
    for p in paragraphs[last_closing + 1 :]:
        text = p.visible_text
        if not text:
            continue
        if p.style_id == "AppendixTitle" and (
            current is None or current.reference is not None or current.body
        ):  # our files name the parts: a title after a finished attachment opens the next
            current = AttachmentLayout(None, [p], None, [])
            layout.attachments.append(current)
        elif p.style_id == "AppendixTitle" and current is not None:
            current.title.append(p)
        elif p.style_id == "AppendixReference" and current is not None:
            current.reference = p
        elif p.style_id == "AppendixLabel" or (
            re.match(r"^(PHỤ LỤC|Phụ lục)\b", text) and len(text) < 40
        ):
            current = AttachmentLayout(p, [], None, [])
            layout.attachments.append(current)
        elif current is None and text.isupper() and len(text) > 6:
            current = AttachmentLayout(None, [p], None, [])
            layout.attachments.append(current)
        elif current is not None and text.startswith("(Kèm theo"):
            current.reference = p
        elif (
            current is not None
            and current.reference is None
            and (text.isupper() or (current.label is not None and not current.title))
        ):
            current.title.append(p)
        elif current is not None:
            current.body.append(p)
        else:
            layout.unrecognised.append(p)

    layout.page_numbers = _page_numbers(info)

    # The rules under the headings.
    def following(items: Sequence[ParaInfo]) -> list[ParaInfo]:
        return paragraphs[items[-1].index + 1 : items[-1].index + 4] if items else []

    if layout.national_motto is not None:
        motto_line = next((ln for ln in _lines(layout.national_motto)
                           if _key(ln.replace("-", " ")) == _MOTTO_WORDS), None)  # fmt: skip
        found = _find_rule("national_motto", [layout.national_motto],
                           following([layout.national_motto]), info, motto_line)  # fmt: skip
        if found:
            layout.rule_lines["national_motto"] = found
    if layout.agency:
        found = _find_rule("agency", layout.agency, following(layout.agency), info)
        if found:
            layout.rule_lines["agency"] = found
    if layout.subject:
        found = _find_rule("subject", layout.subject, following(layout.subject), info)
        if found:
            layout.rule_lines["subject"] = found
    return layout


def paragraphs_text(items: Iterable[ParaInfo]) -> str:
    """The text of several paragraphs, one line each."""
    return "\n".join(p.visible_text for p in items)
