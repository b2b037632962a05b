"""Rules: what each form of Phụ lục III must show (FO…).

The rules read which form the document is from what the page shows: the type name line
(``QUYẾT ĐỊNH``, ``BIÊN BẢN LÀM VIỆC`` …), a copy block under a full-width rule
(``SAO Y``, ``TRÍCH SAO``, ``SAO LỤC``), an agency line that joins several issuers with
``" - "`` (a joint document). What each form must hold comes from its row of
``templates/forms.toml`` (:func:`~vnadmin_docs.templates.layout_for`): the fixed words the
sample prints (``QUYẾT ĐỊNH:``, ``Thời gian:``, ``THƯ KÝ``) and the sample's locator. The
Phụ lục I locators are read from the standard's rows; nothing here names the decree.

Messages in Vietnamese are written for a clerk (văn thư) and say the place in Vietnamese
too (đoạn, bảng, hàng, cột); the English message is the same finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from vnadmin_docs.models.documents import CopyKind, DocumentType
from vnadmin_docs.ooxml.read import ParaInfo
from vnadmin_docs.read.components import Layout
from vnadmin_docs.standards import STANDARDS, Standard
from vnadmin_docs.templates import FormLayout, form_layout, layout_for
from vnadmin_docs.validate.engine import Context, Finding, Outcome, Rule, Severity, Status, where
from vnadmin_docs.validate.rules.number_date import document_type, type_name_paragraph
from vnadmin_docs.validate.vi import to_vi
from vnadmin_docs.vietnamese import nfc, tone_insensitive_key, upper

__all__ = [
    "FORMS_SIGNED_ABOVE_LIST",
    "FORMS_WITHOUT_DATE_LINE",
    "ArticleNumberingBroken",
    "CopyBlock",
    "CopyNumberWithoutKind",
    "CopyWithoutFullWidthRule",
    "CopyWithoutPlaceDate",
    "CopyWithoutSignature",
    "EnactingLineWrong",
    "EnactingWithoutBasis",
    "FormRecognised",
    "InvitationWithoutTimeOrPlace",
    "JointDocumentSignatureMissing",
    "MinutesSignaturesMissing",
    "MinutesWithoutChairOrSecretary",
    "SignatureBlockFound",
    "SubjectOnFormWithoutSubject",
    "TelegramWithoutSenderLine",
    "form_key",
    "form_of",
    "signature_blocks",
    "telegram_recipients",
]

# ----------------------------------------------------------------------------- helpers


def _collapse(text: str) -> str:
    return nfc(" ".join(text.split()))


def _key(text: str) -> str:
    return tone_insensitive_key(_collapse(text))


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and "".join(letters) == upper("".join(letters))


def _starts(text: str, prefix: str) -> bool:
    """Whether ``text`` begins with ``prefix``, ignoring case, spacing and tone placement."""
    return _key(text).startswith(_key(prefix))


def _is_mark(text: str) -> bool:
    return text.startswith(("(", "[", "{")) or not text.strip(" .…_")


def _looks_like_name(text: str) -> bool:
    """A signer's name (``Nguyễn Văn A``) or the samples' ``Họ và tên``."""
    words = text.split()
    return (
        1 < len(words) <= 7
        and not _is_upper(text)
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and ":" not in text
        and not text.endswith((".", ";", ","))
    )


def _decree(standard: Standard) -> str:
    """How the standard's rows name their act (``Decree 30/2020``), read from a row."""
    return standard.component("national_name").locator.split(", Phụ lục")[0]


def _row(standard: Standard, key: str) -> str:
    """The locator of the standard's row ``key`` (empty when it has none)."""
    try:
        return standard.component(key).locator
    except KeyError:
        return ""


def _clause(locator: str) -> str:
    """A row's locator cut back to its khoản (``…, khoản 7.đ`` → ``…, khoản 7``)."""
    return re.sub(r"(khoản \d+)\.\w+$", r"\1", locator)


def _vi_where(paragraph: ParaInfo | None, label: str) -> str:
    """:func:`~vnadmin_docs.validate.engine.where`, in Vietnamese (đoạn, bảng, hàng, cột)."""
    if paragraph is None:
        return label or "văn bản"
    place = f"đoạn {paragraph.index + 1}"
    if paragraph.table is not None:
        table, row, column = paragraph.table
        place += f", bảng {table + 1} hàng {row + 1} cột {column + 1}"
    if paragraph.part != "word/document.xml":
        place += f", {paragraph.part}"
    text = paragraph.visible_text
    quoted = f" «{text[:40]}{'…' if len(text) > 40 else ''}»" if text else ""
    return f"{label} ({place}){quoted}" if label else f"{place}{quoted}"


# ----------------------------------------------------------------------------- the form


_TYPE_TITLES = sorted(
    ((upper(t.vietnamese_name), t) for t in DocumentType if t is not DocumentType.CONG_VAN),
    key=lambda item: -len(item[0]),
)
_COPY_WORDS = {_key(kind.words): kind for kind in CopyKind}
_COPY_WORDS_LONGEST = 2 * max(len(kind.words) for kind in CopyKind)
"""Longer paragraphs are not a copy notation: their key need not be made (speed)."""
_AGENCY_WORDS = (
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "SỞ", "BỘ", "BAN", "CỤC", "TỔNG CỤC", "VỤ", "VIỆN",
    "TRƯỜNG", "TRUNG TÂM", "PHÒNG", "VĂN PHÒNG", "CÔNG AN", "TÒA ÁN", "TOÀ ÁN", "KHO BẠC",
    "CHI CỤC", "ĐOÀN", "HỘI", "LIÊN ĐOÀN", "LIÊN HIỆP", "MẶT TRẬN", "TỔNG LIÊN ĐOÀN", "BỘ CHỈ HUY",
    "BỆNH VIỆN", "ĐẠI HỌC", "HỌC VIỆN", "THANH TRA", "KIỂM TOÁN", "ĐÀI", "BẢO HIỂM", "NGÂN HÀNG",
    "QUỸ", "TẬP ĐOÀN", "TỔNG CÔNG TY", "CÔNG TY", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG",
)  # fmt: skip
"""Words an issuer's name begins with: ``SỞ NỘI VỤ - SỞ TÀI CHÍNH`` names two issuers,
``ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU`` one."""
_AGENCY_START = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_AGENCY_WORDS, key=len, reverse=True)) + r")\b"
)
_JOINER = re.compile(r"(?<!\s)\s+[-–]\s+")
"""The joiner of two issuers' names; a run of white space is tried from its start only."""
_DATE = re.compile(
    r"^(?:(?!ngày\b).)*ngày\b(?:(?!\btháng\b).)*\btháng\b(?:(?!\bnăm\b).)*\bnăm\b",
    re.IGNORECASE | re.MULTILINE,
)
"""«ngày … tháng … năm» on one line, matched one way only (as the recogniser's)."""
_NUMBER = re.compile(r"^\s*S[ốỐ](?:\s*:)?(?P<serial>[\d.\s…_]*)/(?P<notation>.*)$")
"""A number line, ``Số: 15/SY-SNV``; one run of white space is taken by one part only (the
serial), so a line of spaces is not split between parts in every way."""
_ARTICLE = re.compile(r"^\s*Điều\s+(?P<number>\d+)\s*[.:]")


