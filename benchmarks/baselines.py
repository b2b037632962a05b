"""The contenders we compare our DOCX writer with: docxtpl and python-docx.

Both produce the Kon Tum dispatch (Công văn 2452/UBND-TH with its outline) with the layout of
Decree 30/2020: A4, Times New Roman, a borderless two-column header table, Kính gửi and its
recipients, the body, a two-column table for Nơi nhận and the signature, then the outline on a
new page.

- :func:`build_context` derives, once and untimed, every string both baselines print, from the
  loaded model (``document.model_dump()`` plus the model's properties; never ``render_text``).
- :func:`build_docxtpl_template` writes, once and untimed, a ``.docx`` template with Jinja tags
  (``{%p for %}`` loops) with python-docx; :func:`render_docxtpl` renders it (timed).
- :func:`build_python_docx` lays the same content out through python-docx's public API (timed).

Nothing runs at import time; docxtpl is imported only when used.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

import vnadmin_docs as vn

__all__ = [
    "BODY_INDENT",
    "FONT",
    "build_context",
    "build_docxtpl_template",
    "build_python_docx",
    "docxtpl_environment",
    "render_docxtpl",
]

FONT = "Times New Roman"
"""The font of Decree 30/2020 (Phụ lục I, Phần I, mục 4)."""
BODY_INDENT = Cm(1)
"""First-line indent of body paragraphs (1 cm to 1.27 cm)."""

# A4 and the margins of Decree 30/2020, Phụ lục I, Phần I, mục 3.
_PAGE_WIDTH, _PAGE_HEIGHT = Cm(21), Cm(29.7)
_MARGINS = {"top": Cm(2), "bottom": Cm(2), "left": Cm(3), "right": Cm(1.5)}
# Column widths (text width 16.5 cm): header 7 + 9.5, closing 8 + 8.5.
_HEADER_WIDTHS = (Cm(7), Cm(9.5))
_CLOSING_WIDTHS = (Cm(8), Cm(8.5))
_BODY_SIZE = 13  # 13 to 14 pt; 13 keeps the dispatch on one page as in the original
_SIGNATURE_SPACE = 3  # empty paragraphs left for the handwritten signature and seal

_CENTER = WD_ALIGN_PARAGRAPH.CENTER
_JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
_LEFT = WD_ALIGN_PARAGRAPH.LEFT


# --------------------------------------------------------------------------- the context


def _flatten(blocks: Iterable[Any], end_mark: str | None = None) -> list[str]:
    """Body blocks as printed paragraphs: list items carry their marker, nested items follow."""
    paragraphs: list[str] = []

    def walk(items: Iterable[Any]) -> None:
        for block in items:
            if isinstance(block, vn.Paragraph):
                paragraphs.append(block.text)
            elif isinstance(block, vn.ListBlock):
                for marker, item in zip(block.markers(), block.items, strict=True):
                    paragraphs.append(f"{marker} {item.text}")
                    walk(item.blocks)
            elif isinstance(block, vn.Heading):
                paragraphs.append(f"{block.label} {block.title}" if block.title else block.label)
            elif isinstance(block, vn.Table):
                paragraphs.extend(" | ".join(row) for row in block.rows)

    walk(blocks)
    if end_mark and paragraphs:
        paragraphs[-1] += end_mark
    return paragraphs


def _national_name_and_motto() -> tuple[str, str]:
    from vnadmin_docs.standards import national_motto, national_name

    return national_name(), national_motto()


def build_context(document: vn.Document) -> dict[str, Any]:
    """Every value the baselines print, from the model: its dump plus derived strings.

    The dump supplies what is printed as stored (``signature.signer``); the rest comes from
    the model's properties (``number.text``, ``subject_lines``, ``place_date_line``,
    ``reference_line()``, ``header_lines``, ``markers()``, ``archive_line``, …).
    """
    context: dict[str, Any] = document.model_dump(mode="json")
    agency = document.agency
    name, motto = _national_name_and_motto()

    recipients = getattr(document, "recipients", ())
    if len(recipients) == 1:
        kinh_gui, recipient_lines = f"Kính gửi: {recipients[0].text('')}", []
    else:
        last = len(recipients) - 1
        kinh_gui = "Kính gửi:" if recipients else ""
        recipient_lines = [
            f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(recipients)
        ]

    distribution = document.distribution
    archive = distribution.archive_line
    last = len(distribution.entries) - 1
    distribution_lines = [
        f"- {entry.text('.' if i == last and archive is None else ';')}"
        for i, entry in enumerate(distribution.entries)
    ]

    reference = document.reference_line()
    head, sep, tail = reference.partition(" của ")
    reference_lines = [f"({head}", f"{sep.strip()} {tail})"] if sep else [f"({reference})"]
    outlines = [
        {
            "label": attachment.label or "",
            "title_lines": list(attachment.title),
            "reference_lines": reference_lines,
            "paragraphs": _flatten(attachment.body, attachment.end_mark),
        }
        for attachment in document.attachments
    ]

    context.update(
        parent_lines=list(agency.parent.header_lines) if agency.parent is not None else [],
        agency_lines=list(agency.header_lines),
        national_name=name,
        national_motto=motto,
        number_line=document.number.text,
        subject_lines=list(document.subject_lines),
        place_date=document.place_date_line,
        kinh_gui=kinh_gui,
        recipient_lines=recipient_lines,
        body_paragraphs=_flatten(document.body, document.end_mark),
        distribution_lines=distribution_lines,
        archive_line=f"- {archive}" if archive is not None else "",
        drafter_mark=distribution.drafter_mark or "",
        signature_lines=[line.text for line in document.signature.lines],
        outlines=outlines,
    )
    return context


# --------------------------------------------------------------------------- shared layout


def _setup(doc: Any) -> None:
    """A4 page, the margins, and Times New Roman as the Normal style."""
    section = doc.sections[0]
    section.page_width, section.page_height = _PAGE_WIDTH, _PAGE_HEIGHT
    for side, value in _MARGINS.items():
        setattr(section, f"{side}_margin", value)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(_BODY_SIZE)


def _para(
    container: Any,
    *runs: tuple[str, dict[str, Any]] | str,
    size: float = _BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    align: Any = _CENTER,
    indent: Any = None,
    after: float = 0,
    first: bool = False,
) -> Any:
    """Add a paragraph (or fill a cell's first one) with runs of text in Times New Roman.

    A run is a string, formatted by ``size``/``bold``/``italic``, or ``(text, overrides)``.
    """
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if indent is not None:
        fmt.first_line_indent = indent
    for spec in runs:
        text, overrides = (spec, {}) if isinstance(spec, str) else spec
        run = paragraph.add_run(text)
        run.bold = overrides.get("bold", bold)
        run.italic = overrides.get("italic", italic)
        run.font.name = FONT
        run.font.size = Pt(overrides.get("size", size))
    return paragraph


def _table(doc: Any, widths: tuple[Any, ...], rows: int = 1) -> Any:
    """A borderless table (no style: the default ``Normal Table`` draws no borders)."""
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, read by LibreOffice
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width  # the cells, read by Word
    return table


def _page_break(doc: Any) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------- docxtpl


def _loop(container: Any, items: str, body: str, *, first: bool = False, **fmt: Any) -> None:
    """A paragraph loop: ``{%p for x in items %}`` / ``body`` / ``{%p endfor %}``."""
    _para(container, f"{{%p for x in {items} %}}", first=first)
    _para(container, body, **fmt)
    _para(container, "{%p endfor %}")


def build_docxtpl_template(path: str | Path) -> Path:
    """Write the docxtpl template of the dispatch to ``path`` (built with python-docx).

    The template holds the layout and formatting; every text comes from the context of
    :func:`build_context` through ``{{ … }}`` and ``{%p for … %}`` tags.
    """
    doc = new_docx()
    _setup(doc)

    header = _table(doc, _HEADER_WIDTHS, rows=2)
    left, right = header.cell(0, 0), header.cell(0, 1)
    _loop(left, "parent_lines", "{{ x }}", first=True, size=13)
    _loop(left, "agency_lines", "{{ x }}", size=13, bold=True)
    _para(right, "{{ national_name }}", size=12, bold=True, first=True)
    _para(right, "{{ national_motto }}", bold=True)
    left, right = header.cell(1, 0), header.cell(1, 1)
    _para(left, "{{ number_line }}", size=13, first=True, after=0)
    _loop(left, "subject_lines", "{{ x }}", size=12)
    _para(right, "{{ place_date }}", italic=True, first=True)

    _para(doc, "")
    _para(doc, "{{ kinh_gui }}", after=0)
    _loop(doc, "recipient_lines", "{{ x }}", align=_LEFT, indent=Cm(3))
    _para(doc, "")
    _loop(doc, "body_paragraphs", "{{ x }}", align=_JUSTIFY, indent=BODY_INDENT, after=6)

    closing = _table(doc, _CLOSING_WIDTHS)
    left, right = closing.cell(0, 0), closing.cell(0, 1)
    _para(left, "Nơi nhận:", size=12, bold=True, italic=True, align=_LEFT, first=True)
    _loop(left, "distribution_lines", "{{ x }}", size=11, align=_LEFT)
    _para(
        left, "{{ archive_line }} ", ("{{ drafter_mark }}", {"italic": True}), size=11, align=_LEFT
    )
    _loop(right, "signature_lines", "{{ x }}", first=True, bold=True)
    for _ in range(_SIGNATURE_SPACE):
        _para(right, "")
    _para(right, "{{ signature.signer }}", bold=True)

    _para(doc, "{%p for outline in outlines %}")
    _page_break(doc)
    _para(doc, "{%p if outline.label %}")
    _para(doc, "{{ outline.label }}", bold=True)
    _para(doc, "{%p endif %}")
    _loop(doc, "outline.title_lines", "{{ x }}", bold=True)
    _loop(doc, "outline.reference_lines", "{{ x }}", italic=True)
    _para(doc, "")
    _loop(doc, "outline.paragraphs", "{{ x }}", align=_JUSTIFY, indent=BODY_INDENT, after=6)
    _para(doc, "{%p endfor %}")

    target = Path(path)
    doc.save(str(target))
    return target


def docxtpl_environment() -> Any:
    """The Jinja environment for docxtpl, made once: autoescape, as text may hold ``&``/``<``."""
    from jinja2 import Environment

    return Environment(autoescape=True)


def render_docxtpl(template: str | Path, context: dict[str, Any], jinja_env: Any = None) -> bytes:
    """One docxtpl render: load the template, render the context, save to memory."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(template))
    tpl.render(context, jinja_env=jinja_env, autoescape=True)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- python-docx


def build_python_docx(context: dict[str, Any]) -> bytes:
    """The dispatch laid out through python-docx's public API and saved to memory."""
    doc = new_docx()
    _setup(doc)

    header = _table(doc, _HEADER_WIDTHS, rows=2)
    cell = header.cell(0, 0)
    lines = [(line, False) for line in context["parent_lines"]]
    lines += [(line, True) for line in context["agency_lines"]]
    for i, (line, bold) in enumerate(lines):
        _para(cell, line, size=13, bold=bold, first=i == 0)
    cell = header.cell(0, 1)
    _para(cell, context["national_name"], size=12, bold=True, first=True)
    _para(cell, context["national_motto"], bold=True)
    cell = header.cell(1, 0)
    _para(cell, context["number_line"], size=13, first=True)
    for line in context["subject_lines"]:
        _para(cell, line, size=12)
    _para(header.cell(1, 1), context["place_date"], italic=True, first=True)

    _para(doc, "")
    _para(doc, context["kinh_gui"])
    for line in context["recipient_lines"]:
        _para(doc, line, align=_LEFT, indent=Cm(3))
    _para(doc, "")
    for text in context["body_paragraphs"]:
        _para(doc, text, align=_JUSTIFY, indent=BODY_INDENT, after=6)

    closing = _table(doc, _CLOSING_WIDTHS)
    cell = closing.cell(0, 0)
    _para(cell, "Nơi nhận:", size=12, bold=True, italic=True, align=_LEFT, first=True)
    for line in context["distribution_lines"]:
        _para(cell, line, size=11, align=_LEFT)
    if context["archive_line"] or context["drafter_mark"]:
        runs: list[Any] = [f"{context['archive_line']} "]
        if context["drafter_mark"]:
            runs.append((context["drafter_mark"], {"italic": True}))
        _para(cell, *runs, size=11, align=_LEFT)
    cell = closing.cell(0, 1)
    for i, line in enumerate(context["signature_lines"]):
        _para(cell, line, bold=True, first=i == 0)
    for _ in range(_SIGNATURE_SPACE):
        _para(cell, "")
    _para(cell, context["signature"]["signer"], bold=True)

    for outline in context["outlines"]:
        doc.add_section(WD_SECTION.NEW_PAGE)  # inherits A4 and the margins
        if outline["label"]:
            _para(doc, outline["label"], bold=True)
        for line in outline["title_lines"]:
            _para(doc, line, bold=True)
        for line in outline["reference_lines"]:
            _para(doc, line, italic=True)
        _para(doc, "")
        for text in outline["paragraphs"]:
            _para(doc, text, align=_JUSTIFY, indent=BODY_INDENT, after=6)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
