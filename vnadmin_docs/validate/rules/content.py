"""Rules: subject (SB), Kính gửi (RC), body (BD), capitalisation (CP) and attachments (AT).

The checks read the components the recogniser found and, where it is known to miss some
(text not in NFC, a recipient list after a blank line, a basis line it took for body),
scan ``ctx.info.paragraphs`` themselves.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from vnadmin_docs.models.documents import DocumentType
from vnadmin_docs.ooxml.read import ParaInfo
from vnadmin_docs.read.components import AttachmentLayout
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where
from vnadmin_docs.validate.rules.number_date import (
    DateLine,
    date_line,
    document_type,
    has_header,
    is_dispatch,
    number_line,
    type_name_paragraph,
)
from vnadmin_docs.validate.typeset import MM_PER_PT, available_twips, text_lines
from vnadmin_docs.vietnamese import bounded_int, nfc, same_words, tone_insensitive_key, upper

__all__ = [
    "AgencyNameTitleCase",
    "AppendicesNotRoman",
    "ArticleLabelWithColon",
    "ArticleReferenceLowercase",
    "AttachmentReferenceAgencyMismatch",
    "AttachmentReferenceDateMismatch",
    "AttachmentReferenceMissing",
    "AttachmentReferenceNumberMismatch",
    "AttachmentReferenceTypeMismatch",
    "BasisLastWithoutPeriod",
    "BasisLineWithoutSemicolon",
    "BodyExactLineSpacing",
    "BodyIndentWrong",
    "BodyLineSpacingOutOfRange",
    "BodyParagraphSpacingTooSmall",
    "BodyWithoutClosingMark",
    "CentredLineOffCentre",
    "ChapterNumberNotRoman",
    "CrossReferenceCapitalised",
    "DispatchWithoutKinhGui",
    "DispatchWithoutVv",
    "KinhGuiWithoutColon",
    "LastRecipientWithoutPeriod",
    "PointLetterNotVietnamese",
    "RecipientLineWithoutSemicolon",
    "RecipientsWithoutDash",
    "SectionNumberNotArabic",
    "SeveralRecipientsOnLabelLine",
    "SingleRecipientOnOwnLine",
    "VvInTypedDocument",
]

_TWIPS_PER_PT = 20
_TWIPS_PER_CM = 1440 / 2.54
_BODY_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 6.e",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 11",
}
_MODELS_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục III, Mục II (the model layouts)",
    "tt01-2011": "Circular 01/2011/TT-BNV, Phụ lục III (the model layouts)",
}
_POINT_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 6.đ",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 11",
}
_APPENDIX_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục III, khoản 1.a",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 15",
}
_CP_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục II",
    "tt01-2011": "Circular 01/2011/TT-BNV, Phụ lục VI",
}


def _text(paragraph: ParaInfo) -> str:
    return nfc(paragraph.visible_text)


_LINE_CHARS = 500
"""How much of a one-line component (a «(Kèm theo …)» reference line, a heading) is read:
such a line is short, and a pattern with a lazy ``.*?`` is then bounded however long the
paragraph the file gives is."""


def _line_text(paragraph: ParaInfo) -> str:
    return _text(paragraph)[:_LINE_CHARS]


def _is_upper(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == upper(text)


def _prose(paragraphs: Iterable[ParaInfo]) -> list[ParaInfo]:
    """Running-text paragraphs: not in a table, not centred, not a heading in capitals."""
    return sorted(
        (
            p for p in paragraphs
            if p.table is None and p.align not in ("center", "right") and not p.framed
            and any(ch.isalpha() for ch in p.visible_text) and not _is_upper(_text(p))
        ),
        key=lambda p: p.index,
    )  # fmt: skip


def _attachment_paragraphs(ctx: Context) -> list[ParaInfo]:
    found: list[ParaInfo] = []
    for attachment in ctx.layout.attachments:
        found += [*attachment.title, *attachment.body]
    return found


def _main_text(ctx: Context) -> list[ParaInfo]:
    """The body and bases, then the attachments' text, in document order."""
    seen: dict[int, ParaInfo] = {}
    for p in [*ctx.layout.basis, *ctx.layout.body, *_attachment_paragraphs(ctx)]:
        seen[p.index] = p
    return [seen[i] for i in sorted(seen)]


# ----------------------------------------------------------------------------- subject (SB)


_VV = re.compile(r"^V/v\b")


class VvInTypedDocument(Rule):
    """Only a công văn puts "V/v" before its subject.

    The subject of a typed document stands under its type name, in bold, without a prefix;
    "V/v" (về việc) introduces the subject of a công văn only (Phụ lục I, Phần I, Mục II,
    khoản 5.b).

    Wrong: `QUYẾT ĐỊNH` / `V/v phê duyệt Điều lệ Hiệp hội Doanh nghiệp tỉnh`

    Right: `QUYẾT ĐỊNH` / `Phê duyệt Điều lệ Hiệp hội Doanh nghiệp tỉnh`
    """

    code = "SB001"
    name = "vv-in-typed-document"
    component = "subject"
    message = "{where}: «V/v» before the subject of a {found}; {expected}"
    message_vi = "{where}: có «V/v» trước trích yếu của {found}; {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        found = type_name_paragraph(ctx)
        if found is None:
            yield self.skip("no type name found (not a typed document)")
            return
        type_para, kind = found
        subject: list[ParaInfo] = []
        for p in ctx.info.paragraphs[type_para.index + 1 : type_para.index + 5]:
            if not p.visible_text or p.shapes or _text(p).startswith(("Căn cứ", "Kính gửi")):
                break
            subject.append(p)
        if not subject:
            yield self.skip("no subject under the type name")
            return
        for p in subject:
            if _VV.match(_text(p)):
                yield self.fail(where(p, "Trích yếu"), kind.vietnamese_name.lower(),
                                "only a công văn writes «V/v»; drop it")  # fmt: skip
                return
        yield self.ok(where(subject[0], "Trích yếu"))


def _vv_paragraph(ctx: Context) -> ParaInfo | None:
    if ctx.layout.dispatch_subject:
        return ctx.layout.dispatch_subject[0]
    return next((p for p in ctx.info.paragraphs[:40] if _VV.match(_text(p))), None)


class DispatchWithoutVv(Rule):
    """A công văn's subject starts with "V/v".

    The subject of a công văn stands under its number, after the words "V/v" (Phụ lục I,
    Phần I, Mục II, khoản 5.b); a công văn has no type name to say what it is about.

    Wrong: `Số: 2452/UBND-TH` / `sơ kết Phong trào thi đua …`

    Right: `Số: 2452/UBND-TH` / `V/v sơ kết Phong trào thi đua …`
    """

    code = "SB002"
    name = "dispatch-without-vv"
    component = "dispatch_subject"
    message = "{where}: a công văn without a «V/v …» subject line; expected {expected}"
    message_vi = "{where}: công văn không có trích yếu «V/v …»; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not is_dispatch(ctx):
            yield self.skip("not a công văn")
            return
        found = _vv_paragraph(ctx)
        if found is not None:
            yield self.ok(where(found, "Trích yếu công văn"))
        else:
            yield self.fail(where(ctx.layout.number, "under the number"), "no «V/v» line",
                            "«V/v <subject>» under the number")  # fmt: skip


# ----------------------------------------------------------------------------- Kính gửi (RC)


_KINH_GUI = tone_insensitive_key("Kính gửi")
_DASHES = ("-", "–")


def _kinh_gui(ctx: Context) -> ParaInfo | None:
    if ctx.layout.recipients_label is not None:
        return ctx.layout.recipients_label
    end = ctx.layout.distribution_label.index if ctx.layout.distribution_label else 60
    for p in ctx.info.paragraphs[: min(end, 60)]:
        if tone_insensitive_key(_text(p)).startswith(_KINH_GUI):
            return p
    return None