@dataclass(slots=True)
class SignatureBlockFound:
    """A signature block found on the page: its title lines and the signer's name."""

    titles: list[ParaInfo]
    title_text: str
    """The title lines joined with spaces (``KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC``)."""
    name: ParaInfo


@dataclass(slots=True)
class CopyBlock:
    """A paper copy's block (Mẫu 3.1): under a full-width rule, after the copied text."""

    kind: CopyKind
    kind_paragraph: ParaInfo
    rule: ParaInfo | None
    """The paragraph that draws the full-width rule above the block, if found."""
    paragraphs: list[ParaInfo]
    """The block's paragraphs, from the rule (or the kind's table) to the end."""


@dataclass(slots=True)
class FormRecognised:
    """Which form a document is, as its page shows it."""

    kind: DocumentType | None
    """The type the type name line names (the copied document's, for a copy)."""
    form: FormLayout | None
    """Its form (``templates/forms.toml``); ``None`` when the type is not known."""
    title: ParaInfo | None
    """The type name line."""
    issuers: tuple[str, ...] = ()
    """The issuers the header's agency line names; more than one: a joint document."""
    copy: CopyBlock | None = None
    main: list[ParaInfo] = field(default_factory=list)
    """The main story after the type name line, up to the copy block or the attachments."""


def _title_line(ctx: Context) -> tuple[ParaInfo | None, DocumentType | None]:
    """The type name line and its type.

    An exact type name, else a title that begins with one (``BIÊN BẢN LÀM VIỆC``).
    """
    found = type_name_paragraph(ctx)
    kind = document_type(ctx)
    if found is not None:
        return found[0], kind or found[1]
    layout = ctx.layout
    if layout.type_name is not None:
        return layout.type_name, kind or layout.doc_type
    candidates = [layout.title] if layout.title is not None else []
    candidates += [p for p in ctx.info.paragraphs[:40] if p.table is None]
    for p in candidates:
        text = upper(_collapse(p.visible_text))
        if not text or text.endswith(":") or len(text) > 60:
            continue
        for title, title_kind in _TYPE_TITLES:
            if text.startswith(title + " ") and _is_upper(p.visible_text):
                return p, kind or title_kind
    return None, kind


def _issuers(layout: Layout) -> tuple[str, ...]:
    text = _collapse(" ".join(layout.text("agency", p) for p in layout.agency))
    parts = [part.strip() for part in _JOINER.split(upper(text)) if part.strip()]
    if len(parts) > 1 and all(_AGENCY_START.match(part) for part in parts):
        return tuple(parts)
    return (text,) if text else ()


def _full_width_rule(p: ParaInfo, ctx: Context) -> bool:
    """A paragraph that draws a rule across the text area: a border or a long line shape."""
    if p.table is not None or p.visible_text.strip(" _-–—"):
        return False
    if p.borders.get("top") or p.borders.get("bottom"):
        return p.left <= 280 and p.right <= 280 and not p.cell_width
    section = ctx.info.sections[min(p.section, len(ctx.info.sections) - 1)] \
        if ctx.info.sections else None  # fmt: skip
    width_mm = (section.text_width if section else 9355) * 25.4 / 1440
    return any(s.kind in ("line", "connector") and s.width_mm >= 0.85 * width_mm
               for s in p.shapes)  # fmt: skip


def _copy_block(ctx: Context, main: Sequence[ParaInfo]) -> CopyBlock | None:
    for position, p in enumerate(main):
        if position < 5 or len(p.visible_text) > _COPY_WORDS_LONGEST:
            continue
        kind = _COPY_WORDS.get(_key(p.visible_text))
        if kind is None:
            continue
        start = position
        if p.table is not None:  # the block starts with the table that holds the kind
            table = p.table[0]
            while start > 0 and (main[start - 1].table or (-1,))[0] == table:
                start -= 1
        rule = None
        for back in range(start - 1, max(start - 4, -1), -1):
            if _full_width_rule(main[back], ctx):
                rule, start = main[back], back
                break
            if main[back].visible_text.strip():
                break
        return CopyBlock(kind, p, rule, list(main[start:]))
    return None


def form_of(ctx: Context) -> FormRecognised:
    """Which form the document is, read from its page once per document."""
    if "form" in ctx.memo:
        found: FormRecognised = ctx.memo["form"]
        return found
    title, kind = _title_line(ctx)
    form = layout_for(kind.value) if kind is not None else None
    story = [p for p in ctx.info.paragraphs if p.part == "word/document.xml"]
    at = {id(p): i for i, p in enumerate(story)}
    start = at.get(id(title), -1) + 1 if title is not None else 0
    main = story[start:]
    copy = _copy_block(ctx, main)
    end = len(main)
    if copy is not None:
        end = next(i for i, p in enumerate(main) if p is copy.paragraphs[0])
    attached = [q for a in ctx.layout.attachments
                for q in ([a.label] if a.label else []) + a.title if id(q) in at]  # fmt: skip
    if attached:
        first = min(at[id(q)] for q in attached) - start
        if 0 <= first < end:
            end = first
    recognised = FormRecognised(kind, form, title, _issuers(ctx.layout), copy, main[:end])
    ctx.memo["form"] = recognised
    return recognised


def signature_blocks(
    paragraphs: Sequence[ParaInfo], layout: Layout | None = None
) -> list[SignatureBlockFound]:
    """The signature blocks among ``paragraphs``.

    In tables, one per column of a table (title lines in capitals, then the name under
    them, marks such as ``(Chữ ký)`` between); and the one the recogniser found in typed
    paragraphs, when ``layout`` is given.
    """
    groups: dict[tuple[str, int, int], list[ParaInfo]] = {}
    for p in paragraphs:
        if p.table is not None and p.visible_text.strip():
            groups.setdefault((p.part, p.table[0], p.table[2]), []).append(p)
    blocks: list[SignatureBlockFound] = []
    for cell in groups.values():
        titles: list[ParaInfo] = []
        name = None
        for p in cell:
            text = _collapse(p.visible_text)
            if not titles:
                if _is_mark(text):
                    continue
                if not _is_upper(text) or len(text) > 80 or _starts(text, "Nơi nhận"):
                    break
                titles.append(p)
            elif _is_upper(text) and name is None and not _is_mark(text):
                titles.append(p)
            elif _is_mark(text) or text[:1].islower():
                continue
            elif _looks_like_name(text):
                name = p
                break
            else:
                break
        if titles and name is not None:
            joined = _collapse(" ".join(q.visible_text for q in titles))
            blocks.append(SignatureBlockFound(titles, joined, name))
    if layout is not None and layout.signature_title and layout.signer is not None:
        inside = {id(p) for p in paragraphs}
        taken = {id(q) for b in blocks for q in b.titles}
        typed = [p for p in layout.signature_title if id(p) in inside and id(p) not in taken]
        if typed and layout.signer.table is None:
            joined = _collapse(" ".join(layout.text("signature_title", p) for p in typed))
            blocks.append(SignatureBlockFound(typed, joined, layout.signer))
    return blocks


