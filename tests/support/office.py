"""Convert DOCX to PDF with LibreOffice and measure the PDF with pdfplumber, in millimetres.

Decree 30/2020 states its layout rules in millimetres and points (A4, margins, a Quốc hiệu in bold
12-13 pt on one line, rules of a given length under the Tiêu ngữ and the agency name, page numbers
centred in the top margin). A DOCX can claim all of that and still render differently, so the
tests that matter open it in a real office suite: :func:`convert_to_pdf` runs LibreOffice
headless, and the helpers below read the PDF it writes.

Typical use in a test::

    soffice = require_soffice()          # skip (or fail under CI) when LibreOffice is missing
    pdf_path = convert_to_pdf(docx, tmp_path)
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        line = find_line(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert line is not None and line.bold

Units: every length returned here is in millimetres (1 pt = 25.4/72 mm), measured from the top
left corner of the page (``y``/``top``/``bottom`` grow downwards, as in pdfplumber).

What LibreOffice 7.4 puts in the PDF (checked on the shared corpus, see the report in
``tests/test_office_support.py``):

- text: one glyph per character, spaces included, Vietnamese letters precomposed (NFC);
- DrawingML and VML lines and connectors: one stroked ``m``/``l`` path each (pdfplumber "line");
- paragraph borders and table borders: stroked lines too, but every paragraph border is written
  *twice* (identical paths), so :func:`horizontal_rules` merges duplicates;
- text underline: a stroked line under the glyphs;
- paragraph shading, and the footnote separator: *filled rectangles* (the separator is a
  40 mm x 0.18 mm black rect at the left margin).

Other producers (Word's PDF export, other LibreOffice versions) draw borders as thin filled
rectangles, so :func:`horizontal_rules` accepts lines, thin rects and flat curves alike.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from xml.etree import ElementTree

import pytest

from .shared import in_ci

if TYPE_CHECKING:
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF

__all__ = [
    "MM_PER_PT",
    "MM_PER_TWIP",
    "OfficeConversionError",
    "PageSetup",
    "Rule",
    "TextLine",
    "convert_to_pdf",
    "docx_page_setup_mm",
    "embedded_fonts",
    "find_line",
    "horizontal_rules",
    "left_margin_mm",
    "normalize_text",
    "page_number_in_top_margin",
    "page_size_mm",
    "pdftoppm_path",
    "pt_to_mm",
    "render_png",
    "require_pdftoppm",
    "require_soffice",
    "right_margin_mm",
    "rules_below",
    "soffice_path",
    "text_lines",
]

#: Millimetres per PostScript point (1/72 inch).
MM_PER_PT = 25.4 / 72
#: Millimetres per twip (1/20 point), the unit of ``w:pgSz`` and ``w:pgMar``.
MM_PER_TWIP = MM_PER_PT / 20

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pt_to_mm(value: float) -> float:
    """Convert PDF points to millimetres."""
    return value * MM_PER_PT


# --------------------------------------------------------------------------------------------
# Finding the tools
# --------------------------------------------------------------------------------------------


def soffice_path() -> str | None:
    """Return the LibreOffice executable (``soffice`` or ``libreoffice`` on PATH), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdftoppm_path() -> str | None:
    """Return the ``pdftoppm`` executable (Debian package poppler-utils) on PATH, or None."""
    return shutil.which("pdftoppm")


def _require(path: str | None, what: str) -> str:
    if path is not None:
        return path
    reason = f"{what} not found on PATH"
    if in_ci():
        pytest.fail(f"{reason}; CI is set, so this is an error rather than a skip", pytrace=False)
    pytest.skip(reason)


def require_soffice() -> str:
    """Return the LibreOffice executable; skip the calling test if missing (fail under CI)."""
    return _require(
        soffice_path(),
        "LibreOffice (soffice/libreoffice; Debian: libreoffice-writer-nogui)",
    )


