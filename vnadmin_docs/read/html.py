"""The HTML reader (đọc văn bản HTML): a page exported by Word or LibreOffice, or a portal's.

An HTML page is turned into lines, then read by the reader of real plain text
(:mod:`vnadmin_docs.read.plain`): each block element (``<p>``, ``<div>``, ``<h1>``…, ``<li>``)
and each ``<br>`` ends a line, an empty paragraph is a blank line, and a table is read row by
row, its cells' lines side by side, apart by a tab (the header's two columns become
``ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``). Bold (``<b>``, ``<strong>``,
``font-weight: bold``) and italics (``<i>``, ``<em>``, ``font-style: italic``) are kept. On a
portal's page the document starts at the table that holds the Quốc hiệu: the site's
navigation above it is left out, and a note says so.

The page is parsed safely: no network, no entities (a page that declares one is refused as
hostile), no scripts or styles read; the bytes, characters, elements and nesting depth are
bounded by the budgets of :class:`~vnadmin_docs.Limits`.
"""

from __future__ import annotations

import re
import time
from itertools import zip_longest

from lxml import etree
from lxml import html as lxml_html

from vnadmin_docs.errors import BudgetExceededError, ReadError, UnsafeDocumentError
from vnadmin_docs.models.base import without_forbidden_characters
from vnadmin_docs.ooxml.read import Limits
from vnadmin_docs.read import Reading
from vnadmin_docs.read.notes import Note, nfd_converted, quote
from vnadmin_docs.read.plain import Line, Piece, looks_like_header, read_lines
from vnadmin_docs.vietnamese import is_nfc, nfc

__all__ = ["looks_like_html", "read_html"]