FORMS_WITHOUT_DATE_LINE = ("bien_ban",)
"""Forms whose sample prints no place-and-date line in the header (Mẫu 1.9: the biên bản
gives its time in its first line, ``Thời gian bắt đầu: …``)."""
FORMS_SIGNED_ABOVE_LIST = ("signatures",)
"""Components of a form that set the signatures side by side with the Nơi nhận under them
(Mẫu 1.9), not level with it."""


def form_key(ctx: Context) -> str | None:
    """The key of the document's form in ``templates/forms.toml`` (``None``: not known)."""
    found = form_of(ctx).form
    return found.key if found is not None else None


def telegram_recipients(ctx: Context) -> list[ParaInfo]:
    """A công điện's recipients: the dashed lines under its ``… điện:`` line.

    Mẫu 1.6 sets them apart from the content, in a column of their own.
    """
    found = form_of(ctx)
    if found.form is None or not found.form.has("addressed"):
        return []
    words = _key(found.form.text("addressed"))
    lines: list[ParaInfo] = []
    sender = False
    for p in found.main:
        text = _collapse(p.visible_text)
        if not sender:
            sender = _key(text).endswith(words)
            continue
        if not text.startswith(("-", "–", "+")):
            break
        lines.append(p)
    return lines


# ----------------------------------------------------------------------------- the base


class _FormRule(Rule):
    """A rule of this module.

    Its locator is read from the data; its Vietnamese message is Vietnamese throughout,
    the place too.
    """

    abstract = True
    standards: ClassVar[tuple[str, ...]] = ("nd30-2020",)
    forms: ClassVar[tuple[str, ...]] = ()
    """The forms (keys of ``templates/forms.toml``) whose sample the rule cites."""
    rows: ClassVar[tuple[str, ...]] = ()
    """The standard's rows whose locators the rule cites after the samples."""
    clauses: ClassVar[tuple[str, ...]] = ()
    """Rows whose locator is cited cut back to its khoản."""
    title_vi: ClassVar[str] = ""
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; cần {expected}"

    def __init__(self) -> None:
        self._vi: dict[int, tuple[str, str, str]] = {}
        self._reasons: dict[str, str] = {}
        self._outcomes: list[Outcome] = []

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        if standard.id not in cls.standards:  # cite the act the rule reads
            standard = STANDARDS[cls.standards[0]]
        decree = _decree(standard)
        samples = [form_layout(key).sample for key in cls.forms]
        head = samples[0].split(",")[0] + ", " if samples else ""  # "Phụ lục III, "
        samples = samples[:1] + [x.removeprefix(head) for x in samples[1:]]
        parts = [f"{decree}, {'; '.join(samples)}"] if samples else []
        parts += [_row(standard, key) for key in cls.rows]
        parts += [_clause(_row(standard, key)) for key in cls.clauses]
        seen: list[str] = []
        for part in parts:
            if part and part not in seen:
                seen.append(part)
        return "; ".join(seen)

    def failed(
        self,
        paragraph: ParaInfo | None,
        label: tuple[str, str],
        found: tuple[str, str],
        expected: tuple[str, str],
    ) -> Outcome:
        """A breach, told in both languages: each pair is (English, Vietnamese)."""
        outcome = self.fail(where(paragraph, label[0]), found[0], expected[0])
        self._vi[id(outcome)] = (_vi_where(paragraph, label[1]), found[1], expected[1])
        return outcome

    def passed(self, paragraph: ParaInfo | None, label: str) -> Outcome:
        return self.ok(where(paragraph, label))

    def skipped(self, reason: str, reason_vi: str) -> Outcome:
        """Not evaluated, and why, in both languages."""
        self._reasons[reason] = reason_vi
        return self.skip(reason)

    def run(self, ctx: Context) -> Finding:
        finding = super().run(ctx)
        if finding.status is Status.FAIL:
            outcomes = [o for o in self._outcomes if o.status is Status.FAIL]
            first = outcomes[0]
            place, found, expected = self._vi.get(
                id(first), (to_vi(first.location), to_vi(first.found), to_vi(first.expected))
            )
            more = f" (và {len(outcomes) - 1} chỗ khác)" if len(outcomes) > 1 else ""
            message_vi = self.message_vi.format(
                where=place + more,
                found=found,
                expected=expected,
                standard=to_vi(ctx.standard.title),
            )
            return Finding(finding.code, finding.name, finding.severity, finding.status,
                           finding.message, message_vi, finding.location, finding.expected,
                           finding.found, finding.locator)  # fmt: skip
        if finding.status is Status.PASS:
            message_vi = f"{self.title_vi}: đạt"
        else:
            reason = next((o.reason for o in self._outcomes if o.reason), "")
            if ctx.standard.id not in self.standards:
                reason_vi = f"quy tắc không áp dụng theo {to_vi(ctx.standard.title)}"
            else:
                reason_vi = self._reasons.get(reason, "không có gì để kiểm tra")
            message_vi = f"không đánh giá được: {reason_vi}"
        return Finding(finding.code, finding.name, finding.severity, finding.status,
                       finding.message, message_vi, finding.location, finding.expected,
                       finding.found, finding.locator)  # fmt: skip

    def check(self, ctx: Context) -> Iterator[Outcome]:
        self._outcomes = []
        for outcome in self.judge(ctx):
            self._outcomes.append(outcome)
            yield outcome

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        raise NotImplementedError

    # ------------------------------------------------------------ shared preconditions

    def of_forms(self, ctx: Context, keys: Sequence[str]) -> FormRecognised | Outcome:
        """The document's form when it is one of ``keys``; else why the rule is skipped."""
        found = form_of(ctx)
        if found.form is None or found.form.key not in keys:
            what = found.form.title if found.form is not None else "unknown"
            what_vi = found.form.title if found.form is not None else "không rõ"
            return self.skipped(
                f"not a {' or '.join(form_layout(k).title.lower() for k in keys)} "
                f"(the form is {what})",
                f"không phải {' hay '.join(form_layout(k).title.lower() for k in keys)} "
                f"(mẫu của văn bản: {what_vi})",
            )
        return found


# ----------------------------------------------------------------------------- quyết định


_ENACTING_FORMS = ("quyet_dinh", "nghi_quyet")