@dataclass(frozen=True, slots=True)
class Recipients:
    """The Kính gửi block (ô 9a): its label line and the recipient lines under it."""

    label: ParaInfo
    colon: bool
    """Whether a colon follows "Kính gửi"."""
    inline: str
    """A recipient written on the label line (``""`` if none)."""
    lines: list[ParaInfo]
    """The recipient lines under the label."""

    @property
    def count(self) -> int:
        """How many recipients (or groups) are listed."""
        return len(self.lines) + (1 if self.inline else 0)


def _same_block(label: ParaInfo, p: ParaInfo) -> bool:
    if label.table is None or p.table is None:
        return label.table is None and p.table is None
    return p.table[:2] == label.table[:2] and p.part == label.part


def recipients(ctx: Context) -> Recipients | None:
    """The Kính gửi block, scanned from its label line (``None`` when there is no label)."""
    label = _kinh_gui(ctx)
    if label is None:
        return None
    text = _text(label)
    rest = re.sub(r"^[^\W\d_]+\s+[^\W\d_]+", "", text, count=1).strip()  # drop "Kính gửi"
    colon = rest.startswith(":")
    inline = rest[1:].strip() if colon else rest
    lines: list[ParaInfo] = []
    blanks = 0
    stop = ctx.layout.distribution_label.index if ctx.layout.distribution_label else None
    for p in ctx.info.paragraphs[label.index + 1 :]:
        if (stop is not None and p.index >= stop) or not _same_block(label, p):
            break
        line = _text(p)
        if not line:
            if lines or blanks >= 2:
                break
            blanks += 1
            continue
        dashed = line.startswith(_DASHES) and len(line) <= 200
        follows = (not lines and not inline) or (bool(lines) and _text(lines[-1]).endswith(";"))
        short = len(line) <= 150 and p.first_line < 400
        if not (dashed or (follows and short)):
            break
        lines.append(p)
        if line.endswith(".") and not line.endswith(";"):
            break
    return Recipients(label, colon, inline, lines)


def _recipients_or_skip(ctx: Context) -> Recipients | Outcome:
    found = recipients(ctx)
    if found is None:
        return Rule.skip("no «Kính gửi» line found")
    return found


class DispatchWithoutKinhGui(Rule):
    """A công văn names its recipients after "Kính gửi".

    A công văn (and a tờ trình or báo cáo sent upwards) has the first part of its
    recipients in ô 9a: the words "Kính gửi", then the bodies or persons who act on it
    (Phụ lục I, Phần I, Mục II, khoản 9.b and 9.d).

    Wrong: a công văn whose body starts under the V/v line with no "Kính gửi:"

    Right: `Kính gửi: Ủy ban nhân dân các huyện, thành phố.`
    """

    code = "RC001"
    name = "dispatch-without-kinh-gui"
    component = "recipients"
    message = "{where}: a công văn without «Kính gửi»; expected {expected}"
    message_vi = "{where}: công văn không có phần «Kính gửi»; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not is_dispatch(ctx):
            yield self.skip("not a công văn")
            return
        label = _kinh_gui(ctx)
        if label is not None:
            yield self.ok(where(label, "Kính gửi"))
        else:
            anchor = ctx.layout.body[0] if ctx.layout.body else None
            yield self.fail(where(anchor, "before the body"), "no «Kính gửi» line",
                            "«Kính gửi: …» above the body")  # fmt: skip


class SingleRecipientOnOwnLine(Rule):
    """A single recipient stands on the "Kính gửi" line.

    "If the document is sent to one body or person, the words 'Kính gửi' and its name are
    set on one line" (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `Kính gửi:` / `Bộ Tài chính.`

    Right: `Kính gửi: Bộ Tài chính.`
    """

    code = "RC002"
    name = "single-recipient-on-own-line"
    component = "recipients"
    message = "{where}: the only recipient «{found}» is on its own line; write «{expected}»"
    message_vi = "{where}: nơi nhận duy nhất «{found}» xuống dòng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        place = where(block.label, "Kính gửi")
        if block.count != 1:
            yield self.skip("not a single recipient")
        elif block.inline:
            yield self.ok(place)
        else:
            name = _text(block.lines[0]).lstrip("-– ")
            yield self.fail(place, name, f"Kính gửi: {name}")


class SeveralRecipientsOnLabelLine(Rule):
    """With several recipients, none stands on the "Kính gửi" line.

    "If it is sent to two or more, the line breaks and each body, person or group is set
    on a line of its own" (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `Kính gửi: - Sở Tài chính;` / `- Sở Nội vụ.`

    Right: `Kính gửi:` / `- Sở Tài chính;` / `- Sở Nội vụ.`
    """

    code = "RC003"
    name = "several-recipients-on-label-line"
    component = "recipients"
    message = "{where}: «{found}» stands on the «Kính gửi» line; {expected}"
    message_vi = "{where}: «{found}» trình bày cùng dòng «Kính gửi»; {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        place = where(block.label, "Kính gửi")
        if block.count < 2:
            yield self.skip("fewer than two recipients")
        elif block.inline:
            yield self.fail(place, block.inline, "put each recipient on a line of its own")
        else:
            yield self.ok(place)


def _several(block: Recipients) -> list[ParaInfo] | None:
    return block.lines if block.count >= 2 and len(block.lines) >= 1 else None


class RecipientsWithoutDash(Rule):
    """Each of several recipients starts with a dash.

    With several recipients each line starts with a dash (-), the dashes aligned under
    the colon of "Kính gửi" (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `Kính gửi:` / `Sở Tài chính;` / `Sở Nội vụ.`

    Right: `Kính gửi:` / `- Sở Tài chính;` / `- Sở Nội vụ.`
    """

    code = "RC004"
    name = "recipients-without-dash"
    component = "recipients"
    message = "{where}: the recipient line «{found}» has no leading dash; write «{expected}»"
    message_vi = "{where}: dòng nơi nhận «{found}» thiếu gạch đầu dòng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        lines = _several(block)
        if lines is None:
            yield self.skip("fewer than two recipients")
            return
        checked = False
        for p in lines:
            if "list" in (p.style_name or "").lower():
                continue  # a Word list may draw the dash as its bullet: not in the text
            checked = True
            if not _text(p).startswith(_DASHES):
                yield self.fail(where(p, "Kính gửi"), _text(p), f"- {_text(p)}")
                return
        if checked:
            yield self.ok(where(block.label, "Kính gửi"))
        else:
            yield self.skip("the recipient lines are a Word list (its bullets are not read)")


class RecipientLineWithoutSemicolon(Rule):
    """Each recipient line but the last ends with a semicolon.

    With several recipients "each line ends with a semicolon (;), the last line with a
    full stop (.)" (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `- Sở Tài chính` / `- Sở Nội vụ.`

    Right: `- Sở Tài chính;` / `- Sở Nội vụ.`
    """

    code = "RC005"
    name = "recipient-line-without-semicolon"
    component = "recipients"
    message = "{where}: the recipient line «{found}» does not end with «;»"
    message_vi = "{where}: dòng nơi nhận «{found}» không kết thúc bằng dấu «;»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        lines = _several(block)
        if lines is None or len(lines) < 2:
            yield self.skip("fewer than two recipient lines")
            return
        for p in lines[:-1]:
            if not _text(p).endswith(";"):
                yield self.fail(where(p, "Kính gửi"), _text(p), "…;")
                return
        yield self.ok(where(block.label, "Kính gửi"))