_BLOCKS = frozenset(
    (
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "center",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "address",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "hr",
        "caption",
        "body",
    )
)
"""Elements that stand on lines of their own."""
_SKIP = frozenset(
    (
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "textarea",
        "button",
        "nav",
        "title",
        "meta",
        "link",
    )
)
"""Elements whose content is not the document's text."""
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f]+")
"""White space (the no-break space U+00A0 is not: it spaces columns)."""
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` begins as an HTML page does (``<!DOCTYPE html``, ``<html``…).

    >>> looks_like_html(b"  <!DOCTYPE html><html><body><p>x</p></body></html>")
    True
    >>> looks_like_html("ỦY BAN NHÂN DÂN".encode())
    False
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<table"))


def _decode(data: bytes, label: str) -> str:
    """The page's text: UTF-8, else the charset its ``<meta>`` names."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        found = _CHARSET.search(data[:4096])
        if found is None:
            raise ReadError(
                f"{label}: not UTF-8 HTML ({error.reason}) and no charset named"
            ) from None
        name = found.group(1).decode("ascii")
    try:
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        raise ReadError(f"{label}: the page is not in the charset it names ({name!r})") from None


def _over(label: str, budget: str, limit: float, what: str) -> BudgetExceededError:
    return BudgetExceededError(
        f"{label}: more than {limit:,} {what} (budget {budget!r}); raise "
        f"vnadmin_docs.Limits({budget}=…) to read it",
        budget=budget,
        limit=limit,
    )


class _Walker:
    """Walks a page's elements into lines of pieces, within the budgets."""

    def __init__(self, label: str, limits: Limits, started: float) -> None:
        self.label = label
        self.limits = limits
        self.started = started
        self.lines: list[list[Piece]] = [[]]
        self.visited = 0
        self.bold = False
        self.start_table: int | None = None
        """The line where the table holding the Quốc hiệu begins (a portal's page)."""

    # ------------------------------------------------------------------ lines

    def text(self, text: str, bold: bool, italic: bool, *, after_image: bool = False) -> None:
        if after_image and text[:1] in "\r\n":
            text = text.lstrip()  # LibreOffice breaks the source line after an image
        text = _SPACES.sub(_space, text)
        line = self.lines[-1]
        if not line or not "".join(p.text for p in line).strip():
            text = text.lstrip(" ")
            if not text:
                return
        line.append(Piece(text, bold, italic))
        self.bold = self.bold or (bold and bool(text.strip()))

    def end_line(self, *, blank: bool = False) -> None:
        """End the line being written; ``blank``: write an empty line if it is empty."""
        line = self.lines[-1]
        if line and line[-1].text.endswith(" "):
            last = line[-1]
            line[-1] = Piece(last.text.rstrip(" "), last.bold, last.italic)
        if "".join(p.text for p in line).strip():
            self.lines.append([])
        elif blank:
            line.clear()
            self.lines.append([])

    # ------------------------------------------------------------------ walk

    def check(self, depth: int) -> None:
        self.visited += 1
        if depth > self.limits.depth:
            raise _over(self.label, "depth", self.limits.depth, "levels of nested elements")
        if self.visited > self.limits.elements:
            raise _over(self.label, "elements", self.limits.elements, "HTML elements")
        if self.visited % 1000 == 0 and time.monotonic() - self.started > self.limits.seconds:
            raise _over(self.label, "seconds", self.limits.seconds, "seconds of reading")
        if len(self.lines) > self.limits.paragraphs:
            raise _over(self.label, "paragraphs", self.limits.paragraphs, "lines (paragraphs)")

    def walk(self, element: etree._Element, bold: bool, italic: bool, depth: int) -> None:
        self.check(depth)
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIP:
            return
        style = str(element.get("style") or "")
        if _HIDDEN_STYLE.search(style) or element.get("hidden") is not None:
            return
        if tag == "br":
            self.end_line(blank=True)
            return
        if tag == "table":
            self.table(element, bold, italic, depth)
            return
        bold = bold or tag in ("b", "strong", "th") or bool(_BOLD_STYLE.search(style))
        italic = italic or tag in ("i", "em") or bool(_ITALIC_STYLE.search(style))
        block = tag in _BLOCKS or tag == "tr"
        if block:
            self.end_line()
        before = len(self.lines), len(self.lines[-1])
        if element.text:
            self.text(element.text, bold, italic)
        for child in element:
            self.walk(child, bold, italic, depth + 1)
            if child.tail:
                self.text(child.tail, bold, italic, after_image=_tag(child) == "img")
        if block:
            empty = (len(self.lines), len(self.lines[-1])) == before
            self.end_line(blank=empty and tag in ("p", "div"))

    def table(self, table: etree._Element, bold: bool, italic: bool, depth: int) -> None:
        """A table row by row, each row's cells side by side, apart by a tab."""
        self.end_line()
        rows = [r for part in [table, *(c for c in table if _tag(c) in ("thead", "tbody",
                                                                           "tfoot"))]
                for r in part if _tag(r) == "tr"]  # fmt: skip
        first = len(self.lines) - 1
        for row in rows:
            self.check(depth + 1)
            columns: list[list[Line]] = []
            for cell in row:
                if _tag(cell) not in ("td", "th"):
                    continue
                inner = _Walker(self.label, self.limits, self.started)
                inner.visited = self.visited
                inner.walk(cell, bold, italic, depth + 2)
                inner.end_line()
                self.visited = inner.visited
                self.bold = self.bold or inner.bold
                lines = [tuple(line) for line in inner.lines]
                while lines and not lines[-1]:
                    lines.pop()
                while lines and not lines[0]:
                    lines.pop(0)
                columns.append(lines)
            for parts in zip_longest(*columns, fillvalue=()):
                line: list[Piece] = []
                for i, part in enumerate(parts):
                    if i:
                        line.append(Piece("\t"))
                    line.extend(part)
                while line and line[-1].text == "\t":
                    line.pop()
                self.lines[-1] = line
                self.lines.append([])
                if len(self.lines) > self.limits.paragraphs:
                    raise _over(self.label, "paragraphs", self.limits.paragraphs,
                                "lines (paragraphs)")  # fmt: skip
        if self.start_table is None:
            text = "\n".join("".join(p.text for p in line) for line in self.lines[first:])
            if looks_like_header(text):
                self.start_table = first


def _space(match: re.Match[str]) -> str:
    """White space as the page means it.

    A line break in the source is one space (the producer wrapped its lines; what follows
    it is indentation); spaces and tabs typed on a line are kept (they set a header's
    columns apart).
    """
    run = match.group()
    if "\n" not in run and "\r" not in run:
        return run if len(run) > 1 or run == "\t" else " "
    return re.split(r"[\r\n]", run, maxsplit=1)[0] or " "


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def html_lines(
    data: bytes, *, label: str = "document", limits: Limits | None = None
) -> tuple[list[Line], bool, list[Note]]:
    """The lines of an HTML page, whether it marks bold, and notes on what was left out.

    Raises:
        ReadError: not HTML that can be read (undecodable, empty).
        UnsafeDocumentError: the page declares an entity.
        BudgetExceededError: the page is over a budget of ``limits``.
    """
    from vnadmin_docs.ooxml.read import LIMITS

    limits = limits or LIMITS
    started = time.monotonic()
    if _ENTITY.search(data):
        raise UnsafeDocumentError(f"{label}: the page declares an entity (<!ENTITY); refused")
    text = _decode(data, label)
    if len(text) > limits.characters:
        raise _over(label, "characters", limits.characters, "characters of text")
    if text.count("<") > limits.elements:
        raise _over(label, "elements", limits.elements, "HTML elements")
    parser = lxml_html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        huge_tree=False, default_doctype=False,
    )  # fmt: skip
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as error:
        raise ReadError(f"{label}: not an HTML page that can be read ({error})") from None
    walker = _Walker(label, limits, started)
    walker.walk(root, False, False, 0)
    walker.end_line()
    notes: list[Note] = []
    lines = walker.lines
    if walker.start_table:
        left = [t for line in lines[: walker.start_table] if (t := "".join(p.text for p in line))]
        if left:
            notes.append(
                Note(
                    f"html: {len(left)} line(s) above the header's table left out (the page's "
                    f"own text, first {left[0][:40]!r})",
                    f"Trang HTML: bỏ {len(left)} dòng phía trên bảng phần đầu văn bản (chữ "
                    f"riêng của trang, dòng đầu {quote(left[0][:40])})",
                )
            )
        lines = lines[walker.start_table :]
    result: list[Line] = []
    for line in lines:
        pieces = tuple(Piece(without_forbidden_characters(p.text), p.bold, p.italic) for p in line)
        result.append(tuple(p for p in pieces if p.text))
    if any(not is_nfc(p.text) for line in result for p in line):
        notes.append(nfd_converted())
        result = [tuple(Piece(nfc(p.text), p.bold, p.italic) for p in line) for line in result]
    result = [tuple(Piece(p.text.replace("\u00ad", ""), p.bold, p.italic) for p in line
                    if p.text.replace("\u00ad", "")) for line in result]  # fmt: skip
    return result, walker.bold, notes


def read_html(data: bytes, *, source: str = "document", limits: Limits | None = None) -> Reading:
    """Read a document from an HTML page (đọc văn bản HTML): Word, LibreOffice, a portal.

    >>> page = (
    ...     "<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p><b>TỈNH KON TUM</b></p>"
    ...     "<p>Số: 38/UBND-VX</p><p>V/v tổ chức hội nghị</p></td>"
    ...     "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"
    ...     "<p><b>Độc lập - Tự do - Hạnh phúc</b></p>"
    ...     "<p><i>Kon Tum, ngày 09 tháng 02 năm 2025</i></p></td></tr></table>"
    ...     "<p>Kính gửi: Các sở, ban, ngành.</p><p>Đề nghị các đơn vị dự họp./.</p>"
    ...     "<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Như trên;</p><p>- Lưu: VT.</p>"
    ...     "</td><td><p><b>CHỦ TỊCH</b></p><p></p><p></p><p><b>Trần Văn B</b></p></td></tr>"
    ...     "</table>"
    ... )
    >>> reading = read_html(page.encode("utf-8"))
    >>> document = reading.document
    >>> document.number.serial, document.number.notation, document.subject
    (38, 'UBND-VX', ('tổ chức hội nghị',))

    Raises:
        ReadError: not a page that can be read, or not a document (a component is missing).
        UnsafeDocumentError: the page declares an entity.
        BudgetExceededError: the page is over a budget of ``limits``.
        UnsupportedDocumentType: not one of the administrative types of Decree 30/2020.
    """
    lines, bold, notes = html_lines(data, label=source, limits=limits)
    if not any(lines):
        raise ReadError(f"{source}: the page holds no text")
    return read_lines(lines, source=source, bold_marked=bold, notes=notes)