def require_pdftoppm() -> str:
    """Return the ``pdftoppm`` executable; skip the calling test if missing (fail under CI)."""
    return _require(pdftoppm_path(), "pdftoppm (Debian: poppler-utils)")


# --------------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------------


class OfficeConversionError(RuntimeError):
    """LibreOffice failed, timed out or wrote no PDF; the message carries its stderr."""


# One private LibreOffice user profile per process (pytest-xdist workers are processes), created
# on first use and deleted at exit. Two soffice processes must never share a profile: the second
# would hand its job to the first over the profile's pipe, or fail on its lock file. The lock
# serialises conversions made from several threads of one process for the same reason.
_profiles: dict[int, Path] = {}
_profile_lock = threading.Lock()


def _profile_dir() -> Path:
    pid = os.getpid()
    path = _profiles.get(pid)
    if path is None or not path.is_dir():
        path = Path(tempfile.mkdtemp(prefix=f"vnadmin-soffice-{pid}-"))
        _profiles[pid] = path
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _discard_profile() -> None:
    path = _profiles.pop(os.getpid(), None)
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)


def _kill_group(proc: subprocess.Popen[str]) -> None:
    # soffice is a shell script that starts oosplash, which starts soffice.bin: kill the whole
    # process group that start_new_session gave them.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()