class LastRecipientWithoutPeriod(Rule):
    """The last recipient line ends with a full stop.

    With several recipients "the last line ends with a full stop (.)" (Phụ lục I, Phần I,
    Mục II, khoản 9.d).

    Wrong: `- Sở Tài chính;` / `- Sở Nội vụ;`

    Right: `- Sở Tài chính;` / `- Sở Nội vụ.`
    """

    code = "RC006"
    name = "last-recipient-without-period"
    component = "recipients"
    message = "{where}: the last recipient line «{found}» does not end with «.»"
    message_vi = "{where}: dòng nơi nhận cuối «{found}» không kết thúc bằng dấu «.»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        lines = _several(block)
        if lines is None:
            yield self.skip("fewer than two recipients")
            return
        last = lines[-1]
        if _text(last).endswith("."):
            yield self.ok(where(last, "Kính gửi"))
        else:
            yield self.fail(where(last, "Kính gửi"), _text(last), "….")


class KinhGuiWithoutColon(Rule):
    """A colon follows "Kính gửi".

    "After the words 'Kính gửi' there is a colon (:)" (Phụ lục I, Phần I, Mục II,
    khoản 9.d).

    Wrong: `Kính gửi Bộ Tài chính.`

    Right: `Kính gửi: Bộ Tài chính.`
    """

    code = "RC007"
    name = "kinh-gui-without-colon"
    component = "recipients"
    message = "{where}: no colon after «Kính gửi»; write «{expected}»"
    message_vi = "{where}: thiếu dấu hai chấm sau «Kính gửi»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        block = _recipients_or_skip(ctx)
        if isinstance(block, Outcome):
            yield block
            return
        place = where(block.label, "Kính gửi")
        if block.colon:
            yield self.ok(place)
        else:
            yield self.fail(place, _text(block.label), f"Kính gửi: {block.inline}".rstrip())


# ----------------------------------------------------------------------------- body (BD)


def _body_or_skip(ctx: Context, *, basis: bool = True) -> list[ParaInfo] | Outcome:
    if not has_header(ctx):
        return Rule.skip("no header of an administrative document found")
    from vnadmin_docs.validate.rules.forms import telegram_recipients

    recipients = {id(p) for p in telegram_recipients(ctx)}  # Mẫu 1.6: not the content
    paragraphs = _prose([p for p in (*ctx.layout.body, *(ctx.layout.basis if basis else []))
                         if id(p) not in recipients])  # fmt: skip
    if not paragraphs:
        return Rule.skip("no body paragraphs found")
    return paragraphs


class BodyParagraphSpacingTooSmall(Rule):
    """Body paragraphs are at least 6 pt apart.

    "The space between paragraphs is at least 6 pt" (Phụ lục I, Phần I, Mục II, khoản 6.e):
    the space after one paragraph and the space before the next add up to it.

    Wrong: body paragraphs with 0 pt before and 0 pt after

    Right: 6 pt after each body paragraph (or 6 pt before each)
    """

    code = "BD001"
    name = "body-paragraph-spacing-too-small"
    component = "body"
    message = "{where}: {found} between paragraphs; expected at least {expected}"
    message_vi = "{where}: khoảng cách giữa các đoạn {found}; tối thiểu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        body = _body_or_skip(ctx)
        if isinstance(body, Outcome):
            yield body
            return
        least = ctx.standard.body_space_after_min_pt
        pairs = [(p, q) for p, q in itertools.pairwise(body) if q.index == p.index + 1]
        if not pairs:
            yield self.skip("no two body paragraphs follow each other")
            return
        for p, q in pairs:
            gap = (p.space_after + q.space_before) / _TWIPS_PER_PT
            if gap < least - 1e-6:
                yield self.fail(where(q, "Nội dung"), f"{gap:g} pt", f"{least:g} pt")
            else:
                yield self.ok(where(q, "Nội dung"))


class BodyLineSpacingOutOfRange(Rule):
    """Body line spacing lies between single and 1.5 lines.

    "The space between lines is at least single, at most 1.5 lines" (Phụ lục I, Phần I,
    Mục II, khoản 6.e). Fixed spacings in points are the concern of BD003.

    Wrong: body set double-spaced (2.0 lines) or at 0.9 lines

    Right: body at 1.0, 1.15 or 1.5 lines
    """

    code = "BD002"
    name = "body-line-spacing-out-of-range"
    component = "body"
    locator = _BODY_LOCATOR
    message = "{where}: line spacing {found}; expected {expected}"
    message_vi = "{where}: giãn dòng {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        body = _body_or_skip(ctx)
        if isinstance(body, Outcome):
            yield body
            return
        allowed = ctx.standard.body_line_spacing
        checked = [p for p in body if p.line_rule in (None, "auto")]
        if not checked:
            yield self.skip("every body paragraph has a fixed line spacing (see BD003)")
            return
        for p in checked:
            lines = (p.line or 240) / 240
            if round(lines, 2) in allowed:
                yield self.ok(where(p, "Nội dung"))
            else:
                yield self.fail(where(p, "Nội dung"), f"{lines:.2f} lines",
                                allowed.describe("lines"))  # fmt: skip


class BodyExactLineSpacing(Rule):
    """Fixed ("exactly") body line spacing is used only where the standard allows it.

    Decree 30/2020 sets the body's line spacing as a multiple of single (Phụ lục I, Phần I,
    Mục II, khoản 6.e), with no fixed spacing in points; Circular 01/2011 also allowed
    "exactly" spacing of at least 15 pt (Điều 11). Spacing "at least" some points is not
    judged here.

    Wrong: under Decree 30, body lines set "Exactly 15 pt"; under Circular 01, "Exactly 13 pt"

    Right: body lines at 1.15 lines; under Circular 01 also "Exactly 15 pt" or more
    """

    code = "BD003"
    name = "body-exact-line-spacing"
    component = "body"
    locator = _BODY_LOCATOR
    message = "{where}: line spacing exactly {found}; {expected}"
    message_vi = "{where}: giãn dòng cố định {found}; {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        body = _body_or_skip(ctx)
        if isinstance(body, Outcome):
            yield body
            return
        least = ctx.standard.body_exact_line_pt_min
        if least is None:
            expected = f"{ctx.standard.title} allows no fixed line spacing"
        else:
            expected = f"at least {least:g} pt"
        for p in body:
            if p.line_rule != "exact" or p.line is None:
                continue
            points = p.line / _TWIPS_PER_PT
            if least is None or points < least - 1e-6:
                yield self.fail(where(p, "Nội dung"), f"{points:g} pt", expected)
                return
        yield self.ok(where(body[0], "Nội dung"))


# Word users who type "1,25 cm" get 709 twips against the 720 of 1.27 cm; 0.25 mm (14 twips)
# cannot be seen on paper, so it is the tolerance.
_INDENT_TOLERANCE = 14


class BodyIndentWrong(Rule):
    """The first line of a body paragraph is indented 1 cm or 1.27 cm.

    "At a new paragraph the first word is indented 1 cm or 1.27 cm" (Phụ lục I, Phần I,
    Mục II, khoản 6.e); the check allows 0.25 mm either way, so Word's "1.25 cm" passes.
    Paragraphs indented with a tab or spaces are not judged.

    Wrong: body paragraphs with no first-line indent, or indented 2 cm

    Right: body paragraphs with a first-line indent of 1 cm or 1.27 cm
    """

    code = "BD004"
    name = "body-indent-wrong"
    component = "body"
    locator = _BODY_LOCATOR
    message = "{where}: first line indented {found}; expected {expected}"
    message_vi = "{where}: lùi đầu dòng {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        body = _body_or_skip(ctx, basis=False)
        if isinstance(body, Outcome):
            yield body
            return
        allowed = [cm * _TWIPS_PER_CM for cm in ctx.standard.body_indent_cm]
        expected = " or ".join(f"{cm:g} cm" for cm in ctx.standard.body_indent_cm)
        checked = [p for p in body if not p.text[:1].isspace()]
        if not checked:
            yield self.skip("every body paragraph is indented with tabs or spaces")
            return
        for p in checked:
            start = p.left + p.first_line - p.hanging
            if any(abs(start - a) <= _INDENT_TOLERANCE for a in allowed):
                yield self.ok(where(p, "Nội dung"))
            else:
                yield self.fail(where(p, "Nội dung"), f"{start / _TWIPS_PER_CM:.2f} cm", expected)


