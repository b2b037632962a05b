"""The DOCX writer (kết xuất .docx): a document model laid out as Decree 30/2020 prescribes.

Phase 1 lays out the body (``word/document.xml``): the two-column header (ô 1–5, 10, 11),
Kính gửi (ô 9a), the content (ô 6), the Nơi nhận / signature table (ô 7–9b, 12), then each
attachment in a section of its own. Phase 2 adds the parts every file needs: styles from
the standard's table, page-number header (or footer), settings, properties, content types
and relationships. Phase 3 zips them with fixed time stamps, so the same model always gives
the same bytes, and writes the file atomically.

Sizes, weights, slants, margins and rule lengths all come from the standard's rows
(:mod:`vnadmin_docs.standards`); the lengths of the rules under the Tiêu ngữ and the agency
name are computed from the text's measured width (:mod:`vnadmin_docs.metrics`).
"""

from __future__ import annotations

import gc
import io
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import IO, Any, TypeGuard

from vnadmin_docs._version import __version__
from vnadmin_docs.errors import InputError, RenderError
from vnadmin_docs.metrics import (
    ASCENT_EM,
    DESCENT_EM,
    INK_DEPTH_EM,
    LINE_EM,
    MM_PER_PT,
    balanced_lines,
    descends,
    text_width_twips,
)
from vnadmin_docs.models.body import Block, Heading, ListBlock, Paragraph, Run, Table
from vnadmin_docs.models.components import Addressee, Distribution, SignatureBlock
from vnadmin_docs.models.documents import (
    Attachment,
    AttachmentKind,
    Document,
    OfficialDispatch,
    TypedDocument,
)
from vnadmin_docs.models.forms import (
    Article,
    Introduction,
    Invitation,
    LeaveCertificate,
    Minutes,
    Telegram,
    _Enacting,
)
from vnadmin_docs.ooxml import (
    El,
    el,
    mm_to_twips,
    ordered,
    pt_to_twips,
    qn,
    serialize,
    text_run,
    write_package,
)
from vnadmin_docs.render.styles import RULE_STYLE, style_id, styles_part
from vnadmin_docs.render.tables import table_element
from vnadmin_docs.serialization import atomic_write, path_argument
from vnadmin_docs.standards import HouseStyle, RuleLine, Standard, get
from vnadmin_docs.templates import base_part, layout_for
from vnadmin_docs.vietnamese import format_signing_time

__all__ = ["HIDDEN_PROPERTY", "STANDARD_PROPERTY", "docx_bytes", "hidden_fields", "render_docx"]

STANDARD_PROPERTY = "vnadmin.standard"
"""Name of the custom document property that records the standard a file was laid out by."""
HIDDEN_PROPERTY = "vnadmin.hidden"
"""Name of the custom property holding the model's fields that the page does not show."""

# Layout choices the decree leaves open, taken from its diagram (Phụ lục I, Phần I, Mục IV).
_HEADER_PAD_MM = 4  # slack beside the Quốc hiệu so it never wraps
_HEADER_RIGHT_MAX = 0.66  # the right header column never takes more of the width than this
_CLOSING_LEFT = 0.42  # Nơi nhận column (ô 9b), signature column takes the rest (ô 7)
_RECIPIENTS_LEFT_MAX = 0.41  # ô 9a starts at most this far across the text width
# Mẫu 1.6 (công điện): the recipients' block starts 55 mm into the sample's 155 mm text
# area (8789 twips): its table's indent (1076) and first column (2016), and the line's own
# first-line indent (27)
_TELEGRAM_RECIPIENTS_LEFT = (1076 + 2016 + 27) / 8789
_SIGNATURE_SPACE_PT = 72  # room for the handwritten signature and the seal (ô 7c, 8)
_SIGNATURE_SPACE_DIGITAL_PT = 36
_FIT = 0.98  # a heading line is broken when it takes more of its column than this
_PT_PER_MM = 1 / MM_PER_PT
_STAMP_GAP_PT = 4  # between the number (or V/v) and a mark's box, and between two boxes
_BOX_PAD_MM = 3  # each side of the ô 11 instruction inside its box

_CONTENT_PARTS = frozenset(
    {"articles", "addressed", "invitation", "introduction", "leave", "meeting", "body",
     "meeting_end"}
)  # fmt: skip
"""The parts that hold the text (ô 6): the end mark closes the last of them."""

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
_WML = f"{_CT}.wordprocessingml"
_RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"


@dataclass(frozen=True, slots=True)
class _Geometry:
    text: int
    header_left: int
    header_right: int
    closing_left: int
    closing_right: int