def convert_to_pdf(docx: Path, out_dir: Path, timeout: float = 120) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf`` with headless LibreOffice; return the PDF path.

    Runs ``soffice --headless --norestore --convert-to pdf --outdir OUT DOCX`` with a private
    user profile (``-env:UserInstallation``), cached per process, so that parallel runs and a
    desktop LibreOffice do not collide and no first-start dialog can block. A stale PDF of the
    same name is removed first.

    Raises:
        FileNotFoundError: ``docx`` does not exist.
        OfficeConversionError: LibreOffice is missing, exits with an error, runs longer than
            ``timeout`` seconds (the whole process group is killed), or writes no PDF.
    """
    docx = Path(docx).resolve()
    if not docx.is_file():
        raise FileNotFoundError(f"no such file: {docx}")
    soffice = soffice_path()
    if soffice is None:
        raise OfficeConversionError("LibreOffice (soffice/libreoffice) not found on PATH")
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{docx.stem}.pdf"
    target.unlink(missing_ok=True)

    with _profile_lock:
        profile = _profile_dir()
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            try:
                stdout, stderr = proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:  # a straggler still holds the pipes
                stdout, stderr = "", "(no output: the process group did not exit)"
            # A killed soffice leaves its lock in the profile; start the next call afresh.
            _discard_profile()
            raise OfficeConversionError(
                f"LibreOffice timed out after {timeout:g} s converting {docx}\n"
                f"command: {' '.join(command)}\nstderr: {stderr.strip()}"
            ) from None

    if proc.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        problem = (
            f"exit status {proc.returncode}" if proc.returncode != 0 else f"no PDF at {target}"
        )
        raise OfficeConversionError(
            f"LibreOffice failed to convert {docx} ({problem})\n"
            f"command: {' '.join(command)}\nstdout: {stdout.strip()}\nstderr: {stderr.strip()}"
        )
    return target


def render_png(pdf: Path, page: int, out: Path, dpi: int = 80) -> Path:
    """Render page ``page`` (1-based) of ``pdf`` to the PNG file ``out`` with ``pdftoppm``.

    Runs ``pdftoppm -png -f N -l N -r DPI -singlefile PDF ROOT`` where ROOT is ``out`` without
    its ``.png`` suffix, and returns the file written: ``out``, with ``.png`` appended if it had
    another suffix. Raises :class:`OfficeConversionError` on failure.
    """
    tool = pdftoppm_path()
    if tool is None:
        raise OfficeConversionError("pdftoppm (poppler-utils) not found on PATH")
    out = Path(out)
    root = out.with_suffix("") if out.suffix.lower() == ".png" else out
    out = root.with_name(root.name + ".png")
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [tool, "-png", "-f", str(page), "-l", str(page), "-r", str(dpi), "-singlefile"]
    command += [str(pdf), str(root)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0 or not out.is_file():
        raise OfficeConversionError(
            f"pdftoppm failed on page {page} of {pdf} (exit status {result.returncode})\n"
            f"command: {' '.join(command)}\nstderr: {result.stderr.strip()}"
        )
    return out


# --------------------------------------------------------------------------------------------
# The DOCX side: what the file asks for
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageSetup:
    """Page size and margins of a DOCX section (``w:pgSz``, ``w:pgMar``), in millimetres."""

    width: float
    height: float
    top: float
    right: float
    bottom: float
    left: float
    header: float
    footer: float


def docx_page_setup_mm(docx: Path) -> PageSetup:
    """Read the page setup of the document's last (body-level) section, in millimetres.

    The file is read in place. Missing attributes count as 0.
    """
    with zipfile.ZipFile(docx) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    w = f"{{{_W_NS}}}"
    sect = root.find(f"{w}body/{w}sectPr")
    if sect is None:
        raise ValueError(f"{docx}: no body-level w:sectPr")
    size = sect.find(f"{w}pgSz")
    margins = sect.find(f"{w}pgMar")

    def attr(element: ElementTree.Element | None, name: str) -> float:
        raw = None if element is None else element.get(f"{w}{name}")
        return float(raw) * MM_PER_TWIP if raw else 0.0

    return PageSetup(
        width=attr(size, "w"),
        height=attr(size, "h"),
        top=attr(margins, "top"),
        right=attr(margins, "right"),
        bottom=attr(margins, "bottom"),
        left=attr(margins, "left"),
        header=attr(margins, "header"),
        footer=attr(margins, "footer"),
    )


# --------------------------------------------------------------------------------------------
# The PDF side: text
# --------------------------------------------------------------------------------------------

_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)


def _base_font(name: str) -> str:
    return _SUBSET_PREFIX.sub("", name)


def normalize_text(text: str) -> str:
    """NFC-normalise ``text`` and collapse every run of whitespace to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class TextLine:
    """One visual line of text: glyphs on one baseline with no wide horizontal gap.

    Coordinates are in millimetres from the top left of the page; ``top``/``bottom`` are the
    glyph boxes' extent as pdfplumber reports it (LibreOffice's fonts give ``bottom`` on the
    baseline). ``fonts`` are base font names without the subset prefix; ``sizes`` in points.
    ``bold``/``italic`` hold when every non-space glyph's font name says so.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    fonts: tuple[str, ...]
    sizes: tuple[float, ...]
    bold: bool
    italic: bool

    @property
    def width(self) -> float:
        """Width of the line, first to last glyph (leading and trailing spaces excluded)."""
        return self.x1 - self.x0

    @property
    def centre_x(self) -> float:
        """Horizontal centre of the line."""
        return (self.x0 + self.x1) / 2


def _char_baseline(char: dict[str, Any]) -> float:
    # In pdfminer's bottom-up space the glyph box starts at y0 and the baseline is the text
    # matrix's f; pdfplumber's top-down "bottom" is the flipped y0. Independent of page height.
    return float(char["bottom"]) + float(char["y0"]) - float(char["matrix"][5])


def _make_line(chars: list[dict[str, Any]]) -> TextLine | None:
    ink = [c for c in chars if c["text"].strip()]
    if not ink:
        return None
    first = chars.index(ink[0])
    last = len(chars) - 1 - chars[::-1].index(ink[-1])
    chars = chars[first : last + 1]
    parts: list[str] = []
    previous: dict[str, Any] | None = None
    for char in chars:
        if (
            previous is not None
            and previous["text"].strip()
            and char["text"].strip()
            and char["x0"] - previous["x1"] > 0.25 * max(char["size"], previous["size"])
        ):
            parts.append(" ")  # a word gap with no space glyph drawn
        parts.append(char["text"])
        previous = char
    fonts = tuple(sorted({_base_font(c["fontname"]) for c in ink}))
    return TextLine(
        text=normalize_text("".join(parts)),
        x0=pt_to_mm(min(c["x0"] for c in ink)),
        x1=pt_to_mm(max(c["x1"] for c in ink)),
        top=pt_to_mm(min(c["top"] for c in ink)),
        bottom=pt_to_mm(max(c["bottom"] for c in ink)),
        baseline=pt_to_mm(sum(_char_baseline(c) for c in ink) / len(ink)),
        fonts=fonts,
        sizes=tuple(sorted({round(float(c["size"]), 1) for c in ink})),
        bold=all(_BOLD.search(_base_font(c["fontname"])) for c in ink),
        italic=all(_ITALIC.search(_base_font(c["fontname"])) for c in ink),
    )


def text_lines(
    page: Page, *, baseline_tolerance_pt: float = 1.0, max_gap_em: float = 2.0
) -> list[TextLine]:
    """Group the page's upright glyphs into visual lines, top to bottom, then left to right.

    Glyphs whose baselines are within ``baseline_tolerance_pt`` form a row (a raised footnote
    reference therefore forms a row of its own). A row is split wherever two neighbouring glyphs
    are more than ``max_gap_em`` times the font size apart, so the two columns of a header table
    (agency name and Quốc hiệu on the same baseline) become two lines, while LibreOffice's drawn
    space glyphs keep blanks typed with spaces ("Số:        /BTC-CST") inside one line. A tab
    leaves no glyph and so may split a line.
    """
    chars = [c for c in page.chars if c.get("upright", True) and c["text"]]
    chars.sort(key=_char_baseline)
    rows: list[list[dict[str, Any]]] = []
    row_base = float("-inf")
    for char in chars:
        base = _char_baseline(char)
        if rows and base - row_base <= baseline_tolerance_pt:
            rows[-1].append(char)
        else:
            rows.append([char])
            row_base = base
    lines: list[TextLine] = []
    for row in rows:
        row.sort(key=lambda c: float(c["x0"]))
        segment: list[dict[str, Any]] = []
        for char in row:
            if segment:
                gap = float(char["x0"]) - float(segment[-1]["x1"])
                if gap > max_gap_em * max(float(char["size"]), float(segment[-1]["size"])):
                    line = _make_line(segment)
                    if line is not None:
                        lines.append(line)
                    segment = []
            segment.append(char)
        line = _make_line(segment)
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda ln: (round(ln.baseline, 1), ln.x0))
    return lines


def _lines_of(source: Page | Sequence[TextLine]) -> Sequence[TextLine]:
    return source if isinstance(source, Sequence) else text_lines(source)


def find_line(
    source: Page | Sequence[TextLine], text: str, *, partial: bool = False
) -> TextLine | None:
    """Return the first line (top to bottom) whose text equals ``text``, or None.

    Both sides are NFC- and whitespace-normalised (:func:`normalize_text`); nothing else is
    (a hyphen is not an en dash, "HOÀ" is not "HÒA"). With ``partial``, the line need only
    contain ``text``. ``source`` is a page or the result of :func:`text_lines`.
    """
    wanted = normalize_text(text)
    for line in _lines_of(source):
        if line.text == wanted or (partial and wanted in line.text):
            return line
    return None


def left_margin_mm(
    source: Page | Sequence[TextLine], *, min_lines: int = 3, tolerance_mm: float = 0.3
) -> float:
    """The left margin as rendered: the smallest x0 at which at least ``min_lines`` lines start.

    Body paragraphs start their lines exactly at the margin, while a header table with a
    negative indent or a centred line may reach further left once; requiring ``min_lines``
    lines to start within ``tolerance_mm`` of that x0 ignores those. ``min_lines=1`` gives the
    plain minimum x0.
    """
    return _shared_edge([ln.x0 for ln in _lines_of(source)], min_lines, tolerance_mm, lowest=True)


def right_margin_mm(page: Page, *, min_lines: int = 3, tolerance_mm: float = 1.0) -> float:
    """The right margin as rendered: page width minus the largest x1 of the justified lines.

    That x1 is the largest one with at least ``min_lines`` lines ending within ``tolerance_mm``
    to its left. LibreOffice's justified lines do not end on one x: on the corpus their last
    glyphs end anywhere from 0 to 0.7 mm short of the margin, hence the wider default
    tolerance. ``min_lines=1`` gives page width minus the plain maximum x1.
    """
    width = pt_to_mm(float(page.width))
    edge = _shared_edge([ln.x1 for ln in text_lines(page)], min_lines, tolerance_mm, lowest=False)
    return width - edge


def _shared_edge(values: list[float], min_lines: int, tolerance: float, *, lowest: bool) -> float:
    if not values:
        raise ValueError("no text on the page")
    for candidate in sorted(values, reverse=not lowest):
        inward = [v - candidate if lowest else candidate - v for v in values]
        if sum(1 for d in inward if 0 <= d <= tolerance) >= min_lines:
            return candidate
    raise ValueError(f"fewer than {min_lines} lines share an edge (tolerance {tolerance} mm)")


def page_number_in_top_margin(
    source: Page | Sequence[TextLine], top_margin_mm: float
) -> TextLine | None:
    """The line made only of digits whose bottom lies above ``top_margin_mm``, or None.

    Its ``centre_x`` says whether it is centred; Decree 30 wants it centred in the top margin
    and absent from page 1.
    """
    for line in _lines_of(source):
        if line.bottom < top_margin_mm and re.fullmatch(r"[0-9]+", line.text):
            return line
    return None


def page_size_mm(page: Page) -> tuple[float, float]:
    """Width and height of the page in millimetres."""
    return pt_to_mm(float(page.width)), pt_to_mm(float(page.height))


# --------------------------------------------------------------------------------------------
# The PDF side: rules
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A horizontal rule on the page, in millimetres (``y`` is its centre line).

    ``kind`` says what drew it: a stroked ``line`` (LibreOffice's shapes, paragraph and table
    borders, underlines), a filled or stroked ``rect`` thinner than the threshold (shading,
    footnote separator; other producers' borders) or a flat ``curve``. ``color`` is the stroke
    (line, curve) or fill (rect) colour as pdfplumber gives it.
    """

    x0: float
    x1: float
    y: float
    thickness: float
    kind: Literal["line", "rect", "curve"]
    color: tuple[float, ...] | None

    @property
    def length(self) -> float:
        """Length of the rule."""
        return self.x1 - self.x0

    @property
    def centre_x(self) -> float:
        """Horizontal centre of the rule."""
        return (self.x0 + self.x1) / 2