def last_body_paragraph(ctx: Context) -> tuple[ParaInfo, str] | Outcome:
    """The body's last paragraph and its text (where the end mark stands), or the skip."""
    body = _body_or_skip(ctx, basis=False)
    if isinstance(body, Outcome):
        return body
    return body[-1], _text(body[-1])


class BodyWithoutClosingMark(Rule):
    """The body ends with "./.".

    The models of Phụ lục III end the content with "./." after its last sentence, so that
    nothing can be added after it; a missing mark is a warning, not a breach of Phụ lục I.

    Wrong: `Yêu cầu các đơn vị, địa phương triển khai thực hiện.`

    Right: `Yêu cầu các đơn vị, địa phương triển khai thực hiện./.`
    """

    code = "BD005"
    name = "body-without-closing-mark"
    severity = Severity.WARNING
    component = "body"
    locator = _MODELS_LOCATOR
    message = "{where}: the body ends «…{found}» without «./.»"
    message_vi = "{where}: nội dung kết thúc «…{found}» không có dấu «./.»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        found = last_body_paragraph(ctx)
        if isinstance(found, Outcome):
            yield found
            return
        last, text = found
        if text.endswith("./."):
            yield self.ok(where(last, "Nội dung"))
        else:
            yield self.fail(where(last, "Nội dung"), text[-30:], "./.")


class EndMarkAfterPeriod(Rule):
    """The end mark closes the last sentence once: «./.», not «../.».

    The models of Phụ lục III end the content with "./." straight after the last word: the
    sentence's own full stop is the mark's first character. A full stop typed before the
    mark prints two (a writer appending "./." to a sentence that already ends with ".").

    Wrong: `Yêu cầu các đơn vị, địa phương triển khai thực hiện../.`

    Right: `Yêu cầu các đơn vị, địa phương triển khai thực hiện./.`
    """

    code = "BD013"
    name = "end-mark-after-period"
    severity = Severity.WARNING
    component = "body"
    locator = _MODELS_LOCATOR
    message = "{where}: the body ends «…{found}»: a full stop stands before «./.»"
    message_vi = "{where}: nội dung kết thúc «…{found}»: thừa dấu chấm trước dấu «./.»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        found = last_body_paragraph(ctx)
        if isinstance(found, Outcome):
            yield found
            return
        last, text = found
        if not text.endswith("./."):
            yield self.skip("the body does not end with «./.»")
        elif _DOUBLED_STOP.search(text):
            yield self.fail(where(last, "Nội dung"), text[-30:], "./.")
        else:
            yield self.ok(where(last, "Nội dung"))


_DOUBLED_STOP = re.compile(r"(?<![.…])\.\s*\./\.$")
"""A sentence's full stop and then the whole end mark; a row of dots (a placeholder of the
samples, «……./.») is not one."""


_BASIS_WORDS = ("Căn cứ", "Theo", "Xét", "Thực hiện")


def basis_lines(ctx: Context) -> list[ParaInfo]:
    """The căn cứ lines of a typed document: between the type name and "QUYẾT ĐỊNH:"."""
    found = type_name_paragraph(ctx)
    start = found[0].index if found else (ctx.layout.basis[0].index - 1 if ctx.layout.basis
                                          else None)  # fmt: skip
    if start is None:
        return []
    lines: list[ParaInfo] = []
    for p in ctx.info.paragraphs[start + 1 : start + 40]:
        text = _text(p)
        if text.endswith(":") and _is_upper(text):
            return lines
        if text.startswith(_BASIS_WORDS) and not p.bold:
            lines.append(p)
    return []  # no "QUYẾT ĐỊNH:" line: no basis block


def _basis_or_skip(ctx: Context) -> list[ParaInfo] | Outcome:
    if not has_header(ctx):
        return Rule.skip("no header of an administrative document found")
    if is_dispatch(ctx):
        return Rule.skip("a công văn has no căn cứ block")
    lines = basis_lines(ctx)
    if not lines:
        return Rule.skip("no căn cứ lines found")
    return lines


class BasisLineWithoutSemicolon(Rule):
    """Each căn cứ line but the last ends with a semicolon.

    "After each basis the line breaks, and the line ends with a semicolon (;)" (Phụ lục I,
    Phần I, Mục II, khoản 6.a).

    Wrong: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025`

    Right: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;`
    """

    code = "BD006"
    name = "basis-line-without-semicolon"
    component = "basis"
    message = "{where}: the căn cứ line «…{found}» does not end with «;»"
    message_vi = "{where}: dòng căn cứ «…{found}» không kết thúc bằng dấu «;»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        lines = _basis_or_skip(ctx)
        if isinstance(lines, Outcome):
            yield lines
            return
        if len(lines) < 2:
            yield self.skip("a single căn cứ line")
            return
        for p in lines[:-1]:
            if not _text(p).endswith(";"):
                yield self.fail(where(p, "Căn cứ"), _text(p)[-40:], ";")
                return
        yield self.ok(where(lines[0], "Căn cứ"))


class BasisLastWithoutPeriod(Rule):
    """The last căn cứ line ends with a full stop.

    "… the last line ends with a full stop (.)" (Phụ lục I, Phần I, Mục II, khoản 6.a).

    Wrong: `Theo đề nghị của Giám đốc Sở Nội vụ;` / `QUYẾT ĐỊNH:`

    Right: `Theo đề nghị của Giám đốc Sở Nội vụ.` / `QUYẾT ĐỊNH:`
    """

    code = "BD007"
    name = "basis-last-without-period"
    component = "basis"
    message = "{where}: the last căn cứ line «…{found}» does not end with «.»"
    message_vi = "{where}: dòng căn cứ cuối «…{found}» không kết thúc bằng dấu «.»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        lines = _basis_or_skip(ctx)
        if isinstance(lines, Outcome):
            yield lines
            return
        last = lines[-1]
        if _text(last).endswith("."):
            yield self.ok(where(last, "Căn cứ"))
        else:
            yield self.fail(where(last, "Căn cứ"), _text(last)[-40:], ".")


_ARTICLE = re.compile(r"^Điều\s+(?P<number>\d+)\s*(?P<mark>[.:])")


class ArticleLabelWithColon(Rule):
    """An article's number is followed by a full stop, not a colon.

    "The article number is in Arabic digits, followed by a full stop (.)" (Phụ lục I,
    Phần I, Mục II, khoản 6.đ).

    Wrong: `Điều 1: Phạm vi điều chỉnh`

    Right: `Điều 1. Phạm vi điều chỉnh`
    """

    code = "BD008"
    name = "article-label-with-colon"
    component = "article"
    message = "{where}: «{found}»; write «{expected}»"
    message_vi = "{where}: «{found}»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        seen = None
        for p in _main_text(ctx):
            match = _ARTICLE.match(_text(p)) if p.table is None else None
            if match is None:
                continue
            seen = seen or p
            if match["mark"] == ":":
                yield self.fail(where(p, "Điều"), f"Điều {match['number']}:",
                                f"Điều {match['number']}.")  # fmt: skip
                return
        if seen is None:
            yield self.skip("no article (Điều) found")
        else:
            yield self.ok(where(seen, "Điều"))


