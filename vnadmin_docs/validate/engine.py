"""The rule engine (bộ quy tắc kiểm tra): rules, the registry, findings and the report.

A rule is one small class: a stable ``code``, a kebab-case ``name`` that names the defect,
a ``severity``, the standards it applies to, the legal ``locator`` (or the standard row it
reads, whose locator it then cites), messages in English and Vietnamese, and a ``check``
that yields outcomes. Defining the class registers it; the class docstring *is* the rule's
documentation page (``docs/rules/``) and must say what is wrong and what is right.

Outcomes are pass, fail or not evaluated; "not evaluated" always says why and never counts
as a pass.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, ClassVar

from vnadmin_docs.models.documents import Document, DocumentType
from vnadmin_docs.ooxml.read import LIMITS, DocxInfo, Limits, ParaInfo
from vnadmin_docs.read.components import Layout
from vnadmin_docs.standards import ComponentStyle, Standard
from vnadmin_docs.validate.geometry import Geometry, read_geometry
from vnadmin_docs.validate.vi import locator_vi, reason_vi, to_vi

__all__ = [
    "REGISTRY",
    "Context",
    "Finding",
    "Outcome",
    "Report",
    "Rule",
    "Severity",
    "Status",
    "where",
    "where_vi",
]


class Severity(str, Enum):
    """How much a finding matters (mức độ)."""

    ERROR = "error"
    """The document breaks the standard."""
    WARNING = "warning"
    """Allowed, but a known source of trouble (drifting shapes, legacy fonts, …)."""
    INFO = "info"
    """Worth knowing; not a breach."""


class Status(str, Enum):
    """The result of one rule on one document (kết quả)."""

    PASS = "pass"
    FAIL = "fail"
    NOT_EVALUATED = "not-evaluated"


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's result on one document (kết quả kiểm tra một quy tắc)."""

    code: str
    name: str
    severity: Severity
    status: Status
    message: str
    """What was found, where, and what is expected (English)."""
    vi: str | Callable[[], str] = field(repr=False, compare=False)
    """The message in Vietnamese, or what composes it when first asked for: most findings of
    a run are never printed in Vietnamese, and composing it costs more than the check."""
    location: str
    expected: str
    found: str
    locator: str
    """The legal locator of the rule (căn cứ)."""

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese (thông báo bằng tiếng Việt)."""
        if not isinstance(self.vi, str):
            object.__setattr__(self, "vi", self.vi())  # composed once, then kept
        assert isinstance(self.vi, str)
        return self.vi

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        """Pickled and copied with its Vietnamese message composed (a closure cannot be)."""
        return Finding, (self.code, self.name, self.severity, self.status, self.message,
                         self.message_vi, self.location, self.expected, self.found,
                         self.locator)  # fmt: skip

    def to_dict(self) -> dict[str, str]:
        """The finding as plain data (for JSON)."""
        return {
            "code": self.code, "name": self.name, "severity": self.severity.value,
            "status": self.status.value, "message": self.message,
            "message_vi": self.message_vi, "location": self.location,
            "expected": self.expected, "found": self.found, "locator": self.locator,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a rule's check yields for one place (before it becomes a finding)."""

    status: Status
    location: str = ""
    found: str = ""
    expected: str = ""
    reason: str = ""
    location_vi: str = ""
    """The place in Vietnamese; empty: :func:`~.vi.to_vi` of ``location``."""
    found_vi: str = ""
    """What was found, in Vietnamese; empty: :func:`~.vi.to_vi` of ``found``."""
    expected_vi: str = ""
    """What is expected, in Vietnamese; empty: :func:`~.vi.to_vi` of ``expected``."""


@dataclass(slots=True)
class Context:
    """Everything a rule may look at: the file's data, its components, the standard."""

    info: DocxInfo
    layout: Layout
    standard: Standard
    document: Document | None = None
    """The model, when the caller validated a model rather than a file."""
    doc_type: DocumentType | None = None
    date: date | None = None
    source: str = ""
    package: bytes | None = None
    """The file's bytes, for the second look the layout rules take (:mod:`.geometry`)."""
    limits: Limits = LIMITS
    """The caller's budgets: the second look is held to them as stage 1 was."""
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    """What rules compute once per document and share (the geometry, …)."""

    def row(self, key: str) -> ComponentStyle:
        """The standard's row for a component."""
        return self.standard.component(key)

    def geometry(self) -> Geometry | None:
        """The file's geometry (:func:`~.geometry.read_geometry`), read once.

        ``None`` when the file's bytes are not at hand or the second look does not agree
        with stage 1.
        """
        if "geometry" not in self.memo:
            found = read_geometry(self.package, self.info, self.limits) if self.package else None
            self.memo["geometry"] = found
        value: Geometry | None = self.memo["geometry"]
        return value