class _Writer:
    """Lays out one document against one standard."""

    def __init__(self, document: Document, standard: Standard) -> None:
        self.doc = document
        self.std = standard
        page = standard.page
        text = mm_to_twips(page.width_mm - page.left_mm.default - page.right_mm.default)
        right = max(
            self.width("national_name", standard.national_name, bold=True),
            self.width("national_motto", standard.national_motto, bold=True),
            self.width("place_date", document.place_date_line, italic=True),
        ) + mm_to_twips(_HEADER_PAD_MM)
        right = min(right, round(text * _HEADER_RIGHT_MAX))
        closing_left = round(text * _CLOSING_LEFT)
        self.geo = _Geometry(text, text - right, right, closing_left, text - closing_left)
        self.landscape = False
        """Whether the blocks being laid out stand on a landscape page (a wide appendix)."""
        self.left_extra_pt = 0.0
        """How much taller the header's left column is than its date line, roughly."""
        self.last_line: dict[str, str] = {}
        """The last line set of a component, for the rule under it."""
        self.broken: dict[str, list[str]] = {}
        """Model field → the author's lines, where a line was broken to fit its column."""
        self.form = layout_for(document.type.value)
        """The form's layout (mẫu trình bày), from ``templates/forms.toml``."""
        self.endable = False
        """Whether the end mark may close the last paragraph a content part set."""
        self.shared = False
        """Whether the last :meth:`blocks` set their end mark on a "." of their own."""
        self.shared_period: dict[str, Any] = {}
        """Where the end mark's "." is the text's own full stop (``…này./.``): the main
        text (``end_mark.shared``) and the attachments (``attachments.end_mark.shared``,
        by index), for the hidden property; the page cannot tell."""

    # ------------------------------------------------------------------ measuring

    def size(self, key: str) -> float:
        return self.std.component(key).size.default

    def width(self, key: str, text: str, *, bold: bool = False, italic: bool = False) -> int:
        return text_width_twips(text, self.size(key), bold=bold, italic=italic)

    # ------------------------------------------------------------------ building blocks

    def run(
        self,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
    ) -> Iterable[El]:
        def props() -> El | None:
            if not (bold or italic or underline):
                return None
            return ordered(
                "w:rPr",
                el("w:b") if bold else None,
                el("w:bCs") if bold else None,
                el("w:i") if italic else None,
                el("w:iCs") if italic else None,
                el("w:u", {"w:val": "single"}) if underline else None,
            )

        for index, line in enumerate(text.split("\n")):
            if line or index:
                yield text_run(line, props(), line_break=index > 0)

    def runs(self, runs: Iterable[Run]) -> list[El]:
        return [
            r
            for run in runs
            for r in self.run(run.text, bold=run.bold, italic=run.italic, underline=run.underline)
        ]

    def para(self, key: str | None, content: Iterable[El], *props: El | None) -> El:
        style = el("w:pStyle", {"w:val": style_id(key)}) if key else None
        ppr = ordered("w:pPr", style, *props) if (style is not None or props) else None
        return el("w:p", None, ppr, *content)

    def text_para(self, key: str, text: str, *props: El | None, bold: bool = False) -> El:
        return self.para(key, self.run(text, bold=bold), *props)

    def lines(
        self,
        key: str,
        lines: Sequence[str],
        width: int,
        field: str,
        *,
        bold: bool = False,
        italic: bool = False,
    ) -> list[str]:
        """The lines of a heading as they stand in ``width`` twips (dòng chữ trong ô).

        A line too wide for its column is broken at words the way offices break it (even
        lines, none ending on "VÀ", "CỦA" …) rather than left to the office suite, which
        would leave a word alone on the next line; a word wider than the column is refused.
        """
        size = self.size(key)
        out: list[str] = []
        for index, line in enumerate(lines):
            if text_width_twips(line, size, bold=bold, italic=italic) <= width * _FIT:
                out.append(line)
                continue
            broken = balanced_lines(line, round(width * _FIT), size, bold=bold, italic=italic)
            self.broken[field] = list(lines)  # for the reader to take the author's lines back
            if broken is None:
                raise InputError(
                    f"{field}[{index}]: «{line:.80}» holds a word wider than its column "
                    f"({width / 20 / _PT_PER_MM:.0f} mm at {size:g} pt); shorten the word "
                    f"or use an abbreviation"
                )
            out.extend(broken)
        return out

    def rule(
        self, row: RuleLine, cell_width: int, lines: Sequence[str], *, after_pt: float = 0
    ) -> El:
        """The rule under a component (đường kẻ ngang), as an empty paragraph.

        Its top border is the rule, centred by equal indents; it is ``row.fraction`` of the
        longest of ``lines`` and stands ``row.gap_mm`` clear of the lowest ink of the last
        line set above it (``self.last_line`` where that is another component's).
        """
        key = row.sized_by or row.under
        bold = bool(self.std.component(key).bold)
        italic = bool(self.std.component(key).italic)
        longest = max(self.width(key, line, bold=bold, italic=italic) for line in lines)
        rule_width = min(cell_width, round(longest * row.fraction.default))
        side = max(0, (cell_width - rule_width) // 2)
        before = 0.0
        if row.gap_mm is not None:
            size = self.size(row.under)
            last = lines[-1] if row.sized_by is None else self.last_line[row.under]
            below_ink = (DESCENT_EM - (INK_DEPTH_EM if descends(last) else 0.0)) * size
            before = max(0.0, row.gap_mm.default * _PT_PER_MM - below_ink)
        border = el(
            "w:top",
            {
                "w:val": "single",
                "w:sz": round(row.weight_pt * 8),
                "w:space": 0,
                "w:color": "000000",
            },
        )
        return el(
            "w:p",
            None,
            ordered(
                "w:pPr",
                el("w:pStyle", {"w:val": RULE_STYLE}),
                ordered("w:pBdr", border),
                el(
                    "w:spacing", {"w:before": pt_to_twips(before), "w:after": pt_to_twips(after_pt)}
                ),
                el("w:ind", {"w:left": side, "w:right": side}),
            ),
        )

    def spacer(self, height_pt: float) -> El:
        """An empty paragraph exactly ``height_pt`` high (khoảng trống).

        It keeps two boxes apart: Word joins adjacent tables, and adjacent paragraphs with
        the same borders, into one.
        """
        spacing: dict[str, str | int] = {
            "w:before": 0,
            "w:after": 0,
            "w:line": pt_to_twips(height_pt),
            "w:lineRule": "exact",
        }
        return el("w:p", None, ordered("w:pPr", el("w:spacing", spacing)))

    def box(self, key: str, text: str, width: int, height: int) -> El:
        """A mark in its rectangle (khung hình chữ nhật viền đơn).

        A one-cell table of the stamp's exact size, centred in its column, the words
        centred in it: Word and LibreOffice keep a table's width and exact row height.
        """
        single: dict[str, str | int] = {
            "w:val": "single", "w:sz": 6, "w:space": 0, "w:color": "000000",
        }  # fmt: skip
        props = ordered(
            "w:tblPr",
            el("w:tblW", {"w:w": width, "w:type": "dxa"}),
            el("w:jc", {"w:val": "center"}),
            ordered(
                "w:tblBorders", *(el(s, single) for s in ("w:top", "w:left", "w:bottom", "w:right"))
            ),
            el("w:tblLayout", {"w:type": "fixed"}),
            el(
                "w:tblCellMar",
                None,
                el("w:top", {"w:w": 0, "w:type": "dxa"}),
                el("w:left", {"w:w": 0, "w:type": "dxa"}),
                el("w:bottom", {"w:w": 0, "w:type": "dxa"}),
                el("w:right", {"w:w": 0, "w:type": "dxa"}),
            ),
            el("w:tblLook", {"w:val": "0000"}),
        )
        cell = el(
            "w:tc",
            None,
            ordered(
                "w:tcPr",
                el("w:tcW", {"w:w": width, "w:type": "dxa"}),
                el("w:vAlign", {"w:val": "center"}),
            ),
            self.text_para(key, text),
        )
        row = el(
            "w:tr",
            None,
            el("w:trPr", None, el("w:trHeight", {"w:val": height, "w:hRule": "exact"})),
            cell,
        )
        return el("w:tbl", None, props, el("w:tblGrid", None, el("w:gridCol", {"w:w": width})), row)

    def stamp(self, key: str, words: str) -> El:
        """The box of a mark at its stamp's size (ô 10a, 10b), as the standard gives it."""
        stamp = self.std.stamp(key, words)
        if stamp is not None:
            return self.box(key, words, mm_to_twips(stamp.width_mm), mm_to_twips(stamp.height_mm))
        return self.fitted_box(key, words)

    def fitted_box(self, key: str, text: str) -> El:
        """A box as wide as its words and a margin each side, as high as a stamp.

        For the ô 11 instruction, and for a mark the standard gives no stamp for.
        """
        heights = [stamp.height_mm for stamp in self.std.stamps]
        line = self.size(key) * LINE_EM * 20
        height = mm_to_twips(heights[0]) if heights else round(line + 2 * _STAMP_GAP_PT * 20)
        width = self.width(key, text, bold=True) + 2 * mm_to_twips(_BOX_PAD_MM)
        return self.box(key, text, width, height)

    def cell(self, width: int, blocks: Sequence[El]) -> El:
        props = ordered("w:tcPr", el("w:tcW", {"w:w": width, "w:type": "dxa"}))
        return el("w:tc", None, props, *(blocks or [el("w:p")]))

    def layout_table(self, widths: Sequence[int], rows: Sequence[Sequence[Sequence[El]]]) -> El:
        nil = {"w:val": "nil"}
        borders = ordered(
            "w:tblBorders",
            *(el(s, nil) for s in ("w:top", "w:left", "w:bottom", "w:right")),
            el("w:insideH", nil),
            el("w:insideV", nil),
        )
        props = ordered(
            "w:tblPr",
            el("w:tblStyle", {"w:val": "LayoutTable"}),
            el("w:tblW", {"w:w": sum(widths), "w:type": "dxa"}),
            el("w:tblInd", {"w:w": 0, "w:type": "dxa"}),
            borders,
            el("w:tblLayout", {"w:type": "fixed"}),
            el(
                "w:tblCellMar",
                None,
                el("w:left", {"w:w": 0, "w:type": "dxa"}),
                el("w:right", {"w:w": 0, "w:type": "dxa"}),
            ),
            el("w:tblLook", {"w:val": "0000"}),
        )
        grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": w}) for w in widths))
        body = [
            el("w:tr", None, *(self.cell(w, c) for w, c in zip(widths, row, strict=True)))
            for row in rows
        ]
        return el("w:tbl", None, props, grid, *body)

    # ------------------------------------------------------------------ page 1 header

    def header(self, *, numbered: bool = True) -> El:
        """The two-column header (ô 1–4, 5b, 10, 11).

        Agency and number on the left, the national name, motto and date on the right; ô 11
        in a row of its own above both, so the agency's first line and the Quốc hiệu stay
        level. A joint document names every issuer (cơ quan liên tịch) in the agency's
        place, joined by dashes. An issued text (văn bản ban hành kèm theo) has no number
        and no date (``numbered=False``): their row stays empty, as in Mẫu 1.3's sample.
        """
        doc, std, geo = self.doc, self.std, self.geo
        agency = doc.agency
        left: list[El] = []
        if agency.parent is not None:
            parent = self.lines(
                "parent_agency", agency.parent.header_lines, geo.header_left,
                "agency.parent.lines",
            )  # fmt: skip
            left.append(self.text_para("parent_agency", "\n".join(parent)))
        header_lines = agency.header_lines
        joint = [issuer for issuer in doc.co_issuers if issuer.in_header]
        if joint:
            header_lines = (
                " - ".join(" ".join(lines) for lines in
                           [agency.header_lines, *(i.header_lines for i in joint)]),
            )  # fmt: skip
        names = self.lines("agency", header_lines, geo.header_left, "agency.lines", bold=True)
        left.append(self.text_para("agency", "\n".join(names)))
        left.append(self.rule(std.rule("agency_rule"), geo.header_left, names))
        right: list[El] = [
            self.text_para("national_name", std.national_name),
            self.text_para("national_motto", std.national_motto),
            self.rule(std.rule("motto_rule"), geo.header_right, [std.national_motto]),
        ]
        rows: list[tuple[list[El], list[El]]] = []
        if numbered and doc.marks.circulation:
            box = self.fitted_box("circulation", doc.marks.circulation)
            rows.append(([], [box, self.spacer(_STAMP_GAP_PT)]))
        rows.append((left, right))
        if numbered:
            rows.append(self.number_row())
        else:  # the row stays, empty, so the type name stands where it does under a date
            rows.append(([], [self.text_para("place_date", "")]))
        return self.layout_table((geo.header_left, geo.header_right), rows)

    def number_row(self) -> tuple[list[El], list[El]]:
        """The header's second row: Số (ô 3), V/v (ô 5b), marks (ô 10) | place and date (ô 4)."""
        doc, std, geo = self.doc, self.std, self.geo
        number = [self.text_para("number", doc.number.text)]
        self.left_extra_pt = 0.0
        if isinstance(doc, OfficialDispatch):
            lines = self.lines("dispatch_subject", doc.subject_lines, geo.header_left, "subject")
            number.append(self.text_para("dispatch_subject", "\n".join(lines)))
            row = std.component("dispatch_subject")
            self.left_extra_pt += row.space_before + len(lines) * LINE_EM * row.size.default
        for mark, key in (
            (doc.marks.confidentiality, "confidentiality"),
            (doc.marks.urgency, "urgency"),
        ):
            if mark is not None:
                number.append(self.spacer(_STAMP_GAP_PT))
                number.append(self.stamp(key, mark.value))
                stamp = std.stamp(key, mark.value)
                height = stamp.height_mm * _PT_PER_MM if stamp else 0.0
                self.left_extra_pt += _STAMP_GAP_PT + height
        if len(number) > 1 and number[-1].tag == qn("w:tbl"):
            number.append(self.spacer(1))  # a cell ends with a paragraph
            self.left_extra_pt += 1
        line = doc.place_date_line
        date_line = [self.text_para("place_date", line)] if line else []
        return number, date_line

    def recipients(self, recipients: Sequence[Addressee]) -> list[El]:
        label = "Kính gửi:"
        label_width = self.width("recipients", label)
        dash = self.width("recipients", "- ")
        if len(recipients) == 1:
            text = f"{label} {recipients[0].text('')}"
            indent = max(0, min(
                round(self.geo.text * _RECIPIENTS_LEFT_MAX),
                self.geo.text - self.width("recipients", text),
            ) // 2)  # fmt: skip
            return [self.text_para("recipients", text, el("w:ind", {"w:left": indent}))]
        last = len(recipients) - 1
        lines = [f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(recipients)]
        longest = max(self.width("recipients", line) for line in lines)
        colon = label_width - self.width("recipients", ":")
        indent = max(0, min(round(self.geo.text * _RECIPIENTS_LEFT_MAX),
                            self.geo.text - colon - longest))  # fmt: skip
        label_space = el("w:spacing", {"w:after": 0})
        paragraphs = [
            self.text_para("recipients", label, el("w:ind", {"w:left": indent}), label_space)
        ]
        start = indent + colon
        after = pt_to_twips(self.std.component("recipients").space_after)
        for number, line in enumerate(lines):
            ind = el("w:ind", {"w:left": start + dash, "w:hanging": dash})
            space = {"w:before": 0, "w:after": after if number == last else 0}
            paragraphs.append(self.text_para("recipients", line, ind, el("w:spacing", space)))
        return paragraphs

    # ------------------------------------------------------------------ content

    def close(self, para: El, end_mark: str) -> bool:
        """Set ``end_mark`` at the end of ``para``; whether its "." was the text's own.

        A paragraph that ends with a full stop shares it with a mark that starts with one:
        it prints ``…này./.``, not ``…này../.`` (the decree's samples). Spaces before the
        shared stop go.
        """
        texts: list[El] = []
        printed: list[str] = []
        for node in para.iter(qn("w:t"), qn("w:br")):
            if node.tag == qn("w:br"):
                printed.append("\n")
            else:
                texts.append(node)
                printed.append(node.text or "")
        shared = end_mark.startswith(".") and "".join(printed).rstrip(" ").endswith(".")
        if shared:
            for node in reversed(texts):
                node.text = (node.text or "").rstrip(" ")
                if node.text:
                    break
            end_mark = end_mark[1:]
        para.extend(self.run(end_mark))
        return shared

    def blocks(self, blocks: Iterable[Block], end_mark: str | None) -> list[El]:
        """Content blocks and their end mark; :attr:`shared` says whether they share a "."."""
        out: list[El] = []
        last: Block | None = None
        self.shared = False
        for block in blocks:
            self.block(block, out)
            last = block
        if end_mark:
            # the end mark closes the last paragraph or list item; after a heading or a
            # table it stands on a line of its own, so the heading keeps its text
            if isinstance(last, Paragraph | ListBlock) and out[-1].tag == qn("w:p"):
                self.shared = self.close(out[-1], end_mark)
            else:
                out.append(self.text_para("body", end_mark))
        return out

    def block(self, block: Block, out: list[El]) -> None:
        """Append the elements of ``block`` to ``out``.

        One list serves the whole body, so nested lists cost no copying at any depth.
        """
        if isinstance(block, Paragraph):
            jc = indent = None
            if block.align is not None:
                value = {"justify": "both"}.get(block.align.value, block.align.value)
                jc = el("w:jc", {"w:val": value})
                if value in ("center", "right"):  # centred on the text area, not the indent
                    indent = el("w:ind", {"w:firstLine": 0})
            out.append(self.para("body", self.runs(block.runs), indent, jc))
        elif isinstance(block, ListBlock):
            for marker, item in zip(block.markers(), block.items, strict=True):
                out.append(self.para("body", [*self.run(f"{marker} "), *self.runs(item.runs)]))
                for child in item.blocks:
                    self.block(child, out)
        elif isinstance(block, Heading):
            if block.title_on_own_line:
                out.append(self.text_para("heading_label", block.label))
                if block.title:
                    out.append(self.text_para("heading_title", block.title.upper()))
            else:
                text = f"{block.label} {block.title}" if block.title else block.label
                out.append(self.text_para("article", text))  # Điều, khoản/điểm with a title
        else:
            out.append(self.table(block))

    def table(self, table: Table) -> El:
        """A table of the body (bảng), as wide as the text area of its page."""
        return table_element(table, self.text_width(landscape=self.landscape))

    # ------------------------------------------------------------------ closing

    def distribution_cell(self, dist: Distribution) -> list[El]:
        """Nơi nhận (ô 9b) with the archive line and ô 12, as paragraphs of one column."""
        left = [self.text_para("distribution_label", "Nơi nhận:")]
        archive = dist.archive_line
        last = len(dist.entries) - 1
        for i, entry in enumerate(dist.entries):
            end = "." if i == last and archive is None else ";"
            left.append(self.text_para("distribution", f"- {entry.text(end)}"))
        mark = dist.drafter_mark
        if archive is not None:
            content = [*self.run(f"- {archive}")]
            if mark:
                content.extend(self.run(f" {mark}"))
            left.append(self.para("distribution", content))
        elif mark:
            left.append(self.text_para("drafter", mark))
        return left

    def signature_cell(self, signature: SignatureBlock, width: int, field: str) -> list[El]:
        """A signature block (ô 7a–7c): titles, room for the signature and seal, the name."""
        titles = self.lines(
            "signature_title", [line.text for line in signature.lines], width,
            f"{field}.lines", bold=True,
        )  # fmt: skip
        space = _SIGNATURE_SPACE_DIGITAL_PT if signature.digital_signature else _SIGNATURE_SPACE_PT
        return [
            self.text_para("signature_title", "\n".join(titles)),
            self.text_para(
                "signer", signature.signer, el("w:spacing", {"w:before": pt_to_twips(space)})
            ),
        ]

    def closing_table(
        self, dist: Distribution, signature: SignatureBlock, field: str = "signature"
    ) -> El:
        """Nơi nhận on the left, the signature on the right (ô 7–9b)."""
        geo = self.geo
        left = self.distribution_cell(dist)
        right = self.signature_cell(signature, geo.closing_right, field)
        return self.layout_table((geo.closing_left, geo.closing_right), ((left, right),))

    def side_by_side(
        self, blocks: Sequence[tuple[SignatureBlock, str]], dist: Distribution
    ) -> list[El]:
        """Several signatures in one row, Nơi nhận under them.

        For a biên bản, a văn bản liên tịch, a hợp đồng. Two signatures stand as Mẫu 1.9 sets
        THƯ KÝ and CHỦ TỌA; three or more in equal columns.
        """
        text = self.geo.text
        count = len(blocks)
        if count == 2:
            # as Mẫu 1.9 sets THƯ KÝ and CHỦ TỌA: the left one in the Nơi nhận's column, the
            # right one centred on the right half of the text area, an empty column between
            left, right = self.geo.closing_left, text // 2
            widths = [left, text - left - right, right]
            places = [0, 2]
        else:
            widths = [text // count] * count
            widths[-1] += text - sum(widths)
            places = list(range(count))
        cells: list[list[El]] = [[] for _ in widths]
        for (signature, field), place in zip(blocks, places, strict=True):
            cells[place] = self.signature_cell(signature, widths[place], field)
        out: list[El] = [self.layout_table(widths, (cells,))]
        out.append(self.layout_table((text,), ((self.distribution_cell(dist),),)))
        return out

    # ------------------------------------------------------------------ the forms' parts
    #
    # One method per component of ``templates/forms.toml``; each appends its elements to
    # ``out``. Parts that hold the text (ô 6) set ``self.endable`` to say whether the end
    # mark may close their last paragraph.

    def part_header(self, out: list[El]) -> None:
        out.append(self.header())

    def part_title_block(self, out: list[El]) -> None:
        doc = self.doc
        assert isinstance(doc, TypedDocument)
        out.extend(self.title_block(doc))

    def part_recipients(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, OfficialDispatch | TypedDocument) and doc.recipients:
            out.extend(self.recipients(doc.recipients))

    def part_authority(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and doc.authority:
            lines = self.lines("authority", doc.authority, self.geo.text, "authority", bold=True)
            out.append(self.text_para("authority", "\n".join(lines)))

    def part_bases(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, TypedDocument):
            out.extend(self.text_para("basis", base) for base in doc.bases)

    def part_proposal(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and doc.proposal_line:
            out.append(self.text_para("basis", doc.proposal_line))

    def part_enacting(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and (doc.articles or doc.body):
            first = doc.body[0] if doc.body else None
            if doc.articles or not (
                isinstance(first, Paragraph) and first.text.strip() == doc.enacting_line
            ):  # a body written the old way may hold the line itself
                out.append(self.text_para("enacting", doc.enacting_line))

    def part_articles(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, _Enacting):
            return
        for article in doc.articles:
            self.article(article, out)
            self.endable = True

    def article(self, article: Article, out: list[El]) -> None:
        """An article (Điều), its clauses (``1.``) and points (``a)``).

        ``Điều 1.`` and its title bold; untitled, its text follows upright on the same line.
        """
        if article.title:
            out.append(self.text_para("article", f"{article.label} {article.title}"))
            if article.text:
                out.append(self.text_para("body", article.text))
        else:
            content = [*self.run(article.label, bold=True)]
            if article.text:
                content.extend(self.run(f" {article.text}"))
            out.append(self.para("body", content))
        for clause in article.clauses:
            if clause.title:
                out.append(self.text_para("article", f"{clause.number}. {clause.title}"))
                if clause.text:
                    out.append(self.text_para("body", clause.text))
            else:
                out.append(self.text_para("body", f"{clause.number}. {clause.text or ''}".rstrip()))
            for letter, point in zip(clause.letters, clause.points, strict=True):
                out.append(self.text_para("body", f"{letter}) {point.text}"))

    def part_addressed(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, Telegram):
            return
        out.append(self.text_para("addressed", doc.addressed_line))
        # Mẫu 1.6 sets the recipients as a block, dash under dash, in the right cell of a
        # table: it starts _TELEGRAM_RECIPIENTS_LEFT of the way across the text area (further
        # left only where the longest line would not fit)
        last = len(doc.recipients) - 1
        lines = [f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(doc.recipients)]
        text = self.geo.text
        longest = max((self.width("body", line) for line in lines), default=0)
        start = max(0, min(round(text * _TELEGRAM_RECIPIENTS_LEFT), text - longest))
        dash = self.width("body", "- ")
        ind = {"w:left": start + dash, "w:hanging": dash}
        for line in lines:
            out.append(self.text_para("body", line, el("w:ind", ind)))
        self.endable = False

    def fields(self, out: list[El], lines: Iterable[str | None]) -> None:
        """The form's labelled lines (``Chủ trì: …``), in the body's style."""
        for line in lines:
            if line:
                out.append(self.text_para("body", line))
                self.endable = True

    def part_invitation(self, out: list[El]) -> None:
        if isinstance(self.doc, Invitation):
            self.fields(out, self.doc.field_lines())

    def part_introduction(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, Introduction):
            return
        before, after = doc.field_lines()
        out.append(self.text_para("addressed", doc.introducer_line))
        self.fields(out, before)
        self.content(doc.body, out)
        self.fields(out, after)

    def part_leave(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, LeaveCertificate):
            return
        before, after = doc.field_lines()
        self.fields(out, before)
        self.content(doc.body, out)
        self.fields(out, after)

    def part_meeting(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, Minutes):
            return
        head, listed, tail = doc.field_lines()
        self.fields(out, (*head, *listed, *tail))
        self.endable = False

    def part_body(self, out: list[El]) -> None:
        self.content(self.doc.body, out)

    def content(self, blocks: Sequence[Block], out: list[El]) -> None:
        """Free content (ô 6): paragraphs, lists, headings, tables."""
        for block in blocks:
            self.block(block, out)
            self.endable = isinstance(block, Paragraph | ListBlock) and out[-1].tag == qn("w:p")

    def part_meeting_end(self, out: list[El]) -> None:
        doc = self.doc
        if isinstance(doc, Minutes) and doc.end_line is not None:
            self.fields(out, (doc.end_line,))

    def part_closing(self, out: list[El]) -> None:
        doc = self.doc
        if doc.co_issuers:
            signers = [
                (issuer.signature, f"co_issuers[{i}].signature")
                for i, issuer in enumerate(doc.co_issuers)
            ]  # the first issuer signs on the right, the others to its left
            out.extend(self.side_by_side([*signers, (doc.signature, "signature")],
                                         doc.distribution))  # fmt: skip
        else:
            out.append(self.closing_table(doc.distribution, doc.signature))

    def part_signatures(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, Minutes):
            self.part_closing(out)
            return
        out.extend(self.side_by_side(
            [(doc.secretary_signature, "secretary_signature"), (doc.signature, "signature")],
            doc.distribution,
        ))  # fmt: skip

    def part_confirmation(self, out: list[El]) -> None:
        doc = self.doc
        if not isinstance(doc, LeaveCertificate) or doc.confirmation is None:
            return
        geo = self.geo
        confirmation = doc.confirmation
        lines = self.lines(
            "confirmation_title", [line.text for line in confirmation.lines], geo.closing_left,
            "confirmation.lines", italic=True,
        )  # fmt: skip
        cell = [
            self.text_para("confirmation_title", "\n".join(lines)),
            self.text_para(
                "signer", confirmation.signer,
                el("w:spacing", {"w:before": pt_to_twips(_SIGNATURE_SPACE_PT)}),
            ),
        ]  # fmt: skip
        out.append(self.spacer(_STAMP_GAP_PT))
        out.append(self.layout_table((geo.closing_left, geo.closing_right), ((cell, []),)))

    def part_copy(self, out: list[El]) -> None:
        """The paper copy's block (Mẫu 3.1).

        Under a full-width rule after the copied text: the copying agency and the copy's
        number left, the kind and the date right, then Nơi nhận and the signature.
        """
        copy = self.doc.copying
        if copy is None or copy.electronic:
            return
        assert copy.number is not None and copy.signature is not None
        geo, std = self.geo, self.std
        border = el("w:top", {"w:val": "single", "w:sz": 6, "w:space": 1, "w:color": "000000"})
        out.append(el("w:p", None, ordered(
            "w:pPr", el("w:pStyle", {"w:val": RULE_STYLE}), ordered("w:pBdr", border),
            el("w:spacing", {"w:before": pt_to_twips(12), "w:after": 0}),
        )))  # fmt: skip
        names = self.lines(
            "agency", copy.agency.header_lines, geo.header_left, "copying.agency.lines", bold=True
        )
        left = [
            self.text_para("agency", "\n".join(names)),
            self.rule(std.rule("agency_rule"), geo.header_left, names),
        ]
        # two rows, as the header's: the number and the place and date stand on one line
        # (Phụ lục I, Phần II, Mục II, khoản 2.c, by Phần I, Mục II, khoản 4.c), as Mẫu 3.1
        # prints them
        rows = (
            (left, [self.text_para("copy_kind", copy.kind.words)]),
            ([self.text_para("number", copy.number.text)],
             [self.text_para("place_date", copy.place_date_line)]),
        )  # fmt: skip
        out.append(self.layout_table((geo.header_left, geo.header_right), rows))
        # room above the copy's Nơi nhận and signature (Mẫu 3.1 leaves a line), and a
        # paragraph between the tables: Word joins adjacent tables into one
        out.append(self.spacer(self.size("body") * LINE_EM))
        out.append(self.closing_table(copy.distribution, copy.signature, "copying.signature"))

    def electronic_copy_line(self) -> El | None:
        """The electronic copy's line at the top right of page 1 (Mẫu 3.2, ô 14)."""
        copy = self.doc.copying
        if copy is None or not copy.electronic:
            return None
        parts = [copy.kind.words, copy.agency.name]
        if copy.signed_at is not None:
            parts.append(format_signing_time(copy.signed_at))
        return self.text_para("electronic_copy", "; ".join(parts))

    def part_reference(self, out: list[El]) -> None:  # pragma: no cover - attachments only
        """An issued text's reference line is laid out by :meth:`attachment`."""

    # ------------------------------------------------------------------ attachments, sections

    def attachment(self, attachment: Attachment, index: int = 0) -> list[El]:
        """An attachment: its heading block and its text.

        The heading block of an outline or appendix: Phụ lục số, tên, the "(Kèm theo …)"
        line and the rule under it. An issued text (quy chế, quy định… a quyết định
        issues, Mẫu 1.3) has the header without a number, its type name and trích yếu,
        the "(Kèm theo …)" line and the rule, and no signature.
        """
        out: list[El] = []
        width = self.text_width(landscape=attachment.landscape)
        if attachment.kind is AttachmentKind.ISSUED:
            out.append(self.header(numbered=False))
            self.left_extra_pt = 0.0
            out.extend(self.title_block(attachment=attachment))
            out.extend(self.blocks(attachment.body, attachment.end_mark))
            self.record_shared(index)
            return out
        if attachment.label:
            out.append(self.text_para("appendix_label", attachment.label))
        field = f"attachments[{index}].title"
        title = self.lines("appendix_title", attachment.title, width, field, bold=True)
        out.append(self.text_para("appendix_title", "\n".join(title)))
        out.append(self.reference_paragraph(width))
        if any(row.key == "appendix_rule" for row in self.std.rules):
            first = attachment.body[0] if attachment.body else None
            after = self.space_under_rule(
                "appendix_rule_to_text", "table" if isinstance(first, Table) else "body"
            )
            out.append(self.rule(self.std.rule("appendix_rule"), width, title, after_pt=after))
        out.extend(self.blocks(attachment.body, attachment.end_mark))
        self.record_shared(index)
        return out

    def record_shared(self, index: int) -> None:
        """Keep for the hidden property whether attachment ``index`` shared its "."."""
        if self.shared:
            count = len(self.doc.attachments)
            flags = self.shared_period.setdefault("attachments.end_mark.shared", [False] * count)
            flags[index] = True

    def reference_paragraph(self, width: int) -> El:
        """The "(Kèm theo Công văn số … ngày … của …)" line, broken before "của" if long."""
        reference = self.doc.reference_line()
        text = f"({reference})"
        if self.width("appendix_reference", text, italic=True) > width * _FIT:
            head, sep, tail = reference.partition(" của ")
            if sep:
                text = f"({head}\ncủa {tail})"
        self.last_line["appendix_reference"] = text.split("\n")[-1]
        return self.text_para("appendix_reference", text)

    def space_under_rule(self, spacing: str, following: str) -> float:
        """Space after a rule (pt) standing the next line ``spacing`` under it.

        0 where the standard sets no such spacing.

        The next paragraph's own space before is not subtracted: LibreOffice, laying out
        a file in Word 2013's mode, keeps the larger of the two spaces, not their sum.
        """
        row = next((r for r in self.std.spacings if r.key == spacing), None)
        if row is None:
            return 0.0
        size = self.std.component(following).size.default
        return max(0.0, row.mm.default * _PT_PER_MM - (LINE_EM - ASCENT_EM) * size)

    def section(self, *, first: bool, main: bool, landscape: bool = False) -> El:
        """The section properties (thuộc tính phần) closing the main text or an attachment.

        Only the main text's first page carries the contact block (ô 13, "ở trang thứ nhất
        của văn bản"); each attachment's first page points at an empty footer, since a
        section without its own reference would inherit the main text's.
        """
        page = self.std.page
        numbers = self.std.page_numbers
        first_footer = "rIdFirstFooter" if main else "rIdEmptyFooter"
        refs: list[El] = []
        kind = "w:headerReference" if numbers.position.startswith("header") else None
        if kind:
            refs.append(el(kind, {"w:type": "default", "r:id": "rIdPageNumber"}))
            refs.append(el(kind, {"w:type": "first", "r:id": "rIdFirstHeader"}))
            refs.append(el("w:footerReference", {"w:type": "first", "r:id": first_footer}))
        else:
            refs.append(el("w:footerReference", {"w:type": "default", "r:id": "rIdPageNumber"}))
            refs.append(el("w:footerReference", {"w:type": "first", "r:id": first_footer}))
        width, height = mm_to_twips(page.width_mm), mm_to_twips(page.height_mm)
        size: dict[str, str | int] = {"w:w": width, "w:h": height}
        if landscape:
            size = {"w:w": height, "w:h": width, "w:orient": "landscape"}
        return ordered(
            "w:sectPr",
            *refs,
            el("w:type", {"w:val": "nextPage"}) if not first else None,
            el("w:pgSz", size),
            el(
                "w:pgMar",
                {
                    "w:top": mm_to_twips(page.top_mm.default),
                    "w:right": mm_to_twips(page.right_mm.default),
                    "w:bottom": mm_to_twips(page.bottom_mm.default),
                    "w:left": mm_to_twips(page.left_mm.default),
                    "w:header": mm_to_twips(page.header_mm),
                    "w:footer": mm_to_twips(page.header_mm),
                    "w:gutter": 0,
                },
            ),
            el("w:pgNumType", {"w:start": 1}) if numbers.restart_per_appendix else None,
            el("w:cols", {"w:space": 720}),
            None if numbers.first_page_shown else el("w:titlePg"),
        )

    def text_width(self, *, landscape: bool = False) -> int:
        """Width of the text area in twips (vùng trình bày), portrait or landscape."""
        if not landscape:
            return self.geo.text
        page = self.std.page
        return mm_to_twips(page.height_mm - page.left_mm.default - page.right_mm.default)

    def title_block(
        self, doc: TypedDocument | None = None, attachment: Attachment | None = None
    ) -> list[El]:
        """The type name and subject (tên loại và trích yếu, ô 5a) and their rule.

        The block stands as far under the header and the rule as far above the text as the
        decree's samples place them (the standard's ``spacings``). A form without a trích
        yếu (giấy giới thiệu, giấy nghỉ phép) sizes the rule from the type name. For an
        issued text (``attachment``) its "(Kèm theo …)" line stands above the rule.
        """
        std = self.std
        type_row, date_row = std.component("type_name"), std.component("place_date")
        # from the date line's baseline down to the type name's: what the header's last
        # row leaves under the baseline, what the left column adds, then the type name's
        # own ascent
        before = type_row.space_before
        spacing = next((r for r in std.spacings if r.key == "header_to_type_name"), None)
        if spacing is not None:
            target = spacing.mm.default * _PT_PER_MM
            below = DESCENT_EM * date_row.size.default + ASCENT_EM * type_row.size.default
            before = max(before, target - below - self.left_extra_pt)
        if attachment is not None:
            type_name, subject_lines, field = (
                attachment.type_name or "",
                attachment.title,
                "attachments.title",
            )
        else:
            assert doc is not None
            type_name, subject_lines, field = doc.type_name, doc.subject, "subject"
        out = [
            self.text_para(
                "type_name", type_name, el("w:spacing", {"w:before": pt_to_twips(before)})
            )
        ]
        sized = [type_name]
        if subject_lines:
            sized = self.lines("subject", subject_lines, self.geo.text, field, bold=True)
            out.append(self.text_para("subject", "\n".join(sized)))
        if attachment is not None:
            reference = self.reference_paragraph(self.geo.text)
            out.append(reference)
            first = attachment.body[0] if attachment.body else None
            after = self.space_under_rule(
                "appendix_rule_to_text", "table" if isinstance(first, Table) else "body"
            )
            out.append(self.rule(std.rule("appendix_rule"), self.geo.text, sized, after_pt=after))
            return out
        following = self.following_style()
        after = self.space_under_rule("subject_rule_to_text", following)
        out.append(self.rule(std.rule("subject_rule"), self.geo.text, sized, after_pt=after))
        return out

    def following_style(self) -> str:
        """The style of the first line under the title block, for the space above it."""
        doc = self.doc
        if isinstance(doc, _Enacting) and doc.authority:
            return "authority"
        if isinstance(doc, TypedDocument) and doc.bases:
            return "basis"
        if isinstance(doc, OfficialDispatch | TypedDocument) and doc.recipients:
            return "recipients"
        if isinstance(doc, Telegram | Introduction):
            return "addressed"
        return "body"

    def document_part(self) -> bytes:
        doc = self.doc
        body: list[El] = []
        electronic = self.electronic_copy_line()
        if electronic is not None:
            body.append(electronic)
        content_end, endable = -1, False  # where the text (ô 6) ends, and how
        for name in self.form.components:
            before = len(body)
            getattr(self, f"part_{name}")(body)
            if name in _CONTENT_PARTS and (len(body) > before or content_end < 0):
                content_end, endable = len(body), self.endable and len(body) > before
            self.endable = False
        if doc.end_mark and content_end >= 0:
            if endable:
                if self.close(body[content_end - 1], doc.end_mark):
                    self.shared_period["end_mark.shared"] = True
            else:
                body.insert(content_end, self.text_para("body", doc.end_mark))
        # each section's properties close it: the main text's, then each attachment's
        closing_section = self.section(first=True, main=True)
        for index, attachment in enumerate(doc.attachments):
            body.append(el("w:p", None, ordered("w:pPr", closing_section)))
            self.landscape = attachment.landscape
            body.extend(self.attachment(attachment, index))
            closing_section = self.section(first=False, main=False, landscape=attachment.landscape)
        self.landscape = False
        self.part_copy(body)
        body.append(closing_section)
        root = el("w:document", None, el("w:body", None, *body))
        return serialize(root, ["w", "r"])

    # ------------------------------------------------------------------ other parts

    def page_number_part(self) -> bytes:
        return _page_number_part(self.std)

    def first_page_footer(self) -> bytes:
        contact = self.doc.agency.contact
        if not contact:
            return _EMPTY_FOOTER
        border = el("w:top", {"w:val": "single", "w:sz": 6, "w:space": 1, "w:color": "000000"})
        para = self.text_para("contact", "\n".join(contact), ordered("w:pBdr", border))
        return serialize(el("w:ftr", None, para), ["w"])


@cache
def _page_number_part(standard: Standard) -> bytes:
    """The header (or footer) with the PAGE field: the same for every document."""
    instruction = el("w:instrText", {"xml:space": "preserve"})
    instruction.text = " PAGE "
    shown = el("w:t")
    shown.text = "2"
    field = [
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "begin"})),
        el("w:r", None, instruction),
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "separate"})),
        el("w:r", None, shown),
        el("w:r", None, el("w:fldChar", {"w:fldCharType": "end"})),
    ]
    style = ordered("w:pPr", el("w:pStyle", {"w:val": style_id("page_number")}))
    tag = "w:hdr" if standard.page_numbers.position.startswith("header") else "w:ftr"
    return serialize(el(tag, None, el("w:p", None, style, *field)), ["w"])