_HEADING = re.compile(
    r"^(?P<word>Chương|Phần|Tiểu mục|Mục)\s+(?P<number>[0-9]+|[IVXLCDM]+)(?![^\W_])(?P<rest>.*)$",
    re.IGNORECASE,
)


def _headings(ctx: Context, words: Sequence[str]) -> Iterator[tuple[ParaInfo, str, str]]:
    """Heading lines «Chương II», «Mục 1: …» of the body and attachments."""
    for p in _main_text(ctx):
        if p.table is not None:
            continue  # a table may show "Chương 1" as a sample or a cell label
        text = _text(p)
        match = _HEADING.match(text)
        if match is None or len(text) > 150 or match["word"].lower() not in words:
            continue
        rest = match["rest"].strip()
        if rest and rest[0] not in ".:-–" and not p.bold and p.align != "center":
            continue  # running text that happens to start "Phần 1 của …"
        yield p, match["word"], match["number"]


def _roman(number: int) -> str:
    """A number in Roman numerals (chữ số La Mã), 1 to 3999; ``""`` outside that range.

    Arithmetic: the number comes from the file and may be huge («Chương 99999999999»).
    """
    if not 0 < number < 4000:
        return ""
    digits = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out: list[str] = []
    for value, letters in digits:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _as_roman(number: str) -> str:
    """The Roman numeral for a number written in digits, or a description when there is none."""
    return _roman(bounded_int(number) or 0) or "a Roman numeral"


class ChapterNumberNotRoman(Rule):
    """Parts and chapters are numbered with Roman numerals.

    "The numbers of parts and chapters are Roman numerals" (Phụ lục I, Phần I, Mục II,
    khoản 6.đ).

    Wrong: `Chương 1`, `CHƯƠNG 2: NHỮNG YÊU CẦU CHUNG`, `Phần 1`

    Right: `Chương I`, `Chương II`, `Phần I`
    """

    code = "BD009"
    name = "chapter-number-not-roman"
    component = "heading_label"
    message = "{where}: «{found}»; parts and chapters take Roman numerals: «{expected}»"
    message_vi = "{where}: «{found}»; số thứ tự phần, chương dùng chữ số La Mã: «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        seen = None
        for p, word, number in _headings(ctx, ("chương", "phần")):
            seen = seen or p
            if number.isdecimal():
                yield self.fail(where(p, word), f"{word} {number}",
                                f"{word} {_as_roman(number)}")  # fmt: skip
                return
        if seen is None:
            yield self.skip("no part or chapter heading found")
        else:
            yield self.ok(where(seen, "Chương"))


class SectionNumberNotArabic(Rule):
    """Sections and subsections are numbered with Arabic digits.

    "The numbers of sections (mục) and subsections (tiểu mục) are Arabic digits" (Phụ lục I,
    Phần I, Mục II, khoản 6.đ); Roman numerals belong to parts and chapters.

    Wrong: `Mục I`, `Tiểu mục II`

    Right: `Mục 1`, `Tiểu mục 2`
    """

    code = "BD010"
    name = "section-number-not-arabic"
    component = "heading_label"
    message = "{where}: «{found}»; sections take Arabic digits"
    message_vi = "{where}: «{found}»; số thứ tự mục, tiểu mục dùng chữ số Ả Rập"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        seen = None
        for p, word, number in _headings(ctx, ("mục", "tiểu mục")):
            seen = seen or p
            if not number.isdecimal():
                yield self.fail(where(p, word), f"{word} {number}", "Arabic digits")
                return
        if seen is None:
            yield self.skip("no section (Mục) heading found")
        else:
            yield self.ok(where(seen, "Mục"))


_POINT = re.compile(r"^(?P<letter>[a-zđ])\)\s")
_NOT_VIETNAMESE = frozenset("fjwz")


class PointLetterNotVietnamese(Rule):
    """Points are lettered with the Vietnamese alphabet.

    "The points of a clause are ordered by the letters of the Vietnamese alphabet, followed
    by a closing parenthesis" (Phụ lục I, Phần I, Mục II, khoản 6.đ): a, b, c, d, đ, e, g,
    h, i, k, …; f, j, w and z are not Vietnamese letters.

    Wrong: `a)`, `b)`, `c)`, `d)`, `e)`, `f)`

    Right: `a)`, `b)`, `c)`, `d)`, `đ)`, `e)`, `g)`
    """

    code = "BD011"
    name = "point-letter-not-vietnamese"
    component = "body"
    locator = _POINT_LOCATOR
    message = "{where}: the point «{found}» uses a letter outside the Vietnamese alphabet"
    message_vi = "{where}: điểm «{found}» dùng chữ cái không thuộc bảng chữ cái tiếng Việt"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        seen = None
        for p in _prose(_main_text(ctx)):
            match = _POINT.match(_text(p))
            if match is None:
                continue
            seen = seen or p
            if match["letter"] in _NOT_VIETNAMESE:
                yield self.fail(where(p, "Điểm"), f"{match['letter']})", "a, b, c, d, đ, e, g, …")
                return
        if seen is None:
            yield self.skip("no lettered point found")
        else:
            yield self.ok(where(seen, "Điểm"))


CENTRE_TOLERANCE_MM = 0.5
"""How far the centre of a centred line may stand from its cell's or text area's centre
(the issue's ±0.5 mm; a first-line indent of 1.27 cm moves it 6.35 mm)."""
_MM_PER_TWIP = MM_PER_PT / 20
_ALIGN_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II (the lines set canh giữa, centred: "
    "khoản 1–5, 6.đ, 7.đ) and Mục III, khoản 1.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 6–12 and 15 (the lines set centred)",
}


_COLUMN_KEYS = ("national_name", "national_motto", "parent_agency", "agency", "number",
                "place_date", "dispatch_subject", "signature_title", "signer",
                "distribution_label", "distribution", "signature_marks")  # fmt: skip
"""The header's and closing's lines, which offices without a table set in a column of the
page by their left and right indents: only their first-line indent is judged there."""


def _first_line_breaks_early(ctx: Context, p: ParaInfo) -> bool:
    """Whether a first-line indent makes the paragraph's first line break sooner."""
    geometry = ctx.geometry()
    width = available_twips(p, ctx.info, geometry)
    size, bold = float(p.size or 12.0), bool(p.bold)
    first = p.text.split("\n", 1)[0]
    indent = p.first_line - p.hanging
    plain = text_lines(first, width, size, bold=bold)
    indented = text_lines(first, max(width - indent, 1), size, bold=bold)
    return plain[:1] != indented[:1]


