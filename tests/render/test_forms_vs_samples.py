"""Each form of Phụ lục III beside the decree's own sample of it, measured the same way.

For every example in ``examples/forms`` we render the DOCX, convert it with LibreOffice, and
measure its page beside the sample form's page of ``corpus/docx/vanbanplus__Phuluc3.docx``
(converted in the same run): pdfplumber's text lines and the ink (:mod:`tests.support.ink`).
Each form's components are found on both pages the same way: by the fixed words of
``vnadmin_docs/templates/forms.toml`` (the samples print dotted placeholders "……" where the
content goes), by the decree's own words ("Nơi nhận:", "Điều 1", "(Kèm theo"), and by
structure (the type name is the first bold line in capitals under the header, the authority
the bold line in capitals under the trích yếu's rule, …). Then, for each form:

- **order**: the components stand top to bottom in the sample's order; those the sample sets
  on one row (Nơi nhận | signature, THƯ KÝ | CHỦ TỌA, the copy's agency | SAO Y, …) stand
  level (±1.5 mm) and in the sample's left-to-right order;
- **centre**: a line centred on the text area stands within ±1 mm of where the sample's
  stands, both taken relative to their own page's text area (the sample's is 155 mm wide,
  ours 165 mm). A block centred in a column (signature, THƯ KÝ, the confirmation, the copy's
  agency…) is held to the sample's place ±1 mm, or, where the samples themselves disagree
  (their signature columns stand anywhere from 0.69 to 0.75 of the text area, measured here
  on all the sample pages), to lie within the samples' own spread for that side ±1 mm. The
  công điện's recipients are held at their left edge, the electronic copy's line at its
  right edge;
- **style**: font family, size, bold, italic and capitals of each component's first line as
  the sample's. Where they differ and the decree's text (Phụ lục I, the standard's row for
  the component) sets what ours has, the decree wins: the row is ``ok`` with a note saying
  so (the samples print, e.g., the header's sizes at the top of the decree's range, where
  Phụ lục I's own table of examples, Phần I, Mục V, and our defaults take its bottom);
- **rules**: our rules against the standard (the trích yếu's 1/3–1/2 of its longest line, the
  copy's rule the whole width of the text area, Phụ lục I, Phần II, Mục II, khoản 2.a); the
  samples' rules, typed underscores, are measured and printed, not held.

The sample's numbers are measured here, never typed in. Run with ``-s`` for the table.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest

import vnadmin_docs as vn
from tests.render.test_layout_vs_samples import MOTTO, NATIONAL, SAMPLE, Page, _area, _ink, _open
from tests.support import office
from tests.support.ink import InkRule
from tests.support.office import TextLine
from tests.support.shared import require_shared
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.standards import ComponentStyle, Standard, get
from vnadmin_docs.templates import form_layout

pytestmark = pytest.mark.office

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "forms"
CENTRE_TOLERANCE = 1.0  # mm, relative to the text area (the brief of this comparison)
LEVEL = 1.5  # mm between the baselines of components the sample sets on one row
RULE_CENTRE = 0.5  # mm, a rule under its line
FULL_WIDTH = 1.0  # mm, the copy's rule against the text area's width
EDGE = 1.0  # mm, a block held at its edge (recipients' left, the electronic line's right)

# --------------------------------------------------------------------------------------------
# The forms: which example, which sample page, which components in which order
# --------------------------------------------------------------------------------------------

Ranks = tuple[tuple[str, ...], ...]
_CLOSING: Ranks = (("distribution_label", "signature_title"), ("signer",))


@dataclass(frozen=True)
class Case:
    key: str
    example: str  # examples/forms/<example>.yaml
    form: str  # the forms.toml table whose fixed words find the lines
    sample_page: int  # 0-based page of the sample's PDF
    order: Ranks  # top to bottom; the names of one rank stand on one row, left to right
    ours_page: int = 0
    ours_only: Ranks = ()  # ranks the sample has no counterpart for (held on ours only)
    note: str = ""
    header: bool = True  # compare the header's styles (the issued text has no number row)


CASES = (
    Case(
        "nghi_quyet", "nghi_quyet", "nghi_quyet", 2,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("authority",),
         ("bases",), ("enacting",), ("content",), *_CLOSING),
        note="Mẫu 1.1",
    ),
    Case(
        "quyet_dinh", "quyet_dinh", "quyet_dinh", 4,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("authority",),
         ("bases",), ("proposal",), ("enacting",), ("articles",), *_CLOSING),
        note="Mẫu 1.3",
    ),
    Case(
        "quyet_dinh_issued", "quyet_dinh", "van_ban_kem_theo", 5,
        (("national",), ("type_name",), ("subject",), ("reference",), ("reference_rule",),
         ("heading",), ("articles",)),
        ours_page=1,
        note="Mẫu 1.3, the text it issues (văn bản kèm theo)",
        header=False,
    ),
    Case(
        "cong_dien", "cong_dien", "cong_dien", 9,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("addressed",),
         ("recipients",), ("content",), *_CLOSING),
        note="Mẫu 1.6",
    ),
    Case(
        "giay_moi", "giay_moi", "giay_moi", 10,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("invites",),
         ("event",), ("chair",), ("time",), ("place",), *_CLOSING),
        note="Mẫu 1.7",
    ),
    Case(
        "giay_gioi_thieu", "giay_gioi_thieu", "giay_gioi_thieu", 11,
        (("national",), ("type_name",), ("subject_rule",), ("introduces",), ("person",),
         ("position",), ("sent_to",), ("purpose",), ("request",), ("valid_until",), *_CLOSING),
        note="Mẫu 1.8 (no trích yếu: the rule stands under the type name)",
    ),
    Case(
        "bien_ban", "bien_ban", "bien_ban", 12,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("started",),
         ("place",), ("attendees",), ("chair",), ("secretary",), ("content_label",),
         ("ended",), ("secretary_title", "chair_title"), ("secretary_signer", "chair_signer"),
         ("distribution_label",)),
        note="Mẫu 1.9",
    ),
    Case(
        "giay_nghi_phep", "giay_nghi_phep", "giay_nghi_phep", 13,
        (("national",), ("type_name",), ("subject_rule",), ("request",), ("grants",),
         ("person",), ("position",), ("period",), ("counted",), *_CLOSING, ("confirmation",),
         ("confirmation_signer",)),
        note="Mẫu 1.10 (no trích yếu)",
    ),
    Case(
        "ban_sao_y", "ban_sao_y", "ban_sao", 16,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), *_CLOSING,
         ("copy_rule",), ("copy_agency", "copy_kind"), ("copy_number", "copy_place_date"),
         ("copy_distribution_label", "copy_signature_title"), ("copy_signer",)),
        note="Mẫu 3.1",
    ),
    Case(
        "ban_sao_dien_tu", "ban_sao_dien_tu", "ban_sao", 17,
        (("electronic_copy",), ("national",), ("type_name",), ("subject",), ("subject_rule",),
         *_CLOSING),
        note="Mẫu 3.2",
    ),
    Case(
        "lien_tich", "lien_tich", "van_ban", 7,
        (("national",), ("type_name",), ("subject",), ("subject_rule",), ("content",)),
        ours_only=(("left_title", "right_title"), ("left_signer", "right_signer"),
                   ("distribution_label",)),
        note="Mẫu 1.4 for the header and ô 5a; the decree has no joint form, so the "
        "signatures side by side are held on ours only",
    ),
)  # fmt: skip

# Where each component's style is set: the standard's row (its locator says whether the
# decree's text or only its samples set it).
HEADER = ("national", "motto", "parent_agency", "agency", "number", "place_date")
"""The header's lines, compared for their style only (their places: test_layout_vs_samples)."""