REGISTRY: dict[str, type[Rule]] = {}
"""Every rule, by code, in the order they were defined."""

_CODE = re.compile(r"^[A-Z]{2}\d{3}$")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


class Rule:
    """Base of every rule. Subclasses set the class attributes and write :meth:`check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    standards: ClassVar[tuple[str, ...]] = ("nd30-2020", "tt01-2011")
    component: ClassVar[str | None] = None
    """The standard row this rule reads; its locator is cited when ``locator`` is empty."""
    locator: ClassVar[str | dict[str, str]] = ""
    message: ClassVar[str] = "{where}: found {found}; expected {expected}"
    message_vi: ClassVar[str] = "{where}: đang là {found}; quy định {expected}"
    targets: ClassVar[tuple[str, ...]] = ("docx", "model")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        if not _CODE.match(getattr(cls, "code", "")):
            raise TypeError(f"{cls.__name__}: code must look like 'PG001'")
        if not _NAME.match(getattr(cls, "name", "")):
            raise TypeError(f"{cls.__name__}: name must be kebab-case naming the defect")
        if cls.code in REGISTRY:
            raise TypeError(f"{cls.__name__}: code {cls.code} is taken by {REGISTRY[cls.code]}")
        doc = cls.__doc__ or ""
        if "Wrong:" not in doc or "Right:" not in doc:
            raise TypeError(f"{cls.__name__}: the docstring must have 'Wrong:' and 'Right:'")
        REGISTRY[cls.code] = cls

    abstract: ClassVar[bool] = True

    @classmethod
    def title(cls) -> str:
        """The first line of the docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        """The locator for ``standard``: the rule's own, else its component row's."""
        if isinstance(cls.locator, dict):
            return cls.locator.get(standard.id, "")
        if cls.locator:
            return cls.locator
        if cls.component:
            try:
                return standard.component(cls.component).locator
            except KeyError:
                return ""
        return ""

    # -------------------------------------------------------------- outcomes

    @staticmethod
    def ok(location: str = "") -> Outcome:
        """A pass at ``location``."""
        return Outcome(Status.PASS, location)

    @staticmethod
    def fail(
        location: str, found: str, expected: str, *, vi: tuple[str, str, str] | None = None
    ) -> Outcome:
        """A breach at ``location``.

        ``vi`` gives the place, the found and the expected value in Vietnamese, for
        ``message_vi``; a part left empty (or no ``vi``) is rendered from the English by
        :func:`~.vi.to_vi`, the vocabulary of the values rules use again and again.
        """
        location_vi, found_vi, expected_vi = vi or ("", "", "")
        return Outcome(Status.FAIL, location, found, expected, "", location_vi, found_vi,
                       expected_vi)  # fmt: skip

    @staticmethod
    def skip(reason: str) -> Outcome:
        """Not evaluated, and why."""
        return Outcome(Status.NOT_EVALUATED, reason=reason)

    def check(self, ctx: Context) -> Iterator[Outcome]:
        """Yield outcomes; a rule that yields nothing counts as not evaluated."""
        raise NotImplementedError

    # -------------------------------------------------------------- running

    def run(self, ctx: Context) -> Finding:
        """Run the check and fold its outcomes into one finding."""
        locator = self.legal_locator(ctx.standard)
        if ctx.standard.id not in self.standards:
            outcomes = [self.skip(f"does not apply under {ctx.standard.title}")]
        else:
            try:
                outcomes = list(self.check(ctx))
            except KeyError as error:
                outcomes = [self.skip(f"the standard has no row for {error}")]
        failures = [o for o in outcomes if o.status is Status.FAIL]
        if failures:
            first = failures[0]
            more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
            values = {"where": first.location + more, "found": first.found,
                      "expected": first.expected, "standard": ctx.standard.title}  # fmt: skip
            more_vi = f" (và {len(failures) - 1} chỗ khác)" if len(failures) > 1 else ""
            title, template = ctx.standard.title, self.message_vi

            def message_vi() -> str:
                return template.format(
                    where=(first.location_vi or to_vi(first.location)) + more_vi,
                    found=first.found_vi or to_vi(first.found),
                    expected=first.expected_vi or to_vi(first.expected),
                    standard=to_vi(title),
                )

            return Finding(
                self.code, self.name, self.severity, Status.FAIL,
                self.message.format(**values), message_vi,
                location=first.location + more, expected=first.expected, found=first.found,
                locator=locator,
            )  # fmt: skip
        passes = [o for o in outcomes if o.status is Status.PASS]
        if passes:
            where_ = passes[0].location
            code = self.code

            def ok_vi() -> str:
                return f"{to_vi(where_)}: đạt" if where_ else f"quy tắc {code}: đạt"

            return Finding(self.code, self.name, self.severity, Status.PASS,
                           f"{self.title()}: ok", ok_vi, where_, "", "", locator)  # fmt: skip
        reason = next((o.reason for o in outcomes if o.reason), "nothing to check")

        def skipped_vi() -> str:
            return f"không đánh giá được: {reason_vi(reason)}"

        return Finding(self.code, self.name, self.severity, Status.NOT_EVALUATED,
                       f"not evaluated: {reason}", skipped_vi, "", "", "", locator)  # fmt: skip


