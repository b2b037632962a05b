"""Which standard judges a document, by its date (issue 11, item 4).

The tables follow one another (TTLT 55/2005 when registered, Circular 01/2011, Decree 30/2020);
a partial date picks the table in force on every day it may mean, or the later one when it
straddles two, and says so; a date before every table is judged for reference only. The
reason the report gives is true: it names the table chosen with its real dates.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnadmin_docs as vn
from tests.models.test_partial_date import partial_dates
from tests.support.shared import corpus_listing, require_shared
from tests.validate import builders as b
from tests.validate.test_messages_vi import english_words
from vnadmin_docs.standards import (
    STANDARDS,
    UNHELD,
    by_start,
    date_span,
    for_date,
    standards_between,
    unheld_between,
)
from vnadmin_docs.validate import Severity, Status, choose_standard, validate
from vnadmin_docs.validate.vi import to_vi
from vnadmin_docs.vietnamese import format_short_date

EARLIEST = by_start()[0]
TTLT55 = "ttlt55-2005"


def _last_day(table: vn.standards.Standard) -> date | None:
    return None if table.effective_to is None else table.effective_to - timedelta(days=1)


def _dated(day: date | vn.PartialDate) -> vn.OfficialDispatch:
    return b.compliant_model().model_copy(update={"date": day})


# ----------------------------------------------------------------------------- complete dates


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2012, 1, 1), "tt01-2011"),
        (date(2018, 10, 1), "tt01-2011"),
        (date(2020, 3, 4), "tt01-2011"),
        (date(2020, 3, 5), "nd30-2020"),
        (date(2021, 6, 1), "nd30-2020"),
    ],
)
def test_a_date_picks_the_table_in_force_that_day(day, expected):
    table, reason = choose_standard(None, None, day)
    assert table.id == expected == for_date(day).id
    assert reason == (
        f"dated {format_short_date(day)}, when {table.title} was in force "
        + (
            f"(from {format_short_date(table.effective_from)})"
            if table.effective_to is None
            else f"(from {format_short_date(table.effective_from)} to "
            f"{format_short_date(table.effective_to - timedelta(days=1))})"
        )
    )


def test_a_2008_document_names_ttlt55_and_is_judged_for_reference():
    """TTLT 55/2005 governed 2005–2011; its table is not held (its text could not be checked)."""
    (ttlt55,) = [u for u in UNHELD if u.id == TTLT55]
    table, reason = choose_standard(None, None, date(2008, 6, 1))
    assert table is EARLIEST and TTLT55 not in STANDARDS
    assert ttlt55.signed < date(2008, 6, 1) < ttlt55.effective_to == EARLIEST.effective_from
    assert reason == (
        "dated 01/06/2008: Joint Circular 55/2005/TTLT-BNV-VPCP governed that date (signed "
        "06/05/2005, replaced on 05/03/2011) and no table of it is held: judged for reference "
        f"by {EARLIEST.title} (from 05/03/2011 to 04/03/2020), every failure reported as "
        "information"
    )
    assert "Decree 30" not in reason
    assert to_vi(reason).startswith(
        "văn bản ngày 01/06/2008: khi đó Thông tư liên tịch 55/2005/TTLT-BNV-VPCP đang có hiệu lực"
    )
    assert english_words(to_vi(reason)) == []
    report = validate(_dated(date(2008, 6, 1)))
    assert report.standard_reason == reason
    assert {f.severity for f in report.findings} == {Severity.INFO}


def test_the_day_before_circular_01_still_names_ttlt55():
    tt01 = STANDARDS["tt01-2011"]
    assert "55/2005" in choose_standard(None, None, tt01.effective_from - timedelta(days=1))[1]
    table, reason = choose_standard(None, None, tt01.effective_from)
    assert table is tt01 and "55/2005" not in reason
    # before it was signed, no standard at all
    assert "no standard table applies" in choose_standard(None, None, date(2005, 5, 5))[1]


def test_naming_the_unheld_table_is_refused_with_the_reason():
    with pytest.raises(vn.InputError, match=r"no table of Joint Circular 55/2005.* is held"):
        validate(_dated(date(2008, 6, 1)), "ttlt55")


def test_before_every_table_no_table_applies_and_failures_are_information():
    day = date(2004, 5, 1)
    assert day < EARLIEST.effective_from
    table, reason = choose_standard(None, None, day)
    assert table is EARLIEST
    assert "no standard table applies on that date" in reason
    assert EARLIEST.title in reason and format_short_date(EARLIEST.effective_from) in reason
    assert "for reference" in reason
    # judged for reference: the same findings as under the earliest table, all information
    kontum = b.kontum_model().model_copy(update={"date": day})  # its four real deviations
    report, named = validate(kontum), validate(kontum, EARLIEST.id)
    assert report.standard == EARLIEST.id and report.standard_reason == reason
    assert [(f.code, f.status) for f in report.findings] == [
        (f.code, f.status) for f in named.findings
    ]
    assert {f.code for f in report.failures} == {"NB001", "NB003", "SG001", "DS012"}
    assert {f.severity for f in report.findings} == {Severity.INFO}
    assert report.ok and not report.errors
    assert not named.ok  # named by the caller: judged in earnest


def test_a_date_the_caller_or_the_file_names_is_not_for_reference():
    table, reason = choose_standard("nd30-2020", None, date(2004, 5, 1))
    assert table.id == "nd30-2020" and reason == "named by the caller"
    table, reason = choose_standard(None, "tt01-2011", date(2004, 5, 1))
    assert table.id == "tt01-2011" and "recorded in the file" in reason


# ----------------------------------------------------------------------------- partial dates


def test_march_2011_straddles_two_eras_and_says_so():
    day = vn.PartialDate(year=2011, month=3)
    table, reason = choose_standard(None, None, day)
    assert table.id == "tt01-2011"  # 05/03/2011 onwards; the 1st to the 4th came before
    assert reason.startswith(
        "dated 03/2011, an incomplete date (the day left blank) that may fall "
    )
    assert reason.endswith(f"judged by the later, {table.title}")
    assert f"{table.title} (from 05/03/2011 to 04/03/2020)" in reason
    assert "under Joint Circular 55/2005/TTLT-BNV-VPCP (no table held) or under" in reason


def test_the_year_2020_straddles_circular_01_and_decree_30():
    table, reason = choose_standard(None, None, vn.PartialDate(year=2020))
    assert table.id == "nd30-2020"
    tt01 = STANDARDS["tt01-2011"]
    assert "incomplete date (the day and month left blank)" in reason
    assert f"under {tt01.title} (from 05/03/2011 to 04/03/2020)" in reason
    assert f"or under {table.title} (from 05/03/2020)" in reason


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (vn.PartialDate(year=2018), "tt01-2011"),
        (vn.PartialDate(year=2020, month=2), "tt01-2011"),
        (vn.PartialDate(year=2020, month=4), "nd30-2020"),
        (vn.PartialDate(year=2026, month=4), "nd30-2020"),
    ],
)
def test_a_partial_date_inside_one_era_picks_it(day, expected):
    table, reason = choose_standard(None, None, day)
    assert table.id == expected
    assert reason.startswith(f"dated {format_short_date(day)} (the ")
    assert "incomplete" not in reason and f"when {table.title} was in force" in reason


@given(st.one_of(st.dates(date(1990, 1, 1), date(2035, 12, 31)), partial_dates))
def test_the_reason_is_always_true(day):
    table, reason = choose_standard(None, None, day)
    first, last = date_span(day)
    in_force = standards_between(first, last)
    # the table chosen is named, with its true dates
    assert table.title in reason
    assert format_short_date(table.effective_from) in reason
    if table.effective_to is not None:
        assert format_short_date(table.effective_to - timedelta(days=1)) in reason
    # it is in force on a day the date may mean, else no table is and the reason says so
    if in_force:
        assert table is in_force[-1]
        assert "for reference" not in reason
    else:
        assert "for reference" in reason
        unheld = unheld_between(first, last)
        if unheld is None:
            assert "no standard table applies" in reason
        else:
            assert f"{unheld.title} governed that date" in reason
    # no other table is named unless it is in force on a day the date may mean
    for other in STANDARDS.values():
        if other is not table and other.title in reason:
            assert other in in_force
    # a straddle, and only a straddle, is called incomplete
    straddles = len(in_force) > 1 or (bool(in_force) and first < EARLIEST.effective_from)
    assert ("incomplete date" in reason) == straddles
    assert english_words(to_vi(reason)) == []


# ----------------------------------------------------------------------------- real files


def _corpus(number: int) -> bytes:
    return require_shared(f"corpus/docx/{corpus_listing()[number]}").read_bytes()


@pytest.mark.parametrize("number", [23, 25])
def test_a_real_file_of_the_ttlt55_era_is_not_said_to_fall_under_decree_30(number):
    """#23 is dated 14/9/2009 and #25 04/01/2011: before Circular 01/2011 took effect."""
    report = validate(_corpus(number))
    assert report.standard != "nd30-2020"
    assert "Decree 30" not in report.standard_reason
    assert "Nghị định 30" not in to_vi(report.standard_reason)
    assert "Joint Circular 55/2005/TTLT-BNV-VPCP governed that date" in report.standard_reason
    assert all(f.severity is Severity.INFO for f in report.failures)


def test_a_real_draft_keeps_its_month_and_year():
    """#17, Lâm Đồng, «ngày        tháng 4 năm 2026»: not "no date found"."""
    report = validate(_corpus(17))
    assert report.standard == "nd30-2020"
    assert report.standard_reason.startswith("dated 04/2026 (the day left blank), when ")
    assert report.by_code("DT010").status is Status.FAIL
    assert report.by_code("DT010").severity is Severity.WARNING
    assert "chưa ghi ngày, văn bản còn là dự thảo" in report.by_code("DT010").message_vi


def test_a_model_dated_partially_is_judged_as_its_file_is():
    model = _dated(vn.PartialDate(year=2026, month=2))
    report = validate(model)
    assert report.standard == "nd30-2020"
    assert report.standard_reason.startswith("dated 02/2026 (the day left blank)")
    failed = {f.code for f in report.failures}
    assert failed == {"DT010"}, failed  # «tháng 02»: the month written is right
    assert validate(b.compliant_model()).by_code("DT010").status is Status.PASS
