"""Every rule's Vietnamese message, rendered with real values, is Vietnamese throughout.

All rules run over the failing inputs registered in ``cases*.py`` (the inputs of
``test_rules.py``) and over a few corpus files; each failing finding's ``message_vi`` must
hold no English word. A word is a run of ASCII letters outside the document's own text
(quoted «…»); it is English when it cannot be a Vietnamese syllable written without marks
(``bold``, ``page``, ``column``) or is one of a few English words that can (``the``,
``on``, ``not`` …). Units, abbreviations in capitals, font names and the names Word shows
for its own settings are allowed (:data:`ALLOWED`).

Rules with no failing case: none — ``test_rules.py`` requires one for every rule, and
:func:`test_every_rule_is_covered` checks that each rule failed here at least once
(:data:`WITHOUT_FAILING_CASE` lists the exceptions, empty today).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

import pytest

import tests.validate as package
from tests.support.shared import require_shared
from tests.validate.cases import CASES
from vnadmin_docs.standards import STANDARDS
from vnadmin_docs.validate import REGISTRY, Finding, Report, Status, validate
from vnadmin_docs.validate.vi import locator_vi

for _module in pkgutil.iter_modules(package.__path__):
    if _module.name.startswith("cases_"):
        importlib.import_module(f"tests.validate.{_module.name}")

CORPUS = (
    "vbai__2114_SNV_To_trinh_cong_nhan_ket_qua_Dai_hoi_va_phe_duyet_Dieu_le_Hiep_hoi_Doanh"
    "_nghiep_tinh.docx",
    "egov__cong_van_4622_bgddt_cntt.docx",
    "tdkt__1668482344_bienban.docx",
    "motcuasn__Bien_ban_hop_THUB_2009.docx",
    "vbstreamlit__mau_cong_van.docx",
)
"""A few real files: values the cases do not make (fonts, colours, shapes)."""

WITHOUT_FAILING_CASE: frozenset[str] = frozenset()
"""Rules no input here makes fail (so their Vietnamese message is not checked)."""

ALLOWED = frozenset(
    {
        # units
        "pt", "mm", "cm",
        # Word's and the file format's own names, as Word shows them
        "ascii", "hAnsi", "eastAsia", "cs", "hint", "titlePg", "minorHAnsi",
        "majorHAnsi", "Unicode", "Word", "alphabetic", "roman", "arabic",
        # font names
        "Times", "New", "Roman", "Calibri", "Arial", "Light", "Cambria", "Mincho",
        "VnTime", "VnTimeH", "VnFree", "VnArial",
        # Vietnamese abbreviations not in capitals
        "TTr", "Nb", "Tab", "Courier",
        # Vietnamese words spelt without marks
        "Latinh",
    }
)  # fmt: skip
"""Tokens that are not English for a clerk (units, names of Word's settings, fonts)."""

ENGLISH_LOOKING_VIETNAMESE = frozenset(
    {"the", "at", "it", "on", "not", "top", "up", "than", "then", "them", "main", "can",
     "be", "he", "me", "go", "set", "get", "let", "net", "ten", "but", "has", "its"}
)  # fmt: skip
"""English words that could be Vietnamese syllables without their marks."""

_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oai|oay|oao|oe|oo|oi|ua|uay|ue|ui|uo|"
    r"uoi|uou|uu|uy|uya|uye|uyu|ye|yeu|ieu)"
    r"(?:c|ch|m|n|ng|nh|p|t)?$"
)
"""A Vietnamese syllable, written without its marks."""
_QUOTED = re.compile(r"«[^»]*»")
_CODES = re.compile(
    r"\bvnadmin\.\w+|\bV/v\b|\bw:\w+|U\+[0-9A-Fa-f]+|#[0-9A-Fa-f]{3,8}\b|\\\* \w+|\S+\.xml|https?://\S+"
)
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ỹĐđ]+")


def english_words(text: str) -> list[str]:
    """The English words of a Vietnamese message (outside the document's quoted text)."""
    slots = " ".join(re.findall(r"<[^<>«»]*>", text))  # «V/v <subject>»: the rule's words
    text = _CODES.sub(" ", _QUOTED.sub(" ", text) + " " + slots)
    found = []
    for token in _TOKEN.findall(text):
        if not (token.isascii() and token.isalpha()) or token in ALLOWED:
            continue
        if token.isupper() or len(token) == 1:  # UBND, VT, TM, PAGE …; điểm a, b, c
            continue
        lower = token.lower()
        if lower in ENGLISH_LOOKING_VIETNAMESE or not _SYLLABLE.match(lower):
            found.append(token)
    return found


def test_the_detector():
    assert english_words("đang là center; quy định justify") == ["center", "justify"]
    assert english_words("(70% of the 43.2 mm line)") == ["of", "the", "line"]
    assert english_words("Quốc hiệu (đoạn 2) «Times New Roman and more»: in hoa; quy định") == []
    assert english_words("đang là cỡ chữ 12 pt; nên dùng UBND, TTr, ô 7a") == []


@cache
def _reports() -> tuple[Report, ...]:
    reports = {}
    for item in CASES:
        if item.expect is Status.FAIL and (item.build, item.standard) not in reports:
            reports[item.build, item.standard] = validate(item.build(), item.standard)
    for name in CORPUS:
        try:
            path = require_shared(f"corpus/docx/{name}")
        except pytest.skip.Exception:
            continue
        reports[name, None] = validate(path)
    return tuple(reports.values())


def _failures() -> list[Finding]:
    return [f for report in _reports() for f in report.failures]


def _offenders(findings: list[Finding]) -> str:
    offenders: dict[str, tuple[str, str]] = {}
    for finding in findings:
        words = english_words(finding.message_vi)
        if words and finding.code not in offenders:
            offenders[finding.code] = (", ".join(sorted(set(words))), finding.message_vi)
    return "\n".join(f"{code}: [{w}] {m}" for code, (w, m) in sorted(offenders.items()))


def test_every_vietnamese_message_is_vietnamese():
    offenders = _offenders(_failures())
    assert not offenders, f"rules that speak English to the clerk:\n{offenders}"


def test_every_rule_is_covered():
    failed = {f.code for f in _failures()}
    uncovered = set(REGISTRY) - failed
    assert uncovered == WITHOUT_FAILING_CASE, sorted(uncovered)


def test_passes_and_reasons_not_evaluated_are_vietnamese_too():
    others = [f for report in _reports() for f in report.findings if f.status is not Status.FAIL]
    assert {f.status for f in others} == {Status.PASS, Status.NOT_EVALUATED}
    offenders = _offenders(others)
    assert not offenders, f"passes or reasons in English:\n{offenders}"


def test_the_report_in_vietnamese():
    report = _reports()[0]
    text = report.to_text(lang="vi", show=list(Status))
    assert "kiểm tra theo" in text and "không đạt" in text
    for finding in report.findings:  # the rule's name is its identifier, as its code is
        text = text.replace(f" {finding.name} ", " ")
    assert not english_words(text.replace(report.source, ""))


def test_every_locator_reads_in_vietnamese():
    offenders = []
    for standard in STANDARDS.values():
        for code, rule in REGISTRY.items():
            cited = locator_vi(rule.legal_locator(standard))
            if english_words(cited):
                offenders.append(f"{code} ({standard.id}): {cited}")
    assert not offenders, "\n".join(offenders)