STYLE_ROW = {
    "national": "national_name", "motto": "national_motto", "parent_agency": "parent_agency",
    "agency": "agency", "number": "number", "place_date": "place_date",
    "type_name": "type_name", "subject": "subject", "authority": "authority",
    "bases": "basis", "proposal": "basis", "enacting": "enacting", "articles": "article",
    "content": "body", "addressed": "addressed", "recipients": "body",
    "invites": "body", "event": "body", "chair": "body", "time": "body", "place": "body",
    "introduces": "addressed", "person": "body", "position": "body", "sent_to": "body",
    "purpose": "body", "request": "body", "valid_until": "body", "grants": "body",
    "period": "body", "counted": "body", "started": "body", "attendees": "body",
    "secretary": "body", "content_label": "body", "ended": "body",
    "signature_title": "signature_title", "secretary_title": "signature_title",
    "chair_title": "signature_title", "copy_signature_title": "signature_title",
    "left_title": "signature_title", "right_title": "signature_title",
    "signer": "signer", "secretary_signer": "signer", "chair_signer": "signer",
    "confirmation_signer": "signer", "copy_signer": "signer", "left_signer": "signer",
    "right_signer": "signer",
    "distribution_label": "distribution_label", "copy_distribution_label": "distribution_label",
    "confirmation": "confirmation_title", "copy_agency": "agency", "copy_kind": "copy_kind",
    "copy_number": "number", "copy_place_date": "place_date",
    "electronic_copy": "electronic_copy", "reference": "appendix_reference",
    "heading": "heading_label",
}  # fmt: skip

PAGE_CENTRED = frozenset(
    {"type_name", "subject", "authority", "enacting", "addressed", "introduces", "reference",
     "heading"}
)  # fmt: skip
COLUMN_SIDE = {
    **dict.fromkeys(
        ("signature_title", "signer", "chair_title", "chair_signer", "copy_kind",
         "copy_place_date", "copy_signature_title", "copy_signer"), "right"),
    **dict.fromkeys(
        ("secretary_title", "secretary_signer", "confirmation", "confirmation_signer",
         "copy_agency", "copy_number"), "left"),
}  # fmt: skip
LEFT_EDGE = frozenset({"recipients"})
RIGHT_EDGE = frozenset({"electronic_copy"})
RULES = frozenset({"subject_rule", "reference_rule", "copy_rule"})