class CentredLineOffCentre(Rule):
    """Centred lines stand in the middle of their cell or text area.

    Most lines of the layout are "canh giữa" — centred (the Quốc hiệu, Tiêu ngữ, agency,
    type name, trích yếu, headings, "QUYẾT ĐỊNH:", the signature block; Phụ lục I, Phần I,
    Mục II). A centred paragraph is centred between its indents: a first-line indent left
    from the body's style (1.27 cm) moves its first line 6.35 mm right of the middle, unequal
    left and right indents or cell margins move every line. The rule takes each centred
    paragraph of the document's body and header with its indents from its style and direct
    formatting, and its cell's margins, and fails when the centre of a line moves more than
    0.5 mm. Outside a table, the header's and the signature's lines are often set in their
    column by left and right indents: for them only the first-line indent is judged. A
    right-aligned paragraph with a first-line indent fails when the indent makes
    its first line break sooner than the others (a right-aligned single line stays flush
    right in Word and LibreOffice whatever its first-line indent). Paragraphs that hold tabs
    are not judged.

    Wrong: `QUYẾT ĐỊNH:` centred with the body's first-line indent of 1.27 cm (6.4 mm right
    of centre)

    Right: `QUYẾT ĐỊNH:` centred with `<w:ind w:firstLine="0"/>`
    """

    code = "BD012"
    name = "centred-line-off-centre"
    locator = _ALIGN_LOCATOR
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        geometry = ctx.geometry()
        layout = ctx.layout
        placed = {id(p) for key in _COLUMN_KEYS for p in layout.component(key)}
        checked = False
        for p in ctx.info.paragraphs:
            if p.align not in ("center", "right") or not p.visible_text or "\t" in p.text:
                continue
            if p.part != "word/document.xml":
                continue
            checked = True
            place = where(p)
            if p.align == "right":
                if (p.first_line or p.hanging) and _first_line_breaks_early(ctx, p):
                    indent = (p.first_line - p.hanging) * _MM_PER_TWIP
                    yield self.fail(place, f"right-aligned with a first-line indent of "
                                    f"{indent:.1f} mm that breaks its first line early",
                                    "no first-line indent on a right-aligned line")  # fmt: skip
                else:
                    yield self.ok(place)
                continue
            cell = geometry.cell(p) if geometry is not None else None
            margins = (cell.margins["left"] - cell.margins["right"]) / 2 if cell else 0.0
            sides = (p.left - p.right) / 2 + margins
            if cell is None and id(p) in placed:
                sides = 0.0  # a header or closing line set in its column by its indents
            first = sides + (p.first_line - p.hanging) / 2
            rest = sides
            shift = first
            if (
                abs(rest) > abs(first)
                and len(
                    text_lines(
                        p.text,
                        available_twips(p, ctx.info, geometry),
                        float(p.size or 12.0),
                        bold=bool(p.bold),
                    )
                )
                > 1
            ):
                shift = rest  # fmt: skip
            shift_mm = shift * _MM_PER_TWIP
            if abs(shift_mm) <= CENTRE_TOLERANCE_MM + 1e-9:
                yield self.ok(place)
                continue
            side = "right" if shift_mm > 0 else "left"
            cause = []
            if p.first_line or p.hanging:
                cause.append(
                    f"first-line indent {(p.first_line - p.hanging) * _MM_PER_TWIP:.1f} mm"
                )
            if p.left or p.right:
                cause.append(f"indents {p.left * _MM_PER_TWIP:.1f} mm left, "
                             f"{p.right * _MM_PER_TWIP:.1f} mm right")  # fmt: skip
            if margins:
                cause.append("unequal cell margins")
            yield self.fail(place, f"centred {abs(shift_mm):.1f} mm {side} of the middle "
                            f"({'; '.join(cause)})",
                            f"the line's centre within {CENTRE_TOLERANCE_MM:g} mm of its "
                            "cell's or text area's")  # fmt: skip
        if not checked:
            yield self.skip("no centred or right-aligned paragraph")


# ----------------------------------------------------------------------------- capitals (CP)


_LAST: list[tuple[object, list[ParaInfo]]] = []
"""The running text of the last document looked at (the CP rules all read it)."""


def _running_text(ctx: Context) -> list[ParaInfo]:
    if _LAST and _LAST[0][0] is ctx.layout:
        return _LAST[0][1]
    found = _find_running_text(ctx)
    _LAST[:] = [(ctx.layout, found)]
    return found


def _find_running_text(ctx: Context) -> list[ParaInfo]:
    layout = ctx.layout
    lines = [*layout.subject, *layout.dispatch_subject, *layout.recipients]
    return sorted(
        {p.index: p for p in [*_prose(_main_text(ctx)), *lines]
         if not _is_upper(_text(p))}.values(),
        key=lambda p: p.index,
    )  # fmt: skip


# Names of bodies as Phụ lục II writes them: the words in small letters are those a
# title-cased name wrongly capitalises.
_AGENCY_NAMES = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ban Chấp hành", "Ban Thường vụ", "Ban Chỉ đạo",
    "Mặt trận Tổ quốc", "Văn phòng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Công an tỉnh",
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng",
    "Bộ Nội vụ", "Bộ Tài chính", "Bộ Tư pháp", "Bộ Y tế", "Bộ Xây dựng", "Bộ Công an",
    "Bộ Quốc phòng", "Bộ Ngoại giao",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    return tone_insensitive_key(word)


_NAMES_BY_FIRST: dict[str, list[list[str]]] = {}
for _name in _AGENCY_NAMES:
    _NAMES_BY_FIRST.setdefault(_word_key(_name.split()[0]), []).append(_name.split())


def _title_cased(text: str) -> tuple[str, str] | None:
    words = list(_WORD.finditer(text))
    keys = [_word_key(w.group()) for w in words]
    for i, key in enumerate(keys):
        for canon in _NAMES_BY_FIRST.get(key, ()):
            run = words[i : i + len(canon)]
            if len(run) < len(canon) or keys[i : i + len(canon)] != [_word_key(c) for c in canon]:
                continue
            if any(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)):
                continue  # "tỉnh, Ủy ban": the words do not run on
            found = [w.group() for w in run]
            if all(f == upper(f) for f in found):
                continue  # written in capitals: not title case
            if any(c[0].islower() and f[0].isupper() for c, f in zip(canon, found, strict=True)):
                span = text[run[0].start() : run[-1].end()]
                return span, " ".join([found[0], *canon[1:]])
    return None


class AgencyNameTitleCase(Rule):
    """Names of bodies in running text capitalise only their first and naming words.

    Phụ lục II (Mục IV.1) capitalises the first letter of the words that name the kind,
    function or field of a body, not every word: "Ủy ban nhân dân tỉnh", "Sở Tài chính",
    "Ban Thường vụ Tỉnh ủy".

    Wrong: `Ủy Ban Nhân Dân Tỉnh đề nghị …`, `gửi Sở Tài Chính`

    Right: `Ủy ban nhân dân tỉnh đề nghị …`, `gửi Sở Tài chính`
    """

    code = "CP001"
    name = "agency-name-title-case"
    locator = _CP_LOCATOR
    message = "{where}: «{found}» capitalises every word; write «{expected}»"
    message_vi = "{where}: «{found}» viết hoa mọi chữ; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        paragraphs = _running_text(ctx)
        if not has_header(ctx) or not paragraphs:
            yield self.skip("no running text found")
            return
        for p in paragraphs:
            wrong = _title_cased(_text(p))
            if wrong is not None:
                yield self.fail(where(p), wrong[0], wrong[1])
                return
        yield self.ok(where(paragraphs[0]))


_CAPITAL_CLAUSE = re.compile(
    r"(?P<prev>\S{1,8})\s+(?P<word>Khoản|Điểm)\s+(?P<ref>\d+[a-zđ]?|[a-zđ])(?![^\W_])"
)
r"""«… theo Khoản 2 …». Only the last characters of the word before matter (does it end a
sentence, is it a short label like «1.»), so at most 8 are taken: an unbounded ``\S+`` is
retried from every position of a long run of non-spaces (quadratic time)."""


# A word after which a sentence (or a list item) begins: ".", "!", "?", ":", a closing
# quote, a dash or bullet, or a label such as "1." or "a)".
_SENTENCE_START = re.compile(r"^(.*[.!?:\"”]|[-–+*•]|\w{1,3}[.)])$")


