"""The mistakes people really make: each fixture triggers its own rule and nothing else new.

Each fixture is a compliant document (ours, or a real Word-saved file of the corpus) with
one mistake put in; the test compares the failures before and after the edit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.validate import builders as b
from tests.validate import builders_header as h
from tests.validate import builders_page as pg
from tests.validate import builders_text as tx
from tests.validate.builders_closing import distribution
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.validate import validate


def _failed(source, standard=None) -> set[str]:
    return {f.code for f in validate(source, standard).failures}


def _footer_numbers_on_every_page() -> bytes:
    # our layout for Circular 01/2011 puts the number in the footer; drop the first-page
    # exception too, so it shows on every page
    return pg.drop_title_page(docx_bytes(b.model(body=b.compliant_model().body * 4), "tt01-2011"))


QD = b.QD_CORPUS
MISTAKES: list[tuple[str, Callable[[], object], Callable[[], object], set[str], str | None]] = [
    # (mistake, base, with the mistake, the rules it must add, standard)
    ("page number in the footer on every page", pg.long_docx, _footer_numbers_on_every_page,
     {"PN003", "PN004", "FM083"}, "nd30-2020"),
    ("rules drawn as underscores", b.compliant_docx,
     lambda: b.set_runs(h.rule_as_underscores(b.compliant_docx(), "Độc lập - Tự do", 24), "____",
                        size=13, bold=True), {"RL007"}, None),
    ("a floating-shape rule", b.compliant_docx,
     lambda: h.rule_as_shape(b.compliant_docx(), "Độc lập - Tự do", 56.1), {"RL008"}, None),
    ("every month zero-padded", lambda: b.corpus(QD),
     lambda: tx.sub(b.corpus(QD), "Bình Thuận, ngày", "tháng 6", "tháng 06"), {"DT001"}, None),
    ("Times New Roman only in the ascii slot, East-Asian hint", b.compliant_docx,
     lambda: b.set_runs(b.compliant_docx(), "Thực hiện Hướng dẫn", ascii_font="Times New Roman"),
     {"FT003", "FT005"}, None),
    ("NFD text", b.compliant_docx,
     lambda: pg.decompose(b.compliant_docx(), "Thực hiện Hướng dẫn"), {"FT011"}, None),
    ("a .VnTime run", lambda: b.corpus(QD),
     lambda: b.set_runs(b.corpus(QD), "Căn cứ Luật", font=".VnTime"),
     {"FT001", "FT002", "FT004", "FT008", "FT010"}, None),
    ("V/v in a quyết định", lambda: b.corpus(QD),
     lambda: tx.sub(b.corpus(QD), "Phê duyệt Điều lệ", "Phê duyệt", "V/v phê duyệt"), {"SB001"}, None),
    ("Nơi nhận without the archive line", b.compliant_model,
     lambda: distribution(archive=()), {"DS006"}, None),
    ("Quốc hiệu not bold", b.compliant_docx,
     lambda: b.set_runs(b.compliant_docx(), "CỘNG HÒA XÃ HỘI", bold=False), {"FM002"}, None),
    ("left margin 20 mm", lambda: b.corpus(QD),
     lambda: b.set_margin(b.corpus(QD), "left", 20), {"PG005"}, None),
]  # fmt: skip


@pytest.mark.parametrize(("mistake", "base", "broken", "codes", "standard"), MISTAKES,
                         ids=[m[0] for m in MISTAKES])  # fmt: skip
def test_each_mistake_triggers_its_own_rule(mistake, base, broken, codes, standard):
    before = _failed(base(), standard)
    after = _failed(broken(), standard)
    assert after - before == codes, f"{mistake}: new failures {sorted(after - before)}"


def test_the_compliant_documents_trigger_none():
    assert _failed(b.compliant_docx()) == set()
    assert _failed(b.compliant_model()) == set()
    assert _failed(pg.long_docx()) == set()