_EMPTY_HEADER = serialize(el("w:hdr", None, el("w:p")), ["w"])
_EMPTY_FOOTER = serialize(el("w:ftr", None, el("w:p")), ["w"])


def hidden_fields(document: Document) -> dict[str, Any]:
    """The parts of the model that the page does not show, for the reader to take back.

    The agency's abbreviation and identifier, the parent agency's full name, whether a
    seal or a digital signature applies, and what each attachment is. For the forms: the
    agency's place where no place-and-date line is printed (a biên bản without a date), the
    fields left to their default whose default the page prints (``inviter``), the other
    issuers of a joint document (their names, abbreviations, header lines), and what a copy
    (bản sao) holds that its block does not print.

    What only the layout knows is added by the writer (:attr:`_Writer.shared_period`):
    ``end_mark.shared`` and ``attachments.end_mark.shared`` (a flag per attachment) where the
    text's own full stop is the end mark's first "." (``…này./.``), for the reader to put
    back on the text it takes the mark off.
    """
    agency = document.agency
    out: dict[str, Any] = {
        "agency.abbreviation": agency.abbreviation,
        "agency.identifier": agency.identifier,
        "agency.parent.name": agency.parent.name if agency.parent else None,
        "signature.seal": document.signature.seal,
        "signature.digital_signature": document.signature.digital_signature,
        "attachments.kind": [a.kind.value for a in document.attachments],
    }
    blocks: list[tuple[str, SignatureBlock | None]] = [
        (f"co_issuers[{i}].signature", issuer.signature)
        for i, issuer in enumerate(document.co_issuers)
    ]
    if isinstance(document, Minutes):
        blocks.append(("secretary_signature", document.secretary_signature))
    if isinstance(document, LeaveCertificate):
        blocks.append(("confirmation", document.confirmation))
    if document.copying is not None:
        blocks.append(("copying.signature", document.copying.signature))
    for field, block in blocks:
        if block is not None:
            out[f"{field}.seal"] = block.seal
            out[f"{field}.digital_signature"] = block.digital_signature
    if not document.place_date_line:
        out["agency.place"] = agency.place
    defaulted = [
        name
        for name, kind in (("inviter", Invitation), ("introducer", Introduction))
        if isinstance(document, kind) and getattr(document, name) is None
    ]
    if defaulted:
        out["defaulted"] = defaulted
    if isinstance(document, _Enacting):
        # where the articles end, and which paragraph under a titled article (clause) is
        # its text: per article, whether it has a text and per clause [text?, points]
        out["articles.texts"] = [
            [
                article.text is not None,
                [[clause.text is not None, len(clause.points)] for clause in article.clauses],
            ]
            for article in document.articles
        ]
        first = document.body[0] if document.body else None
        if not document.articles and isinstance(first, Paragraph):
            # the body holds the enacting line itself: printed once, and it is the body's
            out["enacting.in_body"] = first.text.strip() == document.enacting_line
    if document.co_issuers:
        out["joint.agency.lines"] = list(agency.lines) if agency.lines is not None else None
        out["co_issuers"] = [
            issuer.model_dump(mode="json", exclude={"signature"}) for issuer in document.co_issuers
        ]
    copy = document.copying
    if copy is not None:
        kept = {"name", "parent", "abbreviation", "identifier", "contact"}
        if copy.electronic:  # only the kind, the agency's name and the time are printed
            out["copying"] = copy.model_dump(
                mode="json", include={"number", "date", "signature", "distribution"}
            )
            kept = (kept - {"name"}) | {"lines", "place"}
        out["copying.agency"] = copy.agency.model_dump(mode="json", include=kept)
        if copy.signed_at is not None and copy.signed_at.tzinfo is None:
            out["copying.signed_at.naive"] = True  # printed with the Vietnamese zone
    return out