def _enacting_words() -> dict[str, str]:
    """The enacting line of each form that has one: ``{"quyet_dinh": "QUYẾT ĐỊNH:"}``."""
    return {key: form_layout(key).text("enacting") for key in _ENACTING_FORMS}


def _enacting_line(found: FormRecognised) -> ParaInfo | None:
    """The line ``QUYẾT ĐỊNH:`` / ``QUYẾT NGHỊ:`` standing alone before the first article.

    Any of the forms' words, with or without its colon.
    """
    words = {_key(w.rstrip(":")) for w in _enacting_words().values()}
    for p in found.main:
        text = _collapse(p.visible_text)
        if _ARTICLE.match(text):
            return None
        if p.table is None and _key(text.rstrip(": ")) in words and _is_upper(text):
            return p
    return None


class EnactingWithoutBasis(_FormRule):
    """A quyết định or nghị quyết states its căn cứ before it enacts.

    The samples of a quyết định and a nghị quyết (Phụ lục III, Mẫu 1.1–1.3) print the
    issuing authority, then the căn cứ (the texts that give the power and the grounds to
    issue it), one per line, then the enacting line; Phụ lục I, Phần I, Mục II, khoản 6.a
    says what a căn cứ holds and how it is typed.

    Wrong: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` / `QUYẾT ĐỊNH:` with no căn cứ between

    Right: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;` /
    `Theo đề nghị của Chánh Văn phòng.` / `QUYẾT ĐỊNH:`
    """

    code = "FO001"
    name = "enacting-without-basis"
    title_vi = "Quyết định, nghị quyết có căn cứ ban hành"
    forms = _ENACTING_FORMS
    rows = ("basis",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, _ENACTING_FORMS)
        if isinstance(found, Outcome):
            yield found
            return
        line = _enacting_line(found)
        before = found.main
        if line is not None:
            before = found.main[: next(i for i, p in enumerate(found.main) if p is line)]
        bases = [p for p in before if _starts(p.visible_text, "Căn cứ")]
        if bases:
            yield self.passed(bases[0], "Căn cứ")
            return
        name = found.form.title if found.form else ""
        yield self.failed(
            line or found.title, ("Căn cứ", "Căn cứ"),
            (f"no «Căn cứ …» line before the enacting line of this {name.lower()}",
             f"không có dòng «Căn cứ …» nào trước dòng ban hành của {name.lower()}"),
            ("the căn cứ, one per line, under the issuing authority",
             "các căn cứ ban hành, mỗi căn cứ một dòng, dưới dòng thẩm quyền ban hành"),
        )  # fmt: skip


class EnactingLineWrong(_FormRule):
    """A quyết định says "QUYẾT ĐỊNH:", a nghị quyết "QUYẾT NGHỊ:", centred and bold.

    After the căn cứ, the samples (Phụ lục III, Mẫu 1.1 for the nghị quyết, 1.2 and 1.3 for
    the quyết định) print the enacting line on its own: the form's words with their colon,
    centred, bold, at the body's size. The words are the form's (``templates/forms.toml``).

    Wrong: no enacting line; `QUYẾT NGHỊ:` in a quyết định; `QUYẾT ĐỊNH` without its
    colon; the line set left or not bold

    Right: `QUYẾT ĐỊNH:` centred, bold, on its own line before `Điều 1.`
    """

    code = "FO002"
    name = "enacting-line-wrong"
    title_vi = "Dòng «QUYẾT ĐỊNH:» / «QUYẾT NGHỊ:» đúng chữ, canh giữa, in đậm"
    forms = _ENACTING_FORMS

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, _ENACTING_FORMS)
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None
        words = found.form.text("enacting")
        line = _enacting_line(found)
        if line is None:
            first = next((p for p in found.main if _ARTICLE.match(p.visible_text)), found.title)
            yield self.failed(
                first, ("Dòng ban hành", "Dòng ban hành"),
                (f"no «{words}» line", f"không có dòng «{words}»"),
                (f"«{words}» on its own line, centred and bold, before the articles",
                 f"dòng «{words}» đứng riêng, canh giữa, in đậm, trước các điều"),
            )  # fmt: skip
            return
        text = _collapse(line.visible_text)
        label = ("Dòng ban hành", "Dòng ban hành")
        if text != words:
            yield self.failed(line, label, (f"«{text}»", f"ghi «{text}»"),
                              (f"«{words}»", f"«{words}» (đúng chữ của mẫu)"))  # fmt: skip
        if line.align != "center":
            align = line.align or "left"
            yield self.failed(
                line, label,
                (f"aligned {align}", f"canh {_ALIGN_VI.get(align, 'trái')}"),
                ("centred", "canh giữa"),
            )  # fmt: skip
        if not line.bold:
            yield self.failed(line, label, ("not bold", "không in đậm"), ("bold", "in đậm"))
        yield self.passed(line, "Dòng ban hành")


_ALIGN_VI = {"both": "đều hai bên", "distribute": "đều hai bên", "right": "phải", "left": "trái",
             "start": "trái", "end": "phải", "center": "giữa"}  # fmt: skip


_ARTICLES_SHOWN = ("quyet_dinh",)
"""The forms whose sample prints its content in articles (Mẫu 1.2 and 1.3: ``Điều 1.``);
the nghị quyết's (Mẫu 1.1) prints its content without them."""