class CrossReferenceCapitalised(Rule):
    """Clauses and points are not capitalised in cross-references.

    Phụ lục II (Mục V.7) capitalises Phần, Chương, Mục, Tiểu mục and Điều in a reference,
    not "khoản" and "điểm": "điểm a khoản 2 Điều 103".

    Wrong: `theo Khoản 2 Điều 3`, `tại Điểm a Khoản 1 Điều 5`

    Right: `theo khoản 2 Điều 3`, `tại điểm a khoản 1 Điều 5`
    """

    code = "CP002"
    name = "cross-reference-capitalised"
    locator = _CP_LOCATOR
    message = "{where}: «{found}» inside a sentence; write «{expected}»"
    message_vi = "{where}: «{found}» trong câu; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        paragraphs = _running_text(ctx)
        if not has_header(ctx) or not paragraphs:
            yield self.skip("no running text found")
            return
        for p in paragraphs:
            for match in _CAPITAL_CLAUSE.finditer(_text(p)):
                if _SENTENCE_START.match(match["prev"]):
                    continue  # "1. Khoản 2 …", "a) Điểm …": the word opens a sentence
                found = f"{match['word']} {match['ref']}"
                yield self.fail(where(p), found, f"{match['word'].lower()} {match['ref']}")
                return
        yield self.ok(where(paragraphs[0]))


_SMALL_ARTICLE = re.compile(r"(?<![^\W_])(?P<word>điều\s+\d+|chương\s+[IVXLC]+)(?![^\W_])")


class ArticleReferenceLowercase(Rule):
    """Articles and chapters are capitalised in cross-references.

    Phụ lục II (Mục V.7) capitalises Phần, Chương, Mục, Tiểu mục and Điều when a text
    refers to them: "khoản 2 Điều 3", "Chương II".

    Wrong: `theo quy định tại khoản 2 điều 3`

    Right: `theo quy định tại khoản 2 Điều 3`
    """

    code = "CP003"
    name = "article-reference-lowercase"
    locator = _CP_LOCATOR
    message = "{where}: «{found}»; write «{expected}»"
    message_vi = "{where}: «{found}»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        paragraphs = _running_text(ctx)
        if not has_header(ctx) or not paragraphs:
            yield self.skip("no running text found")
            return
        for p in paragraphs:
            match = _SMALL_ARTICLE.search(_text(p))
            if match is not None:
                found = match["word"]
                yield self.fail(where(p), found, found[0].upper() + found[1:])
                return
        yield self.ok(where(paragraphs[0]))


# ----------------------------------------------------------------------------- attachments (AT)


_REFERENCE = re.compile(r"\(\s*(?:ban hành\s+)?kèm theo\b", re.IGNORECASE)
_LABEL = re.compile(r"^phụ lục\b\s*(?P<number>[^\s:.]*)", re.IGNORECASE)


def _labelled(attachment: AttachmentLayout) -> bool:
    return attachment.label is not None and _LABEL.match(_text(attachment.label)) is not None


def reference_of(attachment: AttachmentLayout) -> ParaInfo | None:
    """The "(Kèm theo …)" line of an attachment, where found."""
    if attachment.reference is not None:
        return attachment.reference
    head = [*([attachment.label] if attachment.label else []), *attachment.title,
            *attachment.body[:3]]  # fmt: skip
    return next((p for p in head if _REFERENCE.search(_text(p))), None)


def _attachments_or_skip(ctx: Context) -> list[AttachmentLayout] | Outcome:
    if not has_header(ctx) or not (ctx.layout.signer or ctx.layout.signature_title):
        return Rule.skip("no main document with a signature block found")
    if not ctx.layout.attachments:
        return Rule.skip("no attachment found")
    return ctx.layout.attachments


class AttachmentReferenceMissing(Rule):
    """Every appendix carries its "(Kèm theo …)" line.

    "The information on each appendix about the document it goes with: its number, date
    and issuing body" is set under the appendix's title (Phụ lục I, Phần I, Mục III,
    khoản 1.c).

    Wrong: `Phụ lục I` / `BIỂU TỔNG HỢP` / (the table, with no reference line)

    Right: `Phụ lục I` / `BIỂU TỔNG HỢP` / `(Kèm theo Công văn số 07/STC-NS ngày …)`
    """

    code = "AT001"
    name = "attachment-reference-missing"
    component = "appendix_reference"
    message = "{where}: the appendix has no «(Kèm theo …)» line; expected {expected}"
    message_vi = "{where}: phụ lục thiếu dòng «(Kèm theo …)»; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        attachments = _attachments_or_skip(ctx)
        if isinstance(attachments, Outcome):
            yield attachments
            return
        checked = False
        for attachment in attachments:
            reference = reference_of(attachment)
            if reference is not None:
                checked = True
                yield self.ok(where(reference, "Phụ lục"))
            elif _labelled(attachment) and attachment.label is not None:
                checked = True
                yield self.fail(where(attachment.label, "Phụ lục"), "no reference line",
                                "«(Kèm theo <type> số …/… ngày … của …)»")  # fmt: skip
        if not checked:
            yield self.skip("no labelled appendix found")


def _references(ctx: Context) -> list[ParaInfo] | Outcome:
    attachments = _attachments_or_skip(ctx)
    if isinstance(attachments, Outcome):
        return attachments
    found = [r for r in (reference_of(a) for a in attachments) if r is not None]
    if not found:
        return Rule.skip("no «(Kèm theo …)» line found")
    return found


_REF_NUMBER = re.compile(r"\bsố\s*(?::\s*)?(?:(?P<serial>[0-9]+)\s*)?/\s*(?P<notation>[^\s,;)]+)")
"""«số 2452/UBND-TH». No two white-space runs stand side by side: «số» and a long run of
spaces would otherwise be split between them in every way (cubic time)."""


class AttachmentReferenceNumberMismatch(Rule):
    """The appendix's reference line repeats the document's own number.

    The reference line gives the number and notation of the document the appendix goes
    with (Phụ lục I, Phần I, Mục III, khoản 1.c): this document's number line.

    Wrong: `Số: 2452/UBND-TH` … `(Kèm theo Công văn số 2425/UBND-TH …)`

    Right: `Số: 2452/UBND-TH` … `(Kèm theo Công văn số 2452/UBND-TH …)`
    """

    code = "AT002"
    name = "attachment-reference-number-mismatch"
    component = "appendix_reference"
    message = "{where}: the reference gives «{found}»; the document is «{expected}»"
    message_vi = "{where}: dòng chỉ dẫn ghi «{found}»; số, ký hiệu văn bản là «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        references = _references(ctx)
        if isinstance(references, Outcome):
            yield references
            return
        number = number_line(ctx)
        if number is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        own = "".join(number.notation.split())
        expected = f"{number.serial}/{own}"
        checked = False
        for p in references:
            match = _REF_NUMBER.search(_line_text(p))
            if match is None:
                continue
            checked = True
            serials = (match["serial"] or "", number.serial)
            same_serial = not all(serials) or _same_number(*serials)
            if match["notation"] != own or not same_serial:
                yield self.fail(where(p, "Phụ lục"), f"{serials[0]}/{match['notation']}",
                                expected)  # fmt: skip
            else:
                yield self.ok(where(p, "Phụ lục"))
        if not checked:
            yield self.skip("no number in the reference line (left blank)")


def _same_number(first: str, second: str) -> bool:
    """Two serials written in digits name the same number («05» and «5»), however long."""
    return (first.lstrip("0") or "0") == (second.lstrip("0") or "0")


_REF_DATE = re.compile(
    r"^(?:(?!\bngày).)*\bngày(?P<day>(?:(?!tháng).)*)tháng(?P<month>(?:(?!năm).)*)năm"
    r"(?P<year>\s*\d*)",
    re.IGNORECASE | re.MULTILINE,
)
"""«ngày 01 tháng 10 năm 2018»: the first «ngày» of a line, the first «tháng» after it and
the first «năm» after that, each part barred from holding the next word, so there is one way
to match. Where the first «ngày» of a line fails a later one cannot succeed, and retrying from
every «ngày» (``ngày(.*?)tháng(.*?)năm``) takes quadratic time."""
_REF_DIGITS = re.compile(r"\bngày\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})")
_LEADING_NUMBER = re.compile(r"^\s*(\d+)")