def _properties(
    document: Document,
    standard: Standard,
    broken: dict[str, list[str]] | None = None,
    laid_out: dict[str, Any] | None = None,
) -> dict[str, bytes]:
    day = document.date or date(2000, 1, 1)
    if not isinstance(day, date):  # a draft's partial date: its first day (W3CDTF wants one)
        day = day.earliest
    stamp = f"{day.isoformat()}T00:00:00Z"

    def text_el(name: str, value: str, attrs: dict[str, str] | None = None) -> El:
        element = el(name, attrs)
        element.text = value
        return element

    w3c = {"xsi:type": "dcterms:W3CDTF"}
    core = el(
        "cp:coreProperties",
        None,
        text_el("dc:title", " ".join(document.subject_lines)),
        text_el("dc:subject", document.number.value),
        text_el("dc:creator", document.agency.name),
        text_el("cp:keywords", standard.id),
        text_el("dc:language", "vi-VN"),
        text_el("dcterms:created", stamp, w3c),
        text_el("dcterms:modified", stamp, w3c),
    )
    app = el("ep:Properties", None, text_el("ep:Application", f"vnadmin_docs {__version__}"))
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    custom = el(
        "cus:Properties",
        None,
        el(
            "cus:property",
            {"fmtid": fmtid, "pid": 2, "name": STANDARD_PROPERTY},
            text_el("vt:lpwstr", standard.id),
        ),
        el(
            "cus:property",
            {"fmtid": fmtid, "pid": 3, "name": "vnadmin.standard.title"},
            text_el("vt:lpwstr", standard.title),
        ),
    )
    custom.append(
        el(
            "cus:property",
            {"fmtid": fmtid, "pid": 4, "name": HIDDEN_PROPERTY},
            text_el(
                "vt:lpwstr",
                json.dumps(
                    {**hidden_fields(document), **(laid_out or {}), "lines.broken": broken or {}},
                    ensure_ascii=False,
                ),
            ),
        )
    )
    return {
        "docProps/core.xml": serialize(core, ["cp", "dc", "dcterms", "dcmitype", "xsi"]),
        "docProps/app.xml": serialize(app, [], default="ep"),
        "docProps/custom.xml": serialize(custom, ["vt"], default="cus"),
    }