class ArticleNumberingBroken(_FormRule):
    """The articles of a quyết định or nghị quyết are numbered 1, 2, 3… without gaps.

    After the enacting line the content stands in articles, `Điều 1.`, `Điều 2.` …
    (Phụ lục III, Mẫu 1.1–1.3); their numbers are Arabic numerals followed by a period
    (Phụ lục I, Phần I, Mục II, khoản 6.đ), and an article cited by its number (`- Như
    Điều 3;`) must be the one that stands there. The rule names each number that repeats
    or that leaves one out, and a quyết định without any article (the nghị quyết's sample,
    Mẫu 1.1, shows its content without articles: one without them is not judged).

    Wrong: `Điều 1.` / `Điều 2.` / `Điều 2.`, or `Điều 1.` / `Điều 3.`, or no `Điều` at all

    Right: `Điều 1.` / `Điều 2.` / `Điều 3.`
    """

    code = "FO003"
    name = "article-numbering-broken"
    title_vi = "Các điều được đánh số liên tục từ 1"
    forms = _ENACTING_FORMS
    rows = ("article",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, _ENACTING_FORMS)
        if isinstance(found, Outcome):
            yield found
            return
        line = _enacting_line(found)
        start = 0
        if line is not None:
            start = next(i for i, p in enumerate(found.main) if p is line) + 1
        stops = {id(p) for p in (ctx.layout.distribution_label, *ctx.layout.signature_title)
                 if p is not None}  # fmt: skip
        articles: list[tuple[ParaInfo, int]] = []
        for p in found.main[start:]:
            if id(p) in stops:
                break
            match = _ARTICLE.match(nfc(p.visible_text))
            if match:
                articles.append((p, int(match["number"])))
        label = ("Điều", "Điều")
        if not articles and found.form is not None and found.form.key not in _ARTICLES_SHOWN:
            yield self.skipped(
                f"no article, and the sample of a {found.form.title.lower()} shows none",
                f"không có điều nào, và mẫu {found.form.title.lower()} không trình bày theo điều",
            )
            return
        if not articles:
            yield self.failed(
                line or found.title, label,
                ("no article («Điều 1.») after the enacting line",
                 "không có điều nào («Điều 1.») sau dòng ban hành"),
                ("the content in articles «Điều 1.», «Điều 2.» …",
                 "nội dung trình bày thành các điều «Điều 1.», «Điều 2.» …"),
            )  # fmt: skip
            return
        seen: set[int] = set()
        for position, (p, number) in enumerate(articles):
            expected = position + 1
            if number == expected:
                seen.add(number)
                continue
            want = (
                f"«Điều {expected}.»: articles are numbered 1, 2, 3… without gaps",
                f"«Điều {expected}.»: các điều được đánh số liên tục 1, 2, 3…",
            )
            if number in seen:
                yield self.failed(p, label, (f"«Điều {number}» is numbered twice",
                                             f"số «Điều {number}» bị lặp lại"), want)  # fmt: skip
            elif number > expected:
                left_out = ", ".join(str(n) for n in range(expected, number))
                yield self.failed(
                    p, label,
                    (f"«Điều {number}» leaves out Điều {left_out}",
                     f"«Điều {number}» bỏ sót Điều {left_out}"), want,
                )  # fmt: skip
            else:
                yield self.failed(p, label, (f"«Điều {number}» out of order",
                                             f"«Điều {number}» sai thứ tự"), want)  # fmt: skip
            break  # one wrong number shifts the rest: report the first
        yield self.passed(articles[0][0], "Điều")


# ----------------------------------------------------------------------------- công điện


class TelegramWithoutSenderLine(_FormRule):
    """A công điện names who sends it in a line ending "điện:" before its recipients.

    Under the trích yếu the sample of a công điện (Phụ lục III, Mẫu 1.6) prints, centred,
    the agency or the head's title followed by the word of its form (`… điện:`), then the
    recipients one per line, then the content.

    Wrong: the recipients and content follow the trích yếu with no `… điện:` line

    Right: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:` / `- Giám đốc các sở, ban, ngành;`
    """

    code = "FO004"
    name = "telegram-without-sender-line"
    title_vi = "Công điện có dòng «… điện:»"
    forms = ("cong_dien",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, ("cong_dien",))
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None
        words = found.form.text("addressed")
        for p in found.main[:12]:
            text = _collapse(p.visible_text)
            if _key(text).endswith(_key(words)) and len(text) > len(words) + 1:
                yield self.passed(p, "Dòng người gửi")
                return
        first = next((p for p in found.main if p.visible_text.strip()), found.title)
        yield self.failed(
            first, ("Công điện", "Công điện"),
            (f"no «… {words}» line naming the sender",
             f"không có dòng «… {words}» ghi tên cơ quan hoặc chức danh gửi điện"),
            (f"«<agency or title> {words}» centred under the trích yếu, the recipients under it",
             f"dòng «<tên cơ quan hoặc chức danh người đứng đầu> {words}» canh giữa dưới trích "
             "yếu, tiếp theo là các nơi nhận điện"),
        )  # fmt: skip


# ----------------------------------------------------------------------------- giấy mời


class InvitationWithoutTimeOrPlace(_FormRule):
    """A giấy mời says when and where: its "Thời gian:" and "Địa điểm:" lines.

    The sample of a giấy mời (Phụ lục III, Mẫu 1.7) prints, after who is invited and to
    what, the lines `Thời gian: …` and `Địa điểm: …`; an invitation that leaves either out
    does not tell the invitee when or where to come. The labels are the form's
    (``templates/forms.toml``).

    Wrong: `Tới dự Hội nghị …` and then the closing, with no `Thời gian:` line

    Right: `Thời gian: 08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026` / `Địa điểm: Hội
    trường Sở Nội vụ`
    """

    code = "FO005"
    name = "invitation-without-time-or-place"
    title_vi = "Giấy mời có dòng «Thời gian:» và «Địa điểm:»"
    forms = ("giay_moi",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, ("giay_moi",))
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None
        labels = [found.form.text("time"), found.form.text("place")]
        missing = [label for label in labels
                   if not any(_starts(p.visible_text, label) for p in found.main)]  # fmt: skip
        if missing:
            names = " and ".join(f"«{m}»" for m in missing)
            names_vi = " và ".join(f"«{m}»" for m in missing)
            yield self.failed(
                found.title, ("Giấy mời", "Giấy mời"),
                (f"no {names} line", f"thiếu dòng {names_vi}"),
                (f"{names} after what the invitee is invited to",
                 f"dòng {names_vi} sau nội dung mời dự"),
            )  # fmt: skip
            return
        yield self.passed(found.title, "Giấy mời")


# ----------------------------------------------------------------------------- no trích yếu


_NO_SUBJECT = ("giay_gioi_thieu", "giay_nghi_phep")
"""The forms whose sample prints the type name and the rule under it, no trích yếu
(Mẫu 1.8 and 1.10); ``templates/forms.toml`` names the title block but not this."""