def _numbers(*tokens: str) -> list[int | None]:
    values: list[int | None] = []
    for token in tokens:
        match = _LEADING_NUMBER.match(token)
        values.append(bounded_int(match.group(1)) if match else None)
    return values


class AttachmentReferenceDateMismatch(Rule):
    """The appendix's reference line repeats the document's own date.

    The reference line gives the date of issue of the document the appendix goes with
    (Phụ lục I, Phần I, Mục III, khoản 1.c): this document's date line.

    Wrong: `Kon Tum, ngày 01 tháng 10 năm 2021` … `(Kèm theo … ngày 10 tháng 10 năm 2021 …)`

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021` … `(Kèm theo … ngày 01 tháng 10 năm 2021 …)`
    """

    code = "AT003"
    name = "attachment-reference-date-mismatch"
    component = "appendix_reference"
    message = "{where}: the reference is dated «{found}»; the document «{expected}»"
    message_vi = "{where}: dòng chỉ dẫn ghi ngày «{found}»; văn bản ban hành «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        references = _references(ctx)
        if isinstance(references, Outcome):
            yield references
            return
        line = date_line(ctx)
        if line is None:
            yield self.skip("no place-and-date line found")
            return
        own = [DateLine.value(v) for v in (line.day, line.month, line.year)]
        checked = False
        for p in references:
            text = _line_text(p)
            match = _REF_DIGITS.search(text) or _REF_DATE.search(text)
            if match is None:
                continue
            given = _numbers(match["day"], match["month"], match["year"])
            checked = True
            clash = any(
                a is not None and b is not None and a != b for a, b in zip(given, own, strict=True)
            )
            if clash:
                show = "/".join(str(v) if v is not None else "…" for v in given)
                mine = "/".join(str(v) if v is not None else "…" for v in own)
                yield self.fail(where(p, "Phụ lục"), show, mine)
            else:
                yield self.ok(where(p, "Phụ lục"))
        if not checked:
            yield self.skip("no date in the reference line")


_ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _agency_key(text: str) -> str:
    for short, full in _ABBREVIATIONS.items():
        text = re.sub(rf"\b{short}\b", full, text)
    return tone_insensitive_key(text)


class AttachmentReferenceAgencyMismatch(Rule):
    """The appendix's reference line names the document's own issuing body.

    The reference line gives the issuing body of the document the appendix goes with
    (Phụ lục I, Phần I, Mục III, khoản 1.c): the body of ô 2 (or its head, for a document
    its head signs in his or her own name).

    Wrong: `ỦY BAN NHÂN DÂN TỈNH KON TUM` … `(Kèm theo … của Sở Tài chính tỉnh Kon Tum)`

    Right: `ỦY BAN NHÂN DÂN TỈNH KON TUM` … `(Kèm theo … của Ủy ban nhân dân tỉnh Kon Tum)`
    """

    code = "AT004"
    name = "attachment-reference-agency-mismatch"
    component = "appendix_reference"
    message = "{where}: the reference names «{found}»; the document is issued by «{expected}»"
    message_vi = "{where}: dòng chỉ dẫn ghi «{found}»; cơ quan ban hành là «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        references = _references(ctx)
        if isinstance(references, Outcome):
            yield references
            return
        if not ctx.layout.agency:
            yield self.skip("no issuing body (ô 2) found")
            return
        agency = " ".join(_text(p) for p in ctx.layout.agency)
        own = _agency_key(agency)
        checked = False
        for p in references:
            text = _text(p).rstrip(" )")
            if " của " not in text:
                continue
            named = text.rsplit(" của ", 1)[1].strip(" .…")
            if not any(ch.isalpha() for ch in named):
                continue
            checked = True
            key = _agency_key(named)
            if own in key or key in own:
                yield self.ok(where(p, "Phụ lục"))
            else:
                yield self.fail(where(p, "Phụ lục"), named, agency)
        if not checked:
            yield self.skip("no issuing body in the reference line")


class AppendicesNotRoman(Rule):
    """Two or more appendices are numbered with Roman numerals.

    "A document with two or more appendices numbers them with Roman numerals" (Phụ lục I,
    Phần I, Mục III, khoản 1.a).

    Wrong: `Phụ lục 1`, `Phụ lục 2` (or `PHỤ LỤC 01`, `PHỤ LỤC 02`)

    Right: `Phụ lục I`, `Phụ lục II`
    """

    code = "AT005"
    name = "appendices-not-roman"
    component = "appendix_label"
    locator = _APPENDIX_LOCATOR
    message = "{where}: appendix numbered «{found}»; with two or more appendices write «{expected}»"
    message_vi = (
        "{where}: phụ lục đánh số «{found}»; văn bản có từ hai phụ lục phải ghi «{expected}»"
    )

    def check(self, ctx: Context) -> Iterator[Outcome]:
        attachments = _attachments_or_skip(ctx)
        if isinstance(attachments, Outcome):
            yield attachments
            return
        labels: list[tuple[ParaInfo, str]] = []
        for attachment in attachments:
            if attachment.label is None:
                continue
            match = _LABEL.match(_text(attachment.label))
            if match is not None and match["number"]:
                labels.append((attachment.label, match["number"]))
        if len(labels) < 2:
            yield self.skip("fewer than two numbered appendices")
            return
        for paragraph, number in labels:
            if number.isdecimal():
                roman = _roman(bounded_int(number) or 0) or "I"
                yield self.fail(
                    where(paragraph, "Phụ lục"), f"Phụ lục {number}", f"Phụ lục {roman}"
                )
                return
        yield self.ok(where(labels[0][0], "Phụ lục"))


_REF_TYPE = re.compile(r"kèm theo\s+(?P<type>\S.{0,79}?)\s+số\b", re.IGNORECASE)
"""«Kèm theo Công văn số …»: a type name is a few words, so at most 80 characters are tried."""
_NAMES = {tone_insensitive_key(t.vietnamese_name): t for t in DocumentType}


class AttachmentReferenceTypeMismatch(Rule):
    """The appendix's reference line names the document's own type.

    The reference line points to the document the appendix goes with (Phụ lục I, Phần I,
    Mục III, khoản 1.c; the models of Phụ lục III write "Kèm theo Quyết định số …" or
    the general "Kèm theo Văn bản số …").

    Wrong: a công văn whose appendix says `(Kèm theo Quyết định số 2452/UBND-TH …)`

    Right: `(Kèm theo Công văn số 2452/UBND-TH …)` or `(Kèm theo Văn bản số 2452/UBND-TH …)`
    """

    code = "AT006"
    name = "attachment-reference-type-mismatch"
    component = "appendix_reference"
    message = "{where}: the reference names a «{found}»; the document is a «{expected}»"
    message_vi = "{where}: dòng chỉ dẫn ghi «{found}»; văn bản là «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        references = _references(ctx)
        if isinstance(references, Outcome):
            yield references
            return
        kind = document_type(ctx)
        if kind is None:
            yield self.skip("the document's type is not known")
            return
        checked = False
        for p in references:
            match = _REF_TYPE.search(_line_text(p))
            if match is None:
                continue
            named = match["type"].strip()
            if same_words(named, "Văn bản"):
                checked = True
                yield self.ok(where(p, "Phụ lục"))
                continue
            other = _NAMES.get(tone_insensitive_key(named))
            if other is None:
                continue  # not a type name ("Quy định ban hành kèm theo …")
            checked = True
            if other is kind:
                yield self.ok(where(p, "Phụ lục"))
            else:
                yield self.fail(where(p, "Phụ lục"), named, kind.vietnamese_name)
        if not checked:
            yield self.skip("the reference line names no document type")
