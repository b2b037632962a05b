"""Shared fixtures: the Kon Tum reference example and the seed text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.support.shared import require_shared

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_YAML = REPO / "examples" / "kontum_2452" / "kontum_2452.yaml"
SEED_NAME = "seed/000_e63cb8dbe47f42a9.txt"


@pytest.fixture(scope="session")
def kontum() -> vn.OfficialDispatch:
    document = vn.load(EXAMPLE_YAML)
    assert isinstance(document, vn.OfficialDispatch)
    return document


@pytest.fixture(scope="session")
def seed_text() -> str:
    return require_shared(SEED_NAME).read_text(encoding="utf-8")


def words(text: str) -> list[str]:
    """The words of a text, Markdown emphasis markers (``**``, ``*``) removed."""
    return re.sub(r"\*+", " ", text).split()


RICH_YAML = """
type: cong_van
agency:
  name: Sở Tài chính tỉnh Kon Tum
  lines: [SỞ TÀI CHÍNH]
  parent: {name: Ủy ban nhân dân tỉnh Kon Tum, lines: [UBND TỈNH KON TUM]}
  abbreviation: STC
  place: Kon Tum
  identifier: 000.00.12.H34
  contact:
    - "Số 12 đường Trần Hưng Đạo, thành phố Kon Tum; ĐT: 0260.3862 000"
    - "E-mail: stc@kontum.gov.vn; Website: stc.kontum.gov.vn"
number: "Số: 07/STC-NS"
date: 2025-02-03
subject: [hướng dẫn lập dự toán, ngân sách năm 2026]
recipients: [Bộ Tài chính]
marks: {urgency: KHẨN, confidentiality: MẬT, circulation: XEM XONG TRẢ LẠI}
body:
  - kind: heading
    level: chapter
    number: I
    title: Quy định chung
  - kind: heading
    level: article
    number: "1"
    title: Phạm vi điều chỉnh
  - runs:
      - {text: "Chữ đậm ", bold: true}
      - {text: "chữ nghiêng ", italic: true}
      - {text: "gạch chân", underline: true}
  - kind: list
    style: letter
    items: [Điểm thứ nhất, Điểm thứ hai]
  - kind: table
    header_rows: 1
    rows: [[STT, Nội dung, Số tiền], ["1", "Chi thường xuyên", "1.234.567"]]
  - {text: Căn giữa, align: center}
  - Đề nghị thực hiện
signature:
  lines: [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]
  signer: Trần Thị B
distribution:
  entries: [Như trên, Ủy ban nhân dân tỉnh (b/c)]
  archive: [VT, NS]
  archive_copies: 2
  drafter: TTB
  copies: 25
attachments:
  - label: Phụ lục I
    title: [BIỂU TỔNG HỢP]
    body: [Nội dung phụ lục một]
  - label: Phụ lục II
    title: [THUYẾT MINH]
    body: [Nội dung phụ lục hai]
"""


@pytest.fixture(scope="session")
def rich() -> vn.OfficialDispatch:
    document = vn.loads(RICH_YAML)
    assert isinstance(document, vn.OfficialDispatch)
    return document


def long_dispatch(document: vn.OfficialDispatch, copies: int = 4) -> vn.OfficialDispatch:
    """The same dispatch with its body repeated, so that it runs over several pages."""
    return document.model_copy(update={"body": document.body * copies})