def where(paragraph: ParaInfo | None, label: str = "", *, quote: bool = True) -> str:
    """Describe a paragraph's place for a message: ``Quốc hiệu (paragraph 3, table 1 …)``.

    With ``quote``, the paragraph's first 40 characters follow in «…».
    """
    if paragraph is None:
        return label or "document"
    place = f"paragraph {paragraph.index + 1}"
    if paragraph.table is not None:
        table, row, column = paragraph.table
        place += f", table {table + 1} row {row + 1} column {column + 1}"
    if paragraph.part != "word/document.xml":
        place += f", {paragraph.part}"
    text = paragraph.visible_text
    quoted = f" «{text[:40]}{'…' if len(text) > 40 else ''}»" if text and quote else ""
    return f"{label} ({place}){quoted}" if label else f"{place}{quoted}"


def where_vi(paragraph: ParaInfo | None, label: str = "") -> str:
    """:func:`where` in Vietnamese: ``Quốc hiệu (đoạn 3, bảng 1 hàng 1 cột 2) «…»``.

    ``label`` is the Vietnamese name of the component (``Quốc hiệu``, ``Nơi nhận``).
    """
    return to_vi(where(paragraph, label)) if paragraph is not None else (label or "văn bản")


@dataclass(slots=True)
class Report:
    """The findings of every rule on one document (báo cáo kiểm tra)."""

    source: str
    standard: str
    standard_title: str
    standard_reason: str
    """Why this standard was chosen."""
    findings: list[Finding] = field(default_factory=list)

    def by_code(self, code: str) -> Finding:
        """The finding of one rule."""
        for finding in self.findings:
            if finding.code == code:
                return finding
        raise KeyError(code)

    def with_status(self, status: Status) -> list[Finding]:
        """The findings with a status."""
        return [f for f in self.findings if f.status is status]

    @property
    def failures(self) -> list[Finding]:
        """Every failed rule, errors and warnings."""
        return self.with_status(Status.FAIL)

    @property
    def errors(self) -> list[Finding]:
        """Failed rules of severity error."""
        return [f for f in self.failures if f.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        """No rule of severity error failed."""
        return not self.errors

    def counts(self) -> dict[str, int]:
        """How many rules passed, failed and were not evaluated."""
        return {status.value: len(self.with_status(status)) for status in Status}

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "source": self.source,
            "standard": self.standard,
            "standard_title": self.standard_title,
            "standard_reason": self.standard_reason,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self) -> str:
        """The report as JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_text(self, *, show: Sequence[Status] = (Status.FAIL,), lang: str = "en") -> str:
        """A readable report: the findings with the given statuses, then the counts.

        ``lang`` is ``"en"`` (the default) or ``"vi"``: the messages, the marks and the
        counts in Vietnamese, for the clerk (văn thư).
        """
        vi = lang == "vi"
        if vi:
            lines = [f"{self.source}: kiểm tra theo {to_vi(self.standard_title)} "
                     f"({to_vi(self.standard_reason)})"]  # fmt: skip
            marks = {"pass": "đạt ", "fail": "LỖI ", "not-evaluated": "chưa"}
            severities = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}
        else:
            lines = [f"{self.source}: judged by {self.standard_title} ({self.standard_reason})"]
            marks = {"pass": "ok  ", "fail": "FAIL", "not-evaluated": "n/e "}
            severities = {s.value: s.value for s in Severity}
        for finding in self.findings:
            if finding.status in show:
                mark = marks[finding.status.value]
                message = finding.message_vi if vi else finding.message
                lines.append(
                    f"  {mark} {finding.code} {finding.name} "
                    f"[{severities[finding.severity.value]}]: {message}"
                    + (
                        f" — {locator_vi(finding.locator) if vi else finding.locator}"
                        if finding.locator
                        else ""
                    )
                )
        counts = self.counts()
        if vi:
            lines.append(
                f"  {counts['fail']} quy tắc không đạt ({len(self.errors)} lỗi), "
                f"{counts['pass']} đạt, {counts['not-evaluated']} không đánh giá được"
            )
        else:
            lines.append(
                f"  {counts['fail']} failed ({len(self.errors)} errors), {counts['pass']} "
                f"passed, {counts['not-evaluated']} not evaluated"
            )
        return "\n".join(lines)