def _relationships(rels: Sequence[tuple[str, str, str]]) -> bytes:
    root = el(
        "pr:Relationships",
        None,
        *(el("pr:Relationship", {"Id": i, "Type": t, "Target": target}) for i, t, target in rels),
    )
    return serialize(root, [], default="pr")


def _content_types(overrides: Sequence[tuple[str, str]]) -> bytes:
    root = el(
        "ct:Types",
        None,
        el("ct:Default", {"Extension": "rels", "ContentType": _RELS_TYPE}),
        el("ct:Default", {"Extension": "xml", "ContentType": "application/xml"}),
        *(el("ct:Override", {"PartName": f"/{n}", "ContentType": t}) for n, t in overrides),
    )  # fmt: skip
    return serialize(root, [], default="ct")


_PACKAGE_RELS = _relationships(
    [
        ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
        ("rId2", f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"),
        ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        ("rId4", f"{_REL}/custom-properties", "docProps/custom.xml"),
    ]
)


@cache
def _document_rels(header_kind: str) -> bytes:
    return _relationships(
        [
            ("rIdStyles", f"{_REL}/styles", "styles.xml"),
            ("rIdSettings", f"{_REL}/settings", "settings.xml"),
            ("rIdFonts", f"{_REL}/fontTable", "fontTable.xml"),
            ("rIdPageNumber", f"{_REL}/{header_kind}", f"{header_kind}1.xml"),
            ("rIdFirstHeader", f"{_REL}/header", "header2.xml"),
            ("rIdFirstFooter", f"{_REL}/footer", "footer2.xml"),
            ("rIdEmptyFooter", f"{_REL}/footer", "footer3.xml"),
        ]
    )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold Python's cycle collector while a body is built, then turn it back on.

    Building a part creates one short-lived object per element and none of them forms a
    cycle; with the collector on, its full passes over the growing heap made rendering
    superlinear (40,000 paragraphs: 2.1 s against 1.2 s paused; 11.5× the time of 4,000
    paragraphs against 9.3×, measured on the project's machine).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def docx_bytes(
    document: Document,
    standard: str | Standard | None = None,
    house_style: HouseStyle | None = None,
) -> bytes:
    """Lay a document out and return the .docx file's bytes (deterministic)."""
    if not isinstance(document, Document):
        raise InputError(
            f"render_docx(document=…): document must be a document model (e.g. "
            f"OfficialDispatch), not {type(document).__name__}; load YAML or JSON with "
            f"vnadmin_docs.load() first"
        )
    if standard is not None and not isinstance(standard, str | Standard):
        raise InputError(
            f"render_docx(standard={standard!r:.80}): standard must be a name such as "
            f"'nd30-2020' or a Standard, not {type(standard).__name__}"
        )
    if house_style is not None and not isinstance(house_style, HouseStyle):
        raise InputError(
            f"render_docx(house_style=…): house_style must be a HouseStyle, not "
            f"{type(house_style).__name__}"
        )
    try:
        table = get(standard)
    except ValueError as error:
        raise InputError(str(error)) from None
    if house_style is not None:
        try:
            table = house_style.apply(table)
        except ValueError as error:
            raise InputError(f"house style: {error}") from None
    writer = _Writer(document, table)
    header_kind = "header" if table.page_numbers.position.startswith("header") else "footer"
    number_part = f"word/{header_kind}1.xml"
    with _gc_paused():
        body = writer.document_part()
    parts: dict[str, bytes] = {
        "_rels/.rels": _PACKAGE_RELS,
        "word/document.xml": body,
        "word/_rels/document.xml.rels": _document_rels(header_kind),
        "word/styles.xml": styles_part(table),
        "word/settings.xml": base_part("settings.xml"),
        "word/fontTable.xml": base_part("fontTable.xml"),
        number_part: writer.page_number_part(),
        "word/header2.xml": _EMPTY_HEADER,
        "word/footer2.xml": writer.first_page_footer(),
        "word/footer3.xml": _EMPTY_FOOTER,
        **_properties(document, table, writer.broken, writer.shared_period),
    }
    overrides = [
        ("word/document.xml", f"{_WML}.document.main+xml"),
        ("word/styles.xml", f"{_WML}.styles+xml"),
        ("word/settings.xml", f"{_WML}.settings+xml"),
        ("word/fontTable.xml", f"{_WML}.fontTable+xml"),
        (number_part, f"{_WML}.{header_kind}+xml"),
        ("word/header2.xml", f"{_WML}.header+xml"),
        ("word/footer2.xml", f"{_WML}.footer+xml"),
        ("word/footer3.xml", f"{_WML}.footer+xml"),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("docProps/app.xml", f"{_CT}.extended-properties+xml"),
        ("docProps/custom.xml", f"{_CT}.custom-properties+xml"),
    ]
    parts["[Content_Types].xml"] = _content_types(overrides)
    buffer = io.BytesIO()
    write_package(parts, buffer)
    return buffer.getvalue()


def render_docx(
    document: Document,
    target: str | os.PathLike[str] | IO[bytes],
    *,
    standard: str | Standard | None = None,
    house_style: HouseStyle | None = None,
) -> None:
    """Render a document to .docx (kết xuất văn bản ra tệp Word).

    Args:
        document: the document model.
        target: a path, or a binary stream to write into.
        standard: ``"nd30-2020"`` (default, the standard in force) or ``"tt01-2011"``.
        house_style: an office's sizes and margins inside the standard's ranges.

    A path is written atomically: the file appears complete or not at all.

    Raises:
        InputError: not a document, a target that is neither a path nor a stream, a folder
            that does not exist, an unknown standard, a house style out of range.
        RenderError: the target cannot be written (permission, disk full, a failing stream).
    """
    if _is_stream(target):
        _write_stream(target, docx_bytes(document, standard, house_style), "render_docx")
        return
    # checked before the work of laying out
    path = path_argument(target, "render_docx", "target", also="or a binary stream")
    data = docx_bytes(document, standard, house_style)
    try:
        with atomic_write(path, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise RenderError(f"{path}: cannot write ({error.strerror or error})") from None


def _is_stream(target: object) -> TypeGuard[IO[bytes]]:
    return callable(getattr(target, "write", None))


def _write_stream(stream: IO[bytes], data: bytes, function: str) -> None:
    """Write ``data`` into a caller's stream; its failures become RenderError."""
    try:
        stream.write(data)
    except (OSError, ValueError, TypeError) as error:
        raise RenderError(f"{function}: cannot write into {stream!r:.80} ({error})") from None
