"""The seed corpus, built at start-up: our own rendered files, the shared corpus, small models.

Nothing is copied into the repository: the .docx seeds are rendered by the library itself
(deterministic bytes), the real files are read in place from ``<shared>/corpus/docx`` when that
folder exists (see ``tests/support/shared.py``), the YAML/JSON seeds are the Kon Tum example and
two small models written here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.shared import shared_dir

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_YAML = ROOT / "examples" / "kontum_2452" / "kontum_2452.yaml"

#: Real files larger than this are left out of the CI run: reading the biggest takes seconds, and
#: a seed that is slow before any mutation makes the bounded run both slow and load-sensitive.
CI_MAX_SEED_BYTES = 25_000

MINIMAL_YAML = """\
type: cong_van
agency: {name: Sở Nội vụ tỉnh Kon Tum, abbreviation: SNV, place: Kon Tum}
number: "Số: 05/SNV-VP"
date: "2025-02-09"
subject: [tổ chức hội nghị]
recipients: [Các phòng, ban thuộc Sở]
body: [Đề nghị các phòng chuẩn bị]
signature: {lines: [GIÁM ĐỐC], signer: Nguyễn Văn A}
"""

RICH_YAML = """\
type: cong_van
agency:
  name: Sở Tài chính tỉnh Kon Tum
  lines: [SỞ TÀI CHÍNH]
  parent: {name: Ủy ban nhân dân tỉnh Kon Tum, lines: [UBND TỈNH KON TUM]}
  abbreviation: STC
  place: Kon Tum
  identifier: 000.00.12.H34
  contact: ["Số 12 đường Trần Hưng Đạo; ĐT: 0260.3862 000", "E-mail: stc@kontum.gov.vn"]
number: "Số: 07/STC-NS"
date: 2025-02-03
subject: [hướng dẫn lập dự toán, ngân sách năm 2026]
recipients: [Bộ Tài chính]
marks: {urgency: KHẨN, confidentiality: MẬT, circulation: XEM XONG TRẢ LẠI}
body:
  - {kind: heading, level: chapter, number: I, title: Quy định chung}
  - {kind: heading, level: article, number: "1", title: Phạm vi điều chỉnh}
  - runs: [{text: "Chữ đậm ", bold: true}, {text: "nghiêng ", italic: true},
           {text: "gạch chân", underline: true}]
  - {kind: list, style: letter, items: [Điểm thứ nhất, Điểm thứ hai]}
  - kind: table
    header_rows: 1
    rows: [[STT, Nội dung, Số tiền], ["1", "Chi thường xuyên", "1.234.567"]]
  - {text: Căn giữa, align: center}
  - Đề nghị thực hiện
signature: {lines: [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC], signer: Trần Thị B}
distribution:
  entries: [Như trên, Ủy ban nhân dân tỉnh (b/c)]
  archive: [VT, NS]
  archive_copies: 2
  drafter: TTB
  copies: 25
attachments:
  - {label: Phụ lục I, title: [BIỂU TỔNG HỢP], body: [Nội dung phụ lục một]}
"""


@dataclass
class Seeds:
    """Seed inputs by kind. Every list is in a fixed order, so a run is reproducible."""

    docx: list[tuple[str, bytes]] = field(default_factory=list)
    """Our rendered files first (``ours`` of them), then the real ones."""
    ours: int = 0
    yaml: list[tuple[str, str]] = field(default_factory=list)
    json: list[tuple[str, str]] = field(default_factory=list)
    text: list[tuple[str, bytes]] = field(default_factory=list)
    corpus_dir: Path | None = None

    def summary(self) -> str:
        """One line: how many seeds of each kind."""
        where = str(self.corpus_dir) if self.corpus_dir else "absent"
        return (
            f"{len(self.docx)} docx, {len(self.yaml)} yaml, {len(self.json)} json, "
            f"{len(self.text)} text seeds (shared corpus: {where})"
        )


def corpus_dir() -> Path | None:
    """``<shared>/corpus/docx`` when it exists, else None (the run then uses our files only)."""
    base = shared_dir()
    path = base / "corpus" / "docx" if base is not None else None
    return path if path is not None and path.is_dir() else None


def build(max_seed_bytes: int | None = CI_MAX_SEED_BYTES) -> Seeds:
    """Render our files and collect the real ones; ``max_seed_bytes=None`` keeps every file."""
    import vnadmin_docs as vn
    from vnadmin_docs.models import Marks
    from vnadmin_docs.render.docx import docx_bytes

    seeds = Seeds()
    kontum_yaml = EXAMPLE_YAML.read_text("utf-8")
    kontum = vn.loads(kontum_yaml, source=str(EXAMPLE_YAML))
    rich = vn.loads(RICH_YAML)
    minimal = vn.loads(MINIMAL_YAML)
    marked = kontum.model_copy(
        update={"marks": Marks.model_validate({"urgency": "HỎA TỐC", "confidentiality": "MẬT"})}
    )
    for name, document, standard in (
        ("kontum", kontum, None),
        ("kontum-tt01", kontum, "tt01-2011"),
        ("kontum-marks", marked, None),
        ("rich", rich, None),
        ("rich-tt01", rich, "tt01-2011"),
        ("minimal", minimal, None),
    ):
        seeds.docx.append((name, docx_bytes(document, standard)))
    seeds.ours = len(seeds.docx)
    for name, document in (("kontum", kontum), ("rich", rich), ("minimal", minimal)):
        seeds.text.append((name, vn.render_text(document).encode("utf-8")))

    seeds.yaml = [("kontum", kontum_yaml), ("rich", RICH_YAML), ("minimal", MINIMAL_YAML)]
    for name, document in (("kontum", kontum), ("rich", rich), ("minimal", minimal)):
        seeds.json.append((name, vn.dumps(document, "json")))
    seeds.json.append(("minimal-plain", json.dumps({"type": "cong_van", "number": "Số: 1/A"})))

    folder = corpus_dir()
    seeds.corpus_dir = folder
    if folder is not None:
        for path in sorted(folder.glob("*.docx")):
            if max_seed_bytes is None or path.stat().st_size <= max_seed_bytes:
                seeds.docx.append((path.name, path.read_bytes()))
    base = shared_dir()
    if base is not None and (base / "seed").is_dir():
        for path in sorted((base / "seed").glob("*.txt")):
            seeds.text.append((path.name, path.read_bytes()))
    return seeds


def env_int(name: str, default: int) -> int:
    """An integer from the environment (blank means the default)."""
    value = os.environ.get(name, "").strip()
    return int(value) if value else default