class SubjectOnFormWithoutSubject(_FormRule):
    """A giấy giới thiệu or giấy nghỉ phép prints no trích yếu under its type name.

    The samples of a giấy giới thiệu (Phụ lục III, Mẫu 1.8) and a giấy nghỉ phép (Mẫu 1.10)
    print the type name and the short rule under it, with no trích yếu: what the paper is
    for is said by its fields (`Được cử đến:`, `Về việc:`; `Được nghỉ phép …`). The rule
    warns, since a line there is a breach of the sample rather than of the decree's text.

    Wrong: `GIẤY GIỚI THIỆU` / `Về việc liên hệ công tác` / rule

    Right: `GIẤY GIỚI THIỆU` / rule / `Sở Nội vụ trân trọng giới thiệu:`
    """

    code = "FO006"
    name = "subject-on-form-without-subject"
    severity = Severity.WARNING
    title_vi = "Giấy giới thiệu, giấy nghỉ phép không có trích yếu"
    forms = _NO_SUBJECT
    rows = ("subject",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.of_forms(ctx, _NO_SUBJECT)
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None and found.title is not None
        under: list[ParaInfo] = []
        for p in found.main[:4]:
            text = _collapse(p.visible_text)
            if (
                not text
                or p.shapes
                or p.borders
                or p.table is not None
                or text.endswith(":")
                or not text.strip(" _-–—.")
                or not p.bold
            ):
                break  # fmt: skip
            under.append(p)
        if under:
            text = _collapse(under[0].visible_text)
            name = found.form.title.lower()
            yield self.failed(
                under[0], ("Trích yếu", "Trích yếu"),
                (f"a trích yếu «{text}» under the type name of a {name}",
                 f"có trích yếu «{text}» dưới tên loại của {name}"),
                ("the type name and its rule only; the fields say what it is for",
                 "chỉ ghi tên loại và đường kẻ dưới; mục đích ghi ở các dòng nội dung của mẫu"),
            )  # fmt: skip
            return
        yield self.passed(found.title, "Tên loại")


# ----------------------------------------------------------------------------- biên bản


_PARTIES = re.compile(r"\(\s*bên\s+[a-dđ]\s*\)|^bên\s+[a-dđ]\b|^đại diện\b", re.IGNORECASE)
"""A party to a record (``Bên A``, ``(Bên B)``) or its representative (``Đại diện …``)."""


class _MinutesRule(_FormRule):
    abstract = True
    forms = ("bien_ban",)

    def minutes(self, ctx: Context) -> FormRecognised | Outcome:
        """The biên bản of a meeting, or why the rule is skipped.

        A record made between parties (``Bên A``, ``Bên B``) and signed by their
        representatives (``Đại diện …``) — a biên bản làm việc, bàn giao — is not the
        meeting Mẫu 1.9 lays out, with its chair and secretary.
        """
        found = self.of_forms(ctx, ("bien_ban",))
        if isinstance(found, Outcome):
            return found
        if any(_PARTIES.search(_collapse(p.visible_text)) for p in found.main):
            return self.skipped(
                "a record between parties signed by their representatives, not a meeting's",
                "biên bản giữa các bên, do đại diện các bên ký, không phải biên bản cuộc họp",
            )
        return found


def _label_words(text: str) -> list[str]:
    """The words a label may begin with: ``Chủ trì (chủ tọa):`` → ``Chủ trì``, ``chủ tọa``."""
    head, _, rest = text.rstrip(":").partition("(")
    words = [head.strip()]
    inside = rest.rstrip(")").strip()
    if inside and len(inside.split()) <= 2:
        words.append(inside)
    return [w for w in words if w]


class MinutesWithoutChairOrSecretary(_MinutesRule):
    """A biên bản names who chairs and who keeps the minutes.

    The sample of a biên bản (Phụ lục III, Mẫu 1.9) opens with the time, the place and who
    attends, then `Chủ trì (chủ tọa): …` and `Thư ký (người ghi biên bản): …`; the two sign
    it. The labels are the form's (``templates/forms.toml``). A record made between
    parties (`Bên A`, `Bên B`) and signed by their representatives (`Đại diện …`) is not
    judged: Mẫu 1.9 lays out a meeting's.

    Wrong: `Thành phần tham dự: …` and then the content, with no `Chủ trì` or no `Thư ký`

    Right: `Chủ trì (chủ tọa): Ông Phạm Văn D, Giám đốc Sở` / `Thư ký (người ghi biên bản):
    Bà Đỗ Thị G, Chuyên viên`
    """

    code = "FO007"
    name = "minutes-without-chair-or-secretary"
    title_vi = "Biên bản có dòng chủ trì (chủ tọa) và thư ký"
    forms = ("bien_ban",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.minutes(ctx)
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None
        missing = []
        for role in ("chair", "secretary"):
            label = found.form.text(role)
            lines = [p for p in found.main if not _is_upper(p.visible_text)]  # not a title
            if not any(_starts(p.visible_text, w) for w in _label_words(label) for p in lines):
                missing.append(label)
        if missing:
            names = " and ".join(f"«{m}»" for m in missing)
            names_vi = " và ".join(f"«{m}»" for m in missing)
            yield self.failed(
                found.title, ("Biên bản", "Biên bản"),
                (f"no {names} line", f"thiếu dòng {names_vi}"),
                (f"{names} after the attendees", f"dòng {names_vi} sau thành phần tham dự"),
            )  # fmt: skip
            return
        yield self.passed(found.title, "Biên bản")


class MinutesSignaturesMissing(_MinutesRule):
    """A biên bản is signed by its secretary and its chair, side by side.

    The sample of a biên bản (Phụ lục III, Mẫu 1.9) closes with two signature blocks side
    by side: `THƯ KÝ` on the left and `CHỦ TỌA` on the right, each with the signature and
    the full name; the Nơi nhận stands under them. The titles are the form's
    (``templates/forms.toml``); `CHỦ TRÌ` is read as the chair's title too, as the form's
    label `Chủ trì (chủ tọa)` makes them one. A record between parties signed by their
    representatives (`Đại diện …`) is not judged.

    Wrong: one signature block (only the chair's), or none

    Right: `THƯ KÝ` / `Đỗ Thị G` beside `CHỦ TỌA` / `Phạm Văn D`
    """

    code = "FO008"
    name = "minutes-signatures-missing"
    title_vi = "Biên bản có chữ ký của thư ký và chủ tọa"
    forms = ("bien_ban",)
    rows = ("signature_title",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = self.minutes(ctx)
        if isinstance(found, Outcome):
            yield found
            return
        assert found.form is not None
        blocks = signature_blocks(found.main, ctx.layout)
        chair = [found.form.text("chair_title"), *(upper(w) for w in
                 _label_words(found.form.text("chair")))]  # fmt: skip
        wanted = {"secretary_title": [found.form.text("secretary_title")], "chair_title": chair}
        missing = [
            found.form.text(role) for role, titles in wanted.items()
            if not any(_key(t) in _key(b.title_text) for t in titles for b in blocks)
        ]  # fmt: skip
        if missing:
            names = " and ".join(f"«{m}»" for m in missing)
            names_vi = " và ".join(f"«{m}»" for m in missing)
            last = found.main[-1] if found.main else found.title
            yield self.failed(
                blocks[0].titles[0] if blocks else last, ("Chữ ký", "Chữ ký"),
                (f"no signature block titled {names} ({len(blocks)} found)",
                 f"không có chữ ký với chức danh {names_vi} (tìm thấy {len(blocks)} chữ ký)"),
                ("«THƯ KÝ» and «CHỦ TỌA» side by side, each with the signer's full name",
                 "hai chữ ký «THƯ KÝ» và «CHỦ TỌA» đặt ngang nhau, mỗi chữ ký có họ tên "
                 "người ký"),
            )  # fmt: skip
            return
        yield self.passed(blocks[0].titles[0], "Chữ ký")


# ----------------------------------------------------------------------------- bản sao


class _CopyRule(_FormRule):
    abstract = True
    forms = ("ban_sao",)

    def copy(self, ctx: Context) -> CopyBlock | Outcome:
        found = form_of(ctx).copy
        if found is None:
            return self.skipped(
                "no paper copy block (SAO Y, TRÍCH SAO, SAO LỤC under a full-width rule)",
                "không có phần bản sao giấy (SAO Y, TRÍCH SAO, SAO LỤC dưới đường kẻ "
                "ngang hết chiều rộng vùng trình bày)",
            )
        return found

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        base = super().legal_locator(standard)
        kind_row = _row(standard, "copy_kind")  # …, Phần II, Mục II, khoản 2.b
        part = kind_row.rsplit(", khoản", 1)[0]
        item = f"{part}, khoản 1.{cls.item}" if part else ""
        return "; ".join(x for x in (base, item) if x)

    item: ClassVar[str] = ""
    """The letter of Phần II, Mục II, khoản 1 (thể thức bản sao giấy) the rule reads."""


class CopyNumberWithoutKind(_CopyRule):
    """A paper copy has its own number, whose notation is the kind's abbreviation.

    A paper copy (Phụ lục III, Mẫu 3.1) carries under a full-width rule its own kind
    (`SAO Y`, `TRÍCH SAO`, `SAO LỤC`), the copying agency and its own number: the
    register's serial and the abbreviation of the kind of copy from the table of Phụ lục
    III, Mục I (`SY`, `TrS`, `SL`), Phụ lục I, Phần II, Mục II, khoản 1.c. The copied
    document's number is not the copy's.

    Wrong: `SAO Y` with `Số: 15/SNV`, or `SAO Y` with `Số: 15/SL-SNV`, or no number

    Right: `SAO Y` with `Số: 15/SY-SNV`; `TRÍCH SAO` with `Số: 03/TrS-VP`
    """

    code = "FO009"
    name = "copy-number-without-kind"
    title_vi = "Bản sao có số, ký hiệu riêng với chữ viết tắt hình thức sao"
    item = "c"

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        copy = self.copy(ctx)
        if isinstance(copy, Outcome):
            yield copy
            return
        abbreviation = copy.kind.value
        label = ("Số bản sao", "Số, ký hiệu bản sao")
        want = (
            f"«Số: <serial>/{abbreviation}-<agency>» for a {copy.kind.words} copy",
            f"«Số: <số>/{abbreviation}-<chữ viết tắt cơ quan sao>» cho bản "
            f"{copy.kind.words.lower()}",
        )
        number = next((p for p in copy.paragraphs if _NUMBER.match(nfc(p.visible_text))), None)
        if number is None:
            yield self.failed(
                copy.kind_paragraph,
                label,
                ("no number of the copy", "bản sao không có số, ký hiệu"),
                want,
            )
            return
        match = _NUMBER.match(nfc(number.visible_text))
        assert match is not None
        notation = match["notation"].strip()
        group = re.split(r"\s*-\s*", notation)[0]
        if group != abbreviation:
            yield self.failed(
                number, label,
                (f"the notation «{notation}» does not begin with «{abbreviation}»",
                 f"ký hiệu «{notation}» không bắt đầu bằng «{abbreviation}»"), want,
            )  # fmt: skip
            return
        yield self.passed(number, "Số bản sao")


class CopyWithoutPlaceDate(_CopyRule):
    """A paper copy has its own place and date of copying.

    Besides the copied document's date, a paper copy (Phụ lục III, Mẫu 3.1) prints the
    place and the date it was copied (`Kon Tum, ngày 25 tháng 11 năm 2026`) in its own
    block, under the kind of copy (Phụ lục I, Phần II, Mục II, khoản 1.d).

    Wrong: `SAO Y` and the copy's number, then the signature, with no date line

    Right: `SAO Y` / `Kon Tum, ngày 25 tháng 11 năm 2026`
    """

    code = "FO010"
    name = "copy-without-place-date"
    title_vi = "Bản sao có địa danh và thời gian sao"
    item = "d"

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        copy = self.copy(ctx)
        if isinstance(copy, Outcome):
            yield copy
            return
        for p in copy.paragraphs:
            text = nfc(p.visible_text)
            if len(text) < 90 and _DATE.search(text) and not _NUMBER.match(text):
                yield self.passed(p, "Địa danh, ngày sao")
                return
        yield self.failed(
            copy.kind_paragraph, ("Bản sao", "Bản sao"),
            ("no place and date of the copy", "không có địa danh và thời gian sao"),
            ("«<place>, ngày … tháng … năm …» under the kind of copy",
             "dòng «<địa danh>, ngày … tháng … năm …» dưới hình thức sao"),
        )  # fmt: skip


class CopyWithoutSignature(_CopyRule):
    """A paper copy is signed by the person who may certify it.

    A paper copy (Phụ lục III, Mẫu 3.1) closes with its own signature block: the
    authority and title of the person who has the power to copy (`TL. GIÁM ĐỐC` /
    `CHÁNH VĂN PHÒNG`), the signature and the full name (Phụ lục I, Phần II, Mục II,
    khoản 1.đ). The copied document's signature does not sign the copy.

    Wrong: the copy's kind, number and date, then only its Nơi nhận

    Right: `TL. GIÁM ĐỐC` / `CHÁNH VĂN PHÒNG` / `Đỗ Thị G` beside the copy's Nơi nhận
    """

    code = "FO011"
    name = "copy-without-signature"
    title_vi = "Bản sao có chữ ký của người có thẩm quyền sao"
    item = "đ"

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        copy = self.copy(ctx)
        if isinstance(copy, Outcome):
            yield copy
            return
        blocks = [b for b in signature_blocks(copy.paragraphs)
                  if b.titles[0] is not copy.kind_paragraph]  # fmt: skip
        if blocks:
            yield self.passed(blocks[0].titles[0], "Chữ ký bản sao")
            return
        yield self.failed(
            copy.kind_paragraph, ("Bản sao", "Bản sao"),
            ("no signature block of the copy", "bản sao không có chữ ký của người sao"),
            ("the copier's authority and title, signature and full name",
             "quyền hạn, chức vụ, chữ ký và họ tên người có thẩm quyền sao văn bản"),
        )  # fmt: skip


class CopyWithoutFullWidthRule(_CopyRule):
    """A paper copy stands under a solid rule across the whole text area.

    The parts of a paper copy are set on the same sheet, right after the end of the copied
    document, under a solid rule as long as the text area is wide (Phụ lục I, Phần II,
    Mục II, khoản 2.a; Phụ lục III, Mẫu 3.1): the rule parts the copy from what it copies.
    A rule a third of the width, like those under the headings, does not.

    Wrong: `SAO Y` and the copy's number straight under the copied document's Nơi nhận

    Right: a full-width rule, then `SỞ NỘI VỤ` / `Số: 15/SY-SNV` beside `SAO Y`
    """

    code = "FO013"
    name = "copy-without-full-width-rule"
    title_vi = "Bản sao đặt dưới đường kẻ ngang hết chiều rộng vùng trình bày"

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        if standard.id not in cls.standards:
            standard = STANDARDS[cls.standards[0]]
        decree = _decree(standard)
        technique = _row(standard, "copy_kind")  # …, Phần II, Mục II, khoản 2.b
        part = technique.rsplit(".", 1)[0] if technique else ""
        samples = f"{decree}, {form_layout('ban_sao').sample}"
        return "; ".join(x for x in (f"{part}.a" if part else "", samples) if x)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        copy = self.copy(ctx)
        if isinstance(copy, Outcome):
            yield copy
            return
        if copy.rule is not None:
            yield self.passed(copy.rule, "Đường kẻ bản sao")
            return
        yield self.failed(
            copy.kind_paragraph, ("Bản sao", "Bản sao"),
            ("no solid rule across the text area above the copy",
             "không có đường kẻ ngang nét liền hết chiều rộng vùng trình bày phía trên phần "
             "bản sao"),
            ("a full-width rule right after the copied document, the copy's parts under it",
             "một đường kẻ ngang hết chiều rộng vùng trình bày ngay sau văn bản được sao, "
             "các thành phần bản sao đặt dưới"),
        )  # fmt: skip


# ----------------------------------------------------------------------------- liên tịch


class JointDocumentSignatureMissing(_FormRule):
    """A joint document is signed by each of its issuers.

    A document that names several issuers in its header, joined by `-` (a văn bản liên
    tịch: `SỞ NỘI VỤ - SỞ TÀI CHÍNH`), is issued by each of them, so it carries one
    signature block per issuer, side by side: each the authority, title and full name of
    the person with the power to sign for that issuer (Phụ lục I, Phần I, Mục II, khoản 7).
    The decree has no sample of a joint document; the rule reads khoản 7 for each issuer.

    Wrong: `SỞ NỘI VỤ - SỞ TÀI CHÍNH` in the header and only `GIÁM ĐỐC SỞ NỘI VỤ` signs

    Right: `GIÁM ĐỐC SỞ TÀI CHÍNH` / `Đinh Văn K` beside `GIÁM ĐỐC SỞ NỘI VỤ` /
    `Phạm Văn D`
    """

    code = "FO012"
    name = "joint-document-signature-missing"
    title_vi = "Văn bản liên tịch có chữ ký của từng cơ quan ban hành"
    clauses = ("signature_title",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        found = form_of(ctx)
        if len(found.issuers) < 2:
            yield self.skipped("the header names one issuer (not a joint document)",
                               "phần đầu chỉ ghi một cơ quan ban hành (không phải văn bản "
                               "liên tịch)")  # fmt: skip
            return
        blocks = signature_blocks(found.main, ctx.layout)
        issuers = len(found.issuers)
        agency = ctx.layout.agency[0] if ctx.layout.agency else None
        if len(blocks) < issuers:
            names = " - ".join(found.issuers)
            yield self.failed(
                blocks[0].titles[0] if blocks else agency, ("Chữ ký", "Chữ ký"),
                (f"{len(blocks)} signature block(s) for {issuers} issuers «{names}»",
                 f"chỉ có {len(blocks)} chữ ký cho {issuers} cơ quan ban hành «{names}»"),
                ("one signature block per issuer, side by side",
                 "mỗi cơ quan ban hành một chữ ký (quyền hạn, chức vụ, họ tên), đặt ngang "
                 "nhau"),
            )  # fmt: skip
            return
        yield self.passed(blocks[0].titles[0], "Chữ ký")


class ElectronicCopyLine(_FormRule):
    """An electronic copy's line stands at the top right of page 1, in 10 pt, upright.

    A copy to electronic form (Phụ lục III, Mẫu 3.2) prints no block of its own: the copying
    agency's digital signature shows, at the top right of the first page (ô 14), the kind of
    copy, the copying agency and the time of signing — `SAO Y; Sở Nội vụ tỉnh Kon Tum;
    25/11/2026; 09:15:30 +07:00` — in Times New Roman, normal case, upright, 10 pt, black
    (Phụ lục I, Phần II, Mục I, khoản 3).

    Wrong: the line centred, in 13 pt, or in bold; or only `SAO Y` with no agency and time

    Right: `SAO Y; Sở Nội vụ tỉnh Kon Tum; 25/11/2026; 09:15:30 +07:00` at the top right,
    10 pt, upright
    """

    code = "FO014"
    name = "electronic-copy-line"
    title_vi = "Thông tin bản sao điện tử ở góc trên bên phải trang đầu"
    forms = ("ban_sao",)
    rows = ("electronic_copy",)

    def judge(self, ctx: Context) -> Iterator[Outcome]:
        story = [p for p in ctx.info.paragraphs if p.part == "word/document.xml"]
        line = next((p for p in story[:3] if p.table is None and ";" in p.visible_text
                     and _key(p.visible_text.split(";")[0]) in _COPY_WORDS), None)  # fmt: skip
        if line is None:
            yield self.skipped(
                "no electronic copy line at the top of page 1",
                "không có dòng thông tin bản sao điện tử ở đầu trang 1",
            )
            return
        label = ("Electronic copy line", "Dòng thông tin bản sao điện tử")
        parts = [part.strip() for part in line.visible_text.split(";") if part.strip()]
        row = ctx.row("electronic_copy")
        sizes = {run.size for run in line.runs if run.text.strip()}
        if len(parts) < 3:
            yield self.failed(
                line, label,
                (f"«{line.visible_text.strip()}» lacks the agency or the time of signing",
                 f"«{line.visible_text.strip()}» thiếu tên cơ quan sao hoặc thời gian ký"),
                ("kind; copying agency; date; time", "hình thức sao; tên cơ quan sao; "
                 "ngày tháng năm; giờ phút giây"),
            )  # fmt: skip
        elif line.align not in ("right", "end"):
            align = line.align or "left"
            yield self.failed(
                line, label,
                (f"aligned {align}", f"căn {_ALIGN_VI.get(align, 'trái')}"),
                ("aligned right, at the top right of page 1", "căn phải, góc trên bên phải"),
            )  # fmt: skip
        elif any(size is None or size not in row.size for size in sizes):
            shown = ", ".join("mặc định" if s is None else f"{s:g} pt" for s in sizes)
            yield self.failed(
                line, label, (f"set in {shown}", f"cỡ chữ {shown}"),
                (row.size.describe("pt"), f"cỡ chữ {row.size.describe('pt')}"),
            )  # fmt: skip
        elif any(run.bold or run.italic for run in line.runs if run.text.strip()):
            yield self.failed(
                line, label, ("in bold or italics", "chữ đậm hoặc nghiêng"),
                ("upright, not bold", "chữ đứng, không đậm"),
            )  # fmt: skip
        else:
            yield self.passed(line, label[0])


_ALIGN_VI = {"center": "giữa", "both": "đều hai bên", "left": "trái"}