def _colour(value: Any) -> tuple[float, ...] | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return (float(value),)
    try:
        return tuple(float(v) for v in value)
    except (TypeError, ValueError):  # a pattern name or other non-numeric colour
        return None


def _is_white(color: tuple[float, ...] | None) -> bool:
    if color is None:
        return False
    if len(color) == 4:  # CMYK
        return all(v <= 0.01 for v in color)
    return all(v >= 0.99 for v in color)


def horizontal_rules(
    page: Page,
    min_length_mm: float = 5,
    *,
    max_thickness_mm: float = 1.0,
    include_invisible: bool = False,
) -> list[Rule]:
    """The horizontal rules on the page, top to bottom, duplicates merged.

    Counts stroked horizontal lines, rectangles at most ``max_thickness_mm`` high (LibreOffice
    draws some rules, and other producers draw borders, as thin filled rects) and curves whose
    points all lie on one horizontal. Rules shorter than ``min_length_mm`` are dropped, and so
    are white ones unless ``include_invisible`` (one corpus file carries white paragraph
    borders). Identical rules within 0.05 mm are reported once: LibreOffice writes every
    paragraph border twice.
    """
    flat_pt = 0.3 / MM_PER_PT
    found: list[Rule] = []
    for obj in page.lines:
        if abs(float(obj["bottom"]) - float(obj["top"])) <= flat_pt:
            width = float(obj.get("linewidth") or 0.0)
            found.append(_rule(obj, "line", width, obj.get("stroking_color")))
    for obj in page.rects:
        if float(obj["height"]) <= max_thickness_mm / MM_PER_PT:
            color = obj.get("non_stroking_color") if obj.get("fill") else obj.get("stroking_color")
            found.append(_rule(obj, "rect", float(obj["height"]), color))
    for obj in page.curves:
        points = obj.get("pts") or []
        ys = [float(p[1]) for p in points]
        if ys and max(ys) - min(ys) <= flat_pt:
            width = float(obj.get("linewidth") or 0.0)
            found.append(_rule(obj, "curve", width, obj.get("stroking_color")))
    rules: list[Rule] = []
    for rule in sorted(found, key=lambda r: (r.y, r.x0)):
        if rule.length < min_length_mm:
            continue
        if not include_invisible and _is_white(rule.color):
            continue
        if any(
            abs(rule.y - r.y) <= 0.05
            and abs(rule.x0 - r.x0) <= 0.05
            and abs(rule.x1 - r.x1) <= 0.05
            for r in rules
        ):
            continue
        rules.append(rule)
    return rules