# The components found by a form's fixed words: (role in forms.toml's texts, how the line
# holds them).
FIXED: dict[str, tuple[str, str]] = {
    "proposal": ("proposal", "start"), "enacting": ("enacting", "equal"),
    "addressed": ("addressed", "end"),
    "invites": ("invites", "contain"), "event": ("event", "start"),
    "introduces": ("introduces", "contain"), "sent_to": ("sent_to", "start"),
    "purpose": ("purpose", "start"), "request": ("request", "start"),
    "valid_until": ("valid_until", "start"), "grants": ("grants", "contain"),
    "period": ("period", "start"), "counted": ("counted", "start"),
    "started": ("started", "start"), "attendees": ("attendees", "start"),
    "secretary": ("secretary", "start"), "content_label": ("content", "start"),
    "ended": ("ended", "contain"), "secretary_title": ("secretary_title", "equal"),
    "chair_title": ("chair_title", "equal"),
}  # fmt: skip
# Roles whose words differ from form to form (the giấy mời's "Chủ trì:", the biên bản's
# "Chủ trì (chủ tọa):"; the giấy giới thiệu's "Ông (bà):" and the giấy nghỉ phép's).
FIXED.update(
    {"chair": ("chair", "start"), "place": ("place", "start"), "time": ("time", "start"),
     "person": ("person", "start"), "position": ("position", "start")}
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Finding the components on a page
# --------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Text without its tone marks, case-folded: "chủ toạ" and "chủ tọa" are one."""
    text = unicodedata.normalize("NFD", text.replace("HOÀ", "HÒA"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(text.casefold().split())


def _holds(line: TextLine, words: str, how: str) -> bool:
    text, key = _fold(line.text), _fold(words)
    if how == "equal":
        return text == key
    if how == "end":
        return text.endswith(key)
    if how == "contain":
        return key in text
    key = key.rstrip(":")[:30]  # the sample's "Ông (bà) ……" has no colon; long words wrap
    return text.startswith(key)


def _upper(text: str) -> bool | None:
    """True in capitals, False with a lower-case letter, None with no letter (a placeholder)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    return all(c == c.upper() for c in letters)


def _family(fonts: Iterable[str]) -> str:
    return ",".join(
        sorted({re.sub(r"[-,](Bold|Italic|BoldItalic|Regular)$", "", f) for f in fonts})
    )


Found = list[TextLine] | InkRule | None


class Finder:
    """Finds one page's components, each by a method ``find_<name>``, memoised."""

    def __init__(self, page: Page, texts: dict[str, str]) -> None:
        self.page, self.texts = page, texts
        notes = [ln for ln in page.lines if ln.bold and ln.italic and ln.text == "Ghi chú:"]
        end = notes[0].baseline if notes else page.ink.height_mm
        self.lines = [
            ln
            for ln in page.lines
            if ln.baseline < end
            and not re.match(r"^Mẫu (\d|văn bản)", ln.text)
            and not (ln.bottom < 20 and ln.text.isdigit())
        ]
        self.mid = page.centre
        self._memo: dict[str, Found] = {}

    def __getitem__(self, name: str) -> Found:
        if name not in self._memo:
            if name in FIXED:  # a line holding the form's fixed words, under ô 5a
                role, how = FIXED[name]
                self._memo[name] = self.fixed(role, how, self.y("subject_rule") or 0.0)
            else:
                self._memo[name] = getattr(self, f"find_{name}")()
        return self._memo[name]

    def line(self, name: str) -> TextLine | None:
        found = self[name]
        return found[0] if isinstance(found, list) and found else None

    def y(self, name: str) -> float | None:
        found = self[name]
        if isinstance(found, InkRule):
            return found.y
        return found[0].baseline if found else None

    def after(self, y: float | None) -> list[TextLine]:
        return [ln for ln in self.lines if y is not None and ln.baseline > y + 0.5]

    def centred(self, line: TextLine) -> bool:
        return abs(line.centre_x - self.mid) < 15

    def rule_below(
        self, y: float | None, within: float, accept: Callable[[InkRule], bool]
    ) -> Found:
        if y is None:
            return None
        return next((r for r in self.page.rules if y < r.top <= y + within and accept(r)), None)

    def fixed(self, role: str, how: str, start: float = 0.0) -> list[TextLine]:
        words = self.texts.get(role)
        if words is None:
            return []
        return [ln for ln in self.lines if ln.baseline > start and _holds(ln, words, how)][:1]

    # -- the header and ô 5a

    def find_national(self) -> Found:
        # in the sample's issued text (mẫu 1.3) pdfplumber joins the row: "TÊN CQ, TC CHỦ
        # QUẢN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        wanted = _fold(NATIONAL)
        return [ln for ln in self.lines if wanted in _fold(ln.text)][:1]

    def header_bottom(self) -> float | None:
        national = self.line("national")
        if national is None:
            return None
        near = [
            ln
            for ln in self.lines
            if national.baseline - 1 <= ln.baseline <= national.baseline + 25
            and (ln.text.startswith("Số") or "ngày" in ln.text or _fold(ln.text) == _fold(MOTTO))
        ]
        return max((ln.baseline for ln in near), default=national.baseline)

    def header_left(self) -> list[TextLine]:
        national = self.line("national")
        if national is None:
            return []
        return [
            ln
            for ln in self.lines
            if ln.x1 < national.x0 and national.top - 6 < ln.baseline < national.baseline + 12
        ]

    def find_motto(self) -> Found:
        return [ln for ln in self.lines if _fold(ln.text) == _fold(MOTTO)][:1]

    def find_parent_agency(self) -> Found:
        return [ln for ln in self.header_left() if not ln.bold and _upper(ln.text)][:1]

    def find_agency(self) -> Found:
        return [ln for ln in self.header_left() if ln.bold and _upper(ln.text)][:1]

    def find_number(self) -> Found:
        national = self.line("national")
        return [
            ln
            for ln in self.lines
            if national is not None
            and ln.text.startswith("Số")
            and ln.x1 < national.x0
            and national.baseline < ln.baseline < national.baseline + 25
        ][:1]

    def find_place_date(self) -> Found:
        national = self.line("national")
        return [
            ln
            for ln in self.lines
            if national is not None
            and "ngày" in ln.text
            and ln.centre_x > self.mid
            and national.baseline < ln.baseline < national.baseline + 25
        ][:1]

    def find_electronic_copy(self) -> Found:
        national = self.line("national")
        size = get().component("electronic_copy").size
        return [
            ln
            for ln in self.lines
            if national is not None
            and ln.baseline < national.top
            and ln.sizes
            and size.low - 0.5 <= max(ln.sizes) <= size.high + 0.5
        ][:1]

    def find_type_name(self) -> Found:
        for line in self.after(self.header_bottom()):
            if line.bold and _upper(line.text) and self.centred(line):
                return [line]
        return []

    def find_title_rule(self) -> Found:
        """The first rule centred under the type name: under the trích yếu, or under the
        type name itself where the form has none, or under an issued text's (Kèm theo …)."""
        return self.rule_below(self.y("type_name"), 30, lambda r: abs(r.centre_x - self.mid) < 20)

    def find_subject(self) -> Found:
        """The lines between the type name and its rule (upright in mẫu 1.4, bold italic in
        mẫu 3.1 and 3.2: found by place, not by style), up to an issued text's reference."""
        start, rule = self.y("type_name"), self["title_rule"]
        if start is None or not isinstance(rule, InkRule):
            return []
        out: list[TextLine] = []
        for line in self.after(start):
            if line.baseline >= rule.top or line.text.startswith("(Kèm theo"):
                break
            if self.centred(line):
                out.append(line)
        return out

    def find_subject_rule(self) -> Found:
        return None if self["reference"] else self["title_rule"]

    def find_reference(self) -> Found:
        out: list[TextLine] = []
        for line in self.after(self.y("type_name")):
            if not out and not (line.italic and line.text.startswith("(Kèm theo")):
                continue
            if not line.italic:
                break
            out.append(line)
            if line.text.endswith(")"):
                break
        return out

    def find_reference_rule(self) -> Found:
        return self["title_rule"] if self["reference"] else None

    def find_heading(self) -> Found:
        lines = self.after(self.y("reference_rule"))
        return [ln for ln in lines if ln.bold and self.centred(ln)][:1]

    # -- the content

    def find_authority(self) -> Found:
        lines = self.after(self.y("subject_rule"))
        first = lines[0] if lines else None
        if first is None or not (first.bold and _upper(first.text) and self.centred(first)):
            return []
        return [first]

    def find_bases(self) -> Found:
        lines = self.after(self.y("authority"))
        proposal = self.texts.get("proposal", "\0")
        return [ln for ln in lines[:1] if ln.italic and not _holds(ln, proposal, "start")]

    def find_articles(self) -> Found:
        start = self.y("enacting") or self.y("reference_rule") or 0.0
        return [ln for ln in self.after(start) if re.match(r"^Điều 1\b", ln.text)][:1]

    def find_recipients(self) -> Found:
        lines = self.after(self.y("addressed"))
        out: list[TextLine] = []
        for line in lines:
            if not line.text.startswith("- "):
                break
            out.append(line)
        return out

    def find_content(self) -> Found:
        recipients = self["recipients"] if "addressed" in self.texts else []
        anchor = (
            recipients[-1].baseline
            if isinstance(recipients, list) and recipients
            else self.y("enacting") or self.y("subject_rule")
        )
        return self.after(anchor)[:1]

    # -- the closing

    def label(self, start: float | None) -> list[TextLine]:
        return [ln for ln in self.after(start) if _fold(ln.text) == _fold("Nơi nhận:")][:1]

    def title_beside(self, label: TextLine | None) -> list[TextLine]:
        if label is None:
            return []
        return [
            ln
            for ln in self.lines
            if abs(ln.baseline - label.baseline) <= 2.5
            and ln.centre_x > self.mid
            and ln.bold
            and _upper(ln.text)
        ][:1]

    def signer_under(self, title: TextLine | None) -> list[TextLine]:
        if title is None:
            return []
        return [
            ln
            for ln in self.after(title.baseline)
            if abs(ln.centre_x - title.centre_x) < 8 and ln.bold and _upper(ln.text) is False
        ][:1]

    def find_distribution_label(self) -> Found:
        return self.label(self.y("type_name"))

    def find_signature_title(self) -> Found:
        return self.title_beside(self.line("distribution_label"))

    def find_signer(self) -> Found:
        return self.signer_under(self.line("signature_title"))

    def find_secretary_signer(self) -> Found:
        return self.signer_under(self.line("secretary_title"))

    def find_chair_signer(self) -> Found:
        return self.signer_under(self.line("chair_title"))

    def find_confirmation(self) -> Found:
        words = self.texts.get("confirmation", "")
        signer = self.line("signer")
        first = next(
            (ln for ln in self.after(signer.baseline if signer else None)
             if _holds(ln, words, "start")), None,
        )  # fmt: skip
        if first is None:
            return []
        block = [first]
        for line in self.after(first.baseline):
            if not line.italic or abs(line.centre_x - first.centre_x) > 5:
                break
            block.append(line)
        return block

    def find_confirmation_signer(self) -> Found:
        block = self["confirmation"]
        if not isinstance(block, list) or not block:
            return []
        return self.signer_under(block[-1])

    def find_left_title(self) -> Found:
        lines = self.after(self.y("content"))
        return [ln for ln in lines if ln.bold and _upper(ln.text) and ln.centre_x < self.mid][:1]

    def find_right_title(self) -> Found:
        left = self.line("left_title")
        if left is None:
            return []
        return [
            ln
            for ln in self.lines
            if abs(ln.baseline - left.baseline) <= LEVEL and ln.bold and ln.centre_x > self.mid
        ][:1]

    def find_left_signer(self) -> Found:
        return self.signer_under(self.line("left_title"))

    def find_right_signer(self) -> Found:
        return self.signer_under(self.line("right_title"))

    # -- the paper copy (Mẫu 3.1)

    def find_copy_rule(self) -> Found:
        width = self.page.area[1] - self.page.area[0]
        return self.rule_below(self.y("signer"), 40, lambda r: r.length >= 0.9 * width)

    def find_copy_agency(self) -> Found:
        lines = self.after(self.y("copy_rule"))
        return [ln for ln in lines if ln.bold and _upper(ln.text) and ln.centre_x < self.mid][:1]

    def find_copy_kind(self) -> Found:
        agency = self.line("copy_agency")
        if agency is None:
            return []
        return [
            ln
            for ln in self.lines
            if abs(ln.baseline - agency.baseline) <= 2.5 and ln.bold and ln.centre_x > self.mid
        ][:1]

    def find_copy_number(self) -> Found:
        lines = self.after(self.y("copy_agency"))
        return [ln for ln in lines if ln.text.startswith("Số") and ln.centre_x < self.mid][:1]

    def find_copy_place_date(self) -> Found:
        lines = self.after(self.y("copy_kind"))
        return [ln for ln in lines if "ngày" in ln.text and ln.centre_x > self.mid][:1]

    def find_copy_distribution_label(self) -> Found:
        return self.label(self.y("copy_number"))

    def find_copy_signature_title(self) -> Found:
        return self.title_beside(self.line("copy_distribution_label"))

    def find_copy_signer(self) -> Found:
        return self.signer_under(self.line("copy_signature_title"))


# --------------------------------------------------------------------------------------------
# Measuring one form on both pages
# --------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One comparison of one component: the sample's value, ours, the verdict."""

    case: str
    component: str
    check: str  # "found", "level", "order", "centre", "column", "edge", "style", "rule", "text"
    sample: str
    ours: str
    ok: bool | None  # None: printed, not held
    note: str = ""

    def describe(self) -> str:
        verdict = {True: "ok", False: "FAIL", None: "info"}[self.ok]
        note = f" — {self.note}" if self.note else ""
        return (
            f"[{verdict}] {self.case} {self.component} ({self.check}): sample {self.sample}, "
            f"ours {self.ours}{note}"
        )


def _width(page: Page) -> float:
    return page.area[1] - page.area[0]


def _rel(page: Page, x: float) -> float:
    """Where ``x`` stands across the page's text area: 0 at its left edge, 1 at its right."""
    return (x - page.area[0]) / _width(page)


def _lines(found: Found) -> list[TextLine]:
    return found if isinstance(found, list) else []


@dataclass
class Pair:
    case: Case
    sample: Finder
    ours: Finder
    rows: list[Row] = field(default_factory=list)

    def add(self, component: str, check: str, sample: str, ours: str, ok: bool | None,
            note: str = "") -> None:  # fmt: skip
        self.rows.append(Row(self.case.key, component, check, sample, ours, ok, note))


def _y(finder: Finder, name: str) -> str:
    y = finder.y(name)
    return "—" if y is None else f"y {y:.1f}"


def check_order(pair: Pair) -> None:
    """Every component found on both pages, rows level, ranks top to bottom."""
    case = pair.case
    for ranks, both in ((case.order, True), (case.ours_only, False)):
        sides = {"sample": pair.sample, "ours": pair.ours} if both else {"ours": pair.ours}

        def shown(values: dict[str, str]) -> tuple[str, str]:
            return values.get("sample", "(no counterpart)"), values["ours"]

        for name in (n for rank in ranks for n in rank):
            missing = [label for label, side in sides.items() if side.y(name) is None]
            values = {label: _y(side, name) for label, side in sides.items()}
            note = f"not found on {' and '.join(missing)}" if missing else ""
            pair.add(name, "found", *shown(values), not missing, note)
        for rank in ranks:
            if len(rank) < 2:
                continue
            values, notes = {}, []
            for label, side in sides.items():
                lines = [side.line(n) for n in rank]
                present = [ln for ln in lines if ln is not None]
                if len(present) < len(lines):
                    values[label] = "—"
                    notes.append(f"{label}: not all found")
                    continue
                spread = max(ln.baseline for ln in present) - min(ln.baseline for ln in present)
                values[label] = f"Δ {spread:.2f} mm"
                if spread > LEVEL:
                    notes.append(f"{label}: not level (±{LEVEL} mm)")
                if any(a.centre_x >= b.centre_x for a, b in itertools.pairwise(present)):
                    notes.append(f"{label}: not in the sample's order left to right")
            pair.add(" | ".join(rank), "level", *shown(values), not notes, "; ".join(notes))
        for upper, lower in itertools.pairwise(ranks):
            values, notes = {}, []
            for label, side in sides.items():
                above = [side.y(n) for n in upper]
                below = [side.y(n) for n in lower]
                if None in above or None in below:
                    values[label] = "—"
                    notes.append(f"{label}: not all found")
                    continue
                gap = min(y for y in below if y is not None) - max(
                    y for y in above if y is not None
                )
                values[label] = f"{gap:+.1f} mm"
                if gap <= 0:
                    notes.append(f"{label}: {' | '.join(lower)} not below {' | '.join(upper)}")
            name = f"{' | '.join(upper)} → {' | '.join(lower)}"
            pair.add(name, "order", *shown(values), not notes, "; ".join(notes))


def _centre(finder: Finder, line: TextLine) -> float:
    return _ink(finder.page, line).centre_x


def check_centres(pair: Pair, columns: dict[str, list[float]]) -> list[tuple[str, float, float]]:
    """Centred lines against the sample's; returns the column blocks, judged later."""
    names = [n for rank in pair.case.order for n in rank]
    ours_page, sample_page = pair.ours.page, pair.sample.page
    width = _width(ours_page)
    pending: list[tuple[str, float, float]] = []
    for name in names:
        sample_lines, ours_lines = _lines(pair.sample[name]), _lines(pair.ours[name])
        if not sample_lines or not ours_lines:
            continue
        if name in PAGE_CENTRED:
            sample_rel = sum(
                _rel(sample_page, _centre(pair.sample, ln)) - 0.5 for ln in sample_lines
            ) / len(sample_lines)
            worst = max(
                (_rel(ours_page, _centre(pair.ours, ln)) - 0.5 for ln in ours_lines),
                key=lambda r: abs(r - sample_rel),
            )
            diff = (worst - sample_rel) * width
            pair.add(
                name, "centre", f"{sample_rel * _width(sample_page):+.2f} mm",
                f"{worst * width:+.2f} mm", abs(diff) <= CENTRE_TOLERANCE,
                f"{diff:+.2f} mm from the sample's place (±{CENTRE_TOLERANCE}), of the text "
                f"area's centre; {len(ours_lines)} line(s)",
            )  # fmt: skip
        elif name in COLUMN_SIDE:
            sample_rel = _rel(sample_page, _centre(pair.sample, sample_lines[0]))
            ours_rel = _rel(ours_page, _centre(pair.ours, ours_lines[0]))
            columns.setdefault(COLUMN_SIDE[name], []).append(sample_rel)
            pending.append((name, sample_rel, ours_rel))
        elif name in LEFT_EDGE:
            sample_rel = _rel(sample_page, min(_ink(sample_page, ln).x0 for ln in sample_lines))
            ours_rel = _rel(ours_page, min(_ink(ours_page, ln).x0 for ln in ours_lines))
            diff = (ours_rel - sample_rel) * width
            pair.add(
                name, "edge", f"left {sample_rel:.4f} of the area",
                f"left {ours_rel:.4f} of the area", abs(diff) <= EDGE,
                f"left edge {diff:+.2f} mm from the sample's place (±{EDGE})",
            )  # fmt: skip
        elif name in RIGHT_EDGE:
            sample_gap = sample_page.area[1] - max(_ink(sample_page, ln).x1 for ln in sample_lines)
            ours_gap = ours_page.area[1] - max(_ink(ours_page, ln).x1 for ln in ours_lines)
            ok = -0.5 <= ours_gap <= max(sample_gap, 0) + EDGE
            pair.add(
                name, "edge", f"{sample_gap:.2f} mm short of the right edge",
                f"{ours_gap:.2f} mm short of the right edge", ok,
                "at the right edge of the text area (ô 14), no further from it than the "
                f"sample's line +{EDGE} mm",
            )  # fmt: skip
    return pending


def judge_columns(pair: Pair, pending: list[tuple[str, float, float]],
                  columns: dict[str, list[float]]) -> None:  # fmt: skip
    width = _width(pair.ours.page)
    for name, sample_rel, ours_rel in pending:
        diff = (ours_rel - sample_rel) * width
        spread = columns[COLUMN_SIDE[name]]
        low, high = min(spread) - CENTRE_TOLERANCE / width, max(spread) + CENTRE_TOLERANCE / width
        ok = abs(diff) <= CENTRE_TOLERANCE or low <= ours_rel <= high
        note = f"{diff:+.2f} mm from this sample's place"
        if abs(diff) > CENTRE_TOLERANCE:
            note += (
                f"; the samples' {COLUMN_SIDE[name]}-hand blocks stand at "
                f"{min(spread):.3f}–{max(spread):.3f} of the text area"
                + (", ours within it" if ok else ", ours outside it")
            )
        pair.add(name, "column", f"{sample_rel:.3f} of the area", f"{ours_rel:.3f} of the area",
                 ok, note)  # fmt: skip


@dataclass(frozen=True)
class Style:
    family: str
    size: float
    bold: bool
    italic: bool
    upper: bool | None

    @classmethod
    def of(cls, line: TextLine) -> Style:
        return cls(_family(line.fonts), max(line.sizes), line.bold, line.italic, _upper(line.text))

    def __str__(self) -> str:
        case = {True: "CAPS", False: "normal", None: "…"}[self.upper]
        face = "".join(("B" if self.bold else "", "I" if self.italic else "")) or "upright"
        return f"{self.family} {self.size:g} pt {face} {case}"


def _decree_sets(row: ComponentStyle) -> bool:
    """Whether the standard's row comes from the decree's text, not only from its samples."""
    return "Phụ lục III" not in row.locator


def judge_style(sample: Style, ours: Style, row: ComponentStyle) -> tuple[bool, str]:
    """Ours as the sample's, or (where they differ) as the decree's text sets it."""
    notes: list[str] = []
    ok = True
    decree = _decree_sets(row)
    where = row.locator.replace("Decree 30/2020, ", "")
    if sample.family != ours.family:
        ok = False
        notes.append(f"font {ours.family} where the sample has {sample.family}")
    if sample.size != ours.size:
        rng = row.size
        inside = rng.low <= ours.size <= rng.high
        if (
            decree
            and inside
            and (ours.size == rng.default or not rng.low <= sample.size <= rng.high)
        ):
            why = (
                "the sample's is outside it"
                if not rng.low <= sample.size <= rng.high
                else "ours is the example size of its own table (Phụ lục I, Phần I, Mục V)"
            )
            notes.append(
                f"size {ours.size:g} pt, sample {sample.size:g} pt: the decree ({where}) sets "
                f"{rng.low:g}–{rng.high:g} pt and {why}: the decree wins"
            )
        else:
            ok = False
            notes.append(f"size {ours.size:g} pt where the sample has {sample.size:g} pt")
    for attribute, wanted in (("bold", row.bold), ("italic", row.italic)):
        got, theirs = getattr(ours, attribute), getattr(sample, attribute)
        if got == theirs:
            continue
        if decree and wanted is not None and got == wanted:
            notes.append(
                f"{'not ' if not got else ''}{attribute} where the sample is "
                f"{'not ' if not theirs else ''}{attribute}: the decree ({where}) wins"
            )
        else:
            ok = False
            notes.append(f"{attribute} {got} where the sample has {theirs}")
    if sample.upper is not None and ours.upper is not None and sample.upper != ours.upper:
        wanted_upper = None if row.case is None else row.case.value == "upper"
        if decree and wanted_upper is not None and wanted_upper == ours.upper:
            notes.append(f"capitals as the decree sets them ({where}), not as the sample")
        else:
            ok = False
            notes.append(f"{'capitals' if ours.upper else 'lower case'} where the sample differs")
    return ok, "; ".join(notes)


def check_styles(pair: Pair, std: Standard) -> None:
    header = HEADER if pair.case.header else ()
    for name in (*header, *(n for rank in pair.case.order for n in rank if n not in HEADER)):
        if name not in STYLE_ROW:
            continue
        sample_line, ours_line = pair.sample.line(name), pair.ours.line(name)
        if sample_line is None or ours_line is None:
            continue
        sample, ours = Style.of(sample_line), Style.of(ours_line)
        ok, note = judge_style(sample, ours, std.component(STYLE_ROW[name]))
        pair.add(name, "style", str(sample), str(ours), ok, note)


def _fraction(finder: Finder, rule: InkRule, lines: Sequence[TextLine]) -> tuple[float, float]:
    """The rule's length as a fraction of the longest line, and its offset from that line."""
    inks = [_ink(finder.page, ln) for ln in lines]
    widest = max(inks, key=lambda b: b.width)
    return rule.length / widest.width, rule.centre_x - widest.centre_x


def check_rules(pair: Pair, std: Standard) -> None:
    names = {n for rank in pair.case.order for n in rank}
    for name in sorted(names & RULES):
        values: list[str] = []
        held: tuple[bool, str] = (False, "not found")
        for side in (pair.sample, pair.ours):
            rule = side[name]
            if not isinstance(rule, InkRule):
                values.append("—")
                continue
            if name == "copy_rule":
                width = _width(side.page)
                values.append(f"{rule.length:.1f} mm, text area {width:.1f} mm")
                diff = rule.length - width
                held = (
                    abs(diff) <= FULL_WIDTH,
                    f"the decree sets it the whole width of the text area (Phụ lục I, Phần II, "
                    f"Mục II, khoản 2.a): {diff:+.2f} mm (±{FULL_WIDTH})",
                )
                continue
            under = _lines(side["subject"])
            under = under or _lines(side["type_name"])
            key = "subject_rule" if name == "subject_rule" else "appendix_rule"
            allowed = std.rule(key).fraction
            fraction, offset = _fraction(side, rule, under)
            values.append(f"{fraction:.2f} of its line, {offset:+.2f} mm off its centre")
            ok = allowed.low <= fraction <= allowed.high and abs(offset) <= RULE_CENTRE
            held = (
                ok,
                f"{allowed.low:.3g}–{allowed.high:.3g} of the longest line "
                f"({std.rule(key).locator.replace('Decree 30/2020, ', '')}), centred ±{RULE_CENTRE}",
            )
        pair.add(name, "rule", values[0], values[1], held[0] if values[1] != "—" else False,
                 held[1])  # fmt: skip
    if "copy_agency" in names:
        values = []
        held = (False, "no rule under the copy's agency")
        allowed = std.rule("agency_rule").fraction
        for side in (pair.sample, pair.ours):
            agency = side.line("copy_agency")
            rule = None
            if agency is not None:
                centre = _centre(side, agency)
                rule = side.rule_below(
                    agency.baseline, 8, lambda r, c=centre: abs(r.centre_x - c) < 3
                )
            if not isinstance(rule, InkRule) or agency is None:
                values.append("—")
                continue
            fraction, offset = _fraction(side, rule, [agency])
            values.append(f"{fraction:.2f} of its line, {offset:+.2f} mm off its centre")
            held = (
                allowed.low <= fraction <= allowed.high and abs(offset) <= RULE_CENTRE,
                f"{allowed.low:.3g}–{allowed.high:.3g} of the agency's line, centred "
                f"±{RULE_CENTRE}",
            )
        pair.add("copy_agency_rule", "rule", values[0], values[1], held[0], held[1])


def check_text(pair: Pair) -> None:
    doubled = [ln.text for ln in pair.ours.lines if "../." in ln.text]
    pair.add("end mark", "text", "—", "once" if not doubled else doubled[0][-40:], not doubled,
             "a full stop before ./. doubles it" if doubled else "")  # fmt: skip


# --------------------------------------------------------------------------------------------
# Fixtures: the sample and our examples, converted and measured once
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> list[Row]:
    source = require_shared(SAMPLE)
    office.require_soffice()
    folder = tmp_path_factory.mktemp("forms")
    sample_docx = folder / source.name
    sample_docx.write_bytes(source.read_bytes())
    sample_pdf = office.convert_to_pdf(sample_docx, folder)
    ours: dict[str, tuple[Path, Path]] = {}
    for example in sorted({case.example for case in CASES}):
        docx = folder / f"{example}.docx"
        docx.write_bytes(docx_bytes(vn.load(EXAMPLES / f"{example}.yaml")))
        ours[example] = (docx, office.convert_to_pdf(docx, folder))
    std = get()
    pairs: list[Pair] = []
    pending: list[tuple[Pair, list[tuple[str, float, float]]]] = []
    columns: dict[str, list[float]] = {}
    with pdfplumber.open(sample_pdf) as sample_plumber:
        for case in CASES:
            texts = dict(form_layout(case.form).texts)
            sample_page = _open("sample", f"p.{case.sample_page + 1}", sample_pdf,
                                case.sample_page, sample_plumber, _area(sample_docx))  # fmt: skip
            docx, pdf = ours[case.example]
            with pdfplumber.open(pdf) as plumber:
                ours_page = _open("ours", f"{case.example} p.{case.ours_page + 1}", pdf,
                                  case.ours_page, plumber, _area(docx))  # fmt: skip
            pair = Pair(case, Finder(sample_page, texts), Finder(ours_page, texts))
            check_order(pair)
            pending.append((pair, check_centres(pair, columns)))
            check_styles(pair, std)
            check_rules(pair, std)
            check_text(pair)
            pairs.append(pair)
    for pair, blocks in pending:
        judge_columns(pair, blocks, columns)
    return [row for pair in pairs for row in pair.rows]


def table(rows: list[Row]) -> str:
    out = [f"{'form':18} {'component':40} {'check':7} {'sample (decree)':44} {'ours':44} verdict"]
    out.append("-" * 190)
    for row in rows:
        verdict = {True: "ok", False: "FAIL", None: "info"}[row.ok]
        note = f"  ({row.note})" if row.note else ""
        out.append(
            f"{row.case:18} {row.component[:40]:40} {row.check:7} {row.sample[:44]:44} "
            f"{row.ours[:44]:44} {verdict}{note}"
        )
    return "\n".join(out)


def _verdict(rows: list[Row], case: str, checks: set[str], *, least: int) -> None:
    mine = [r for r in rows if r.case == case and r.check in checks]
    assert len(mine) >= least, f"{case}: only {len(mine)} {sorted(checks)} row(s)"
    failed = [r.describe() for r in mine if r.ok is False]
    assert not failed, f"{case}: {len(failed)} of {len(mine)} fail:\n" + "\n".join(failed)


CASE_KEYS = pytest.mark.parametrize("case", [c.key for c in CASES])


# --------------------------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------------------------


def test_every_example_is_compared():
    examples = {path.stem for path in EXAMPLES.glob("*.yaml")}
    assert examples == {case.example for case in CASES}


def test_side_by_side_table(measured):
    """Print the table (``pytest -s``)."""
    print("\n" + table(measured))
    assert {row.case for row in measured} == {case.key for case in CASES}


@CASE_KEYS
def test_components_in_the_samples_order(measured, case):
    spec = next(c for c in CASES if c.key == case)
    names = sum(len(rank) for rank in spec.order + spec.ours_only)
    _verdict(measured, case, {"found", "level", "order"}, least=names)


@CASE_KEYS
def test_centred_lines_where_the_sample_centres_them(measured, case):
    _verdict(measured, case, {"centre", "column", "edge"}, least=1)


@CASE_KEYS
def test_fonts_sizes_and_case_as_the_sample(measured, case):
    _verdict(measured, case, {"style"}, least=3)


@CASE_KEYS
def test_rule_lengths_within_the_standard(measured, case):
    spec = next(c for c in CASES if c.key == case)
    names = {n for rank in spec.order for n in rank}
    _verdict(measured, case, {"rule"}, least=len(names & RULES) + ("copy_agency" in names))


@CASE_KEYS
def test_end_mark_not_doubled(measured, case):
    _verdict(measured, case, {"text"}, least=1)
