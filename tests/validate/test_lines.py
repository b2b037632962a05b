"""Issue 11, item 5: what the cases cannot say (severity, messages, the layout's lines)."""

from __future__ import annotations

from tests.validate import builders as b
from tests.validate import builders_lines as bl
from tests.validate.cases_lines import BR_HEADER, BR_HEADER_SHAPE, MOTTO, NAME
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.read.components import near_national_name, recognise
from vnadmin_docs.validate import Severity, Status, validate


def test_a_rule_drawn_as_a_floating_shape_is_information_not_a_warning():
    # Phụ lục I, Phần I, Mục II, khoản 1.b, 2.b, 5.b: a solid rule of a set length; how it is
    # drawn is not prescribed, so a line shape (what most offices draw) is no breach.
    report = validate(b.corpus(b.QD_CORPUS))
    finding = report.by_code("RL008")
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.INFO
    assert "RL008" not in {f.code for f in report.errors}
    assert "allows" in finding.message
    assert "quy định cho phép" in finding.message_vi


def test_each_line_of_a_paragraph_split_by_line_breaks_is_its_own_component():
    layout = recognise(read_docx(bl.join_lines(b.corpus(b.QD_CORPUS), NAME, MOTTO)))
    p = layout.national_name
    assert p is not None and p is layout.national_motto
    assert layout.text("national_name", p) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert layout.text("national_motto", p) == "Độc lập - Tự do - Hạnh phúc"
    name_runs = layout.runs("national_name", p)
    motto_runs = layout.runs("national_motto", p)
    assert "".join(r.text for r in name_runs) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert {r.size for r in name_runs} == {13.0}
    assert {r.size for r in motto_runs} == {14.0}


def test_a_rule_typed_on_the_last_line_is_the_rule_and_not_the_component():
    layout = recognise(read_docx(b.corpus(BR_HEADER)))
    assert layout.rule_lines["national_motto"].method == "underscores"
    assert layout.rule_lines["agency"].method == "underscores"
    assert "_" not in "".join(layout.lines("agency"))


def test_the_label_of_a_list_typed_under_it_is_its_first_line():
    layout = recognise(read_docx(b.corpus(BR_HEADER_SHAPE)))
    label = layout.distribution_label
    assert label is not None
    assert layout.text("distribution_label", label) == "Nơi nhận:"
    assert all(r.italic and r.bold for r in layout.runs("distribution_label", label))


def test_a_misspelt_quoc_hieu_is_reported_as_misspelt_not_missing():
    data = b.replace_text(b.corpus(b.QD_CORPUS), "CỘNG HÒA", "CÔNG HÒA")
    report = validate(data)
    assert report.by_code("HD001").status is Status.PASS
    wording = report.by_code("HD002")
    assert wording.status is Status.FAIL
    assert "CÔNG HÒA" in wording.message and "CỘNG HÒA" in wording.message


def test_near_national_name():
    assert near_national_name("CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert near_national_name("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NA")
    assert near_national_name("CONG HOA XA HOI CHU NGHIA VIET NAM")
    assert not near_national_name("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert not near_national_name("CỘNG HÒA XÃ HỘI CHỦ NGHĨA")
    assert not near_national_name("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    assert not near_national_name("MẶT TRẬN TỔ QUỐC VIỆT NAM")