def _rule(
    obj: dict[str, Any], kind: Literal["line", "rect", "curve"], thickness_pt: float, color: Any
) -> Rule:
    return Rule(
        x0=pt_to_mm(float(obj["x0"])),
        x1=pt_to_mm(float(obj["x1"])),
        y=pt_to_mm((float(obj["top"]) + float(obj["bottom"])) / 2),
        thickness=pt_to_mm(thickness_pt),
        kind=kind,
        color=_colour(color),
    )


def rules_below(rules: Iterable[Rule], line: TextLine, *, within_mm: float = 5.0) -> list[Rule]:
    """The rules whose ``y`` lies below ``line``'s baseline by at most ``within_mm``.

    Only rules that overlap the line horizontally count; nearest first.
    """
    near = [
        r
        for r in rules
        if 0 <= r.y - line.baseline <= within_mm and r.x0 < line.x1 and r.x1 > line.x0
    ]
    return sorted(near, key=lambda r: r.y - line.baseline)


# --------------------------------------------------------------------------------------------
# The PDF side: fonts
# --------------------------------------------------------------------------------------------


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _font_is_embedded(font: dict[str, Any]) -> bool:
    descriptors = [_resolve(font.get("FontDescriptor"))]
    for descendant in _resolve(font.get("DescendantFonts")) or []:
        descriptors.append(_resolve(_resolve(descendant).get("FontDescriptor")))
    return any(
        isinstance(d, dict) and any(k in d for k in ("FontFile", "FontFile2", "FontFile3"))
        for d in descriptors
    )


def _font_name(font: dict[str, Any]) -> str:
    raw = _resolve(font.get("BaseFont"))
    name = getattr(raw, "name", raw)
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return str(name)


def embedded_fonts(pdf: PDF) -> frozenset[str]:
    """Base names (subset prefix removed) of the fonts embedded in ``pdf``, from every page.

    A font that a page references but whose program is not in the file (one of the standard 14,
    say) is not listed. Only the pages' own font resources are read, not those of form
    XObjects, which LibreOffice does not use for text.
    """
    names: set[str] = set()
    for page in pdf.pages:
        resources = _resolve(page.page_obj.resources) or {}
        fonts = _resolve(resources.get("Font")) or {}
        for ref in fonts.values():
            font = _resolve(ref)
            if isinstance(font, dict) and _font_is_embedded(font):
                names.add(_base_font(_font_name(font)))
    return frozenset(names)
