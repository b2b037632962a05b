"""Partial dates (ngày tháng năm chưa đầy đủ): a draft's date of issue with a blank day or month.

Issue 11, items 3 and 4: the year and month a draft prints are kept, printed back with their
blanks, written to JSON and YAML and read back, and they choose the standard.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

import vnadmin_docs as vn
from vnadmin_docs.examples import kontum_2452
from vnadmin_docs.read.docx import read_docx_document
from vnadmin_docs.read.text import read_text
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.vietnamese import (
    format_date,
    format_place_date,
    format_short_date,
    parse_date,
    parse_issue_date,
)

years = st.integers(1990, 2035)
partial_dates = st.one_of(
    years.map(lambda year: vn.PartialDate(year=year)),
    st.builds(lambda year, month: vn.PartialDate(year=year, month=month), years,
              st.integers(1, 12)),
    st.builds(lambda year, day: vn.PartialDate(year=year, day=day), years, st.integers(1, 31)),
)  # fmt: skip
"""Every shape of partial date: the year alone, the month and year, the day and year."""


def _dated(value: object) -> vn.OfficialDispatch:
    model = kontum_2452()
    return type(model).model_validate(model.model_dump() | {"date": value})


# ----------------------------------------------------------------------------- the model


@pytest.mark.parametrize(
    ("given", "year", "month", "day"),
    [
        ("2026-04", 2026, 4, None),
        ("2026", 2026, None, None),
        ("04/2026", 2026, 4, None),
        ("4/2026", 2026, 4, None),
        ("2026-XX-15", 2026, None, 15),
        ("2026-04-XX", 2026, 4, None),
        ("ngày    tháng 4 năm 2026", 2026, 4, None),
        ("Kon Tum, ngày      tháng      năm 2026", 2026, None, None),
        ("Hưng Yên, ngày\u00a0\u00a0 tháng\u00a0 năm\u00a02021", 2021, None, None),
        ("Hậu Giang, ngày … tháng … năm 2024", 2024, None, None),
        ({"year": 2026, "month": 4}, 2026, 4, None),
        ({"nam": 2026, "thang": 2, "ngay": None}, 2026, 2, None),
        (2026, 2026, None, None),
    ],
)
def test_every_input_form_gives_the_partial_date(given, year, month, day):
    value = _dated(given).date
    assert isinstance(value, vn.PartialDate)
    assert (value.year, value.month, value.day) == (year, month, day)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2026-04-05", date(2026, 4, 5)),
        ("05/04/2026", date(2026, 4, 5)),
        ({"year": 2026, "month": 4, "day": 5}, date(2026, 4, 5)),
        ("Kon Tum, ngày 05 tháng 4 năm 2026", date(2026, 4, 5)),
        ("2026-4-5", date(2026, 4, 5)),
        (None, None),
    ],
)
def test_a_complete_date_stays_a_date(given, expected):
    assert _dated(given).date == expected


@pytest.mark.parametrize(
    ("given", "field", "says"),
    [
        ("2026-13", "month", "less than or equal to 12"),
        ({"year": 2026, "month": 0}, "month", "greater than or equal to 1"),
        ({"year": 2026, "day": 32}, "day", "less than or equal to 31"),
        ({"year": 0}, "year", "greater than or equal to 1"),
        ({"year": 2026, "month": 4, "week": 2}, "week", "Extra inputs"),
    ],
)
def test_impossible_parts_are_refused_naming_the_field(given, field, says):
    with pytest.raises(ValidationError) as error:
        _dated(given)
    (problem,) = error.value.errors()
    assert problem["loc"] == ("date", "partial", field)
    assert says in problem["msg"]


def test_a_day_the_month_does_not_have_is_refused_naming_the_day():
    with pytest.raises(ValidationError) as error:
        vn.PartialDate.model_validate({"year": 2026, "month": 4, "day": 31})
    assert error.value.errors()[0]["loc"] == ("day",)
    assert "tháng 4 năm 2026, which has 30 days" in str(error.value)


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("31/04/2026", "not a date of the calendar"),
        ({"year": 2026, "month": 2, "day": 29}, "not a date of the calendar"),
        ("ngày    tháng    năm", "no year (năm)"),
        ("tháng 4", "cannot read a date of issue"),
    ],
)
def test_what_is_no_date_is_refused(given, says):
    with pytest.raises(ValidationError, match=re.escape(says)):
        _dated(given)


def test_a_complete_date_is_not_a_partial_date():
    with pytest.raises(ValidationError, match="a complete date is a date"):
        vn.PartialDate(year=2026, month=4, day=5)
    with pytest.raises(ValidationError, match="is a complete date"):
        vn.PartialDate.model_validate("ngày 05 tháng 4 năm 2026")


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (vn.PartialDate(year=2026, month=4), date(2026, 4, 1), date(2026, 4, 30)),
        (vn.PartialDate(year=2024, month=2), date(2024, 2, 1), date(2024, 2, 29)),
        (vn.PartialDate(year=2023, month=2), date(2023, 2, 1), date(2023, 2, 28)),
        (vn.PartialDate(year=2020), date(2020, 1, 1), date(2020, 12, 31)),
        (vn.PartialDate(year=2020, day=31), date(2020, 1, 31), date(2020, 12, 31)),
        (vn.PartialDate(year=2020, day=9), date(2020, 1, 9), date(2020, 12, 9)),
    ],
)
def test_the_span_of_days_it_may_mean(value, earliest, latest):
    assert (value.earliest, value.latest) == (earliest, latest)


@given(partial_dates)
def test_the_span_holds_only_days_that_fit_what_is_written(value: vn.PartialDate):
    assert value.earliest <= value.latest
    for day in (value.earliest, value.latest):
        assert day.year == value.year
        assert value.month in (None, day.month)
        assert value.day in (None, day.day)


def test_the_other_dates_of_issue_take_a_partial_date_too():
    copy = kontum_2452().model_dump()
    copy["copying"] = {
        "kind": "SY", "agency": {"name": "Văn phòng UBND tỉnh", "place": "Kon Tum"},
        "number": "05/SY-VP", "date": "2026-04",
        "signature": {"lines": ["CHÁNH VĂN PHÒNG"], "signer": "Lê Văn C"},
    }  # fmt: skip
    model = vn.OfficialDispatch.model_validate(copy)
    assert model.copying is not None and model.copying.date == vn.PartialDate(year=2026, month=4)
    assert model.copying.place_date_line == "Kon Tum, ngày      tháng 4 năm 2026"
    field = vn.Minutes.model_fields["date"]
    assert "PartialDate" in str(field.annotation)


# ----------------------------------------------------------------------------- text forms


def test_blanks_are_printed_as_a_wholly_blank_date_prints_them():
    blank = format_place_date("Kon Tum", None)
    assert blank == "Kon Tum, ngày      tháng      năm      "
    gap = blank[len("Kon Tum, ngày") : blank.index("tháng")]
    assert format_place_date("Kon Tum", vn.PartialDate(year=2026, month=4)) == (
        f"Kon Tum, ngày{gap}tháng 4 năm 2026"
    )
    assert format_date(vn.PartialDate(year=2026)) == f"ngày{gap}tháng{gap}năm 2026"
    # the leading-zero rule for the parts that are written
    assert format_date(vn.PartialDate(year=2026, month=1)).endswith("tháng 01 năm 2026")
    assert format_date(vn.PartialDate(year=2026, month=2)).endswith("tháng 02 năm 2026")
    assert format_date(vn.PartialDate(year=2026, month=3)).endswith("tháng 3 năm 2026")
    assert format_date(vn.PartialDate(year=2026, day=5)).startswith("ngày 05 tháng ")
    assert format_date(vn.PartialDate(year=2026, day=15)).startswith("ngày 15 tháng ")


@given(partial_dates)
def test_printing_and_parsing_are_inverse(value: vn.PartialDate):
    line = format_place_date("Kon Tum", value)
    assert parse_issue_date(line) == value
    assert parse_date(line) is None  # not a complete date
    assert vn.PartialDate.model_validate(value.isoformat()) == value
    assert vn.PartialDate.model_validate(line) == value


@given(st.dates(date(1990, 1, 1), date(2035, 12, 31)))
def test_complete_dates_parse_as_before(day: date):
    assert (
        parse_issue_date(format_place_date("Hà Nội", day))
        == day
        == parse_date(format_place_date("Hà Nội", day))
    )


@pytest.mark.parametrize(
    "line",
    [
        "Hà Nội, ngày      tháng      năm",  # no year
        "Hà Nội, ngày 30 tháng 02 năm 2021",  # a day February has not
        "Hà Nội, ngày    tháng 13 năm 2021",
        "Hà Nội, ngày 32 tháng    năm 2021",
        "Hà Nội, ngày 31 tháng 4 năm 2021",
        "Hà Nội, ngày 5 tháng 4 năm 20",
        "ngày 123 tháng 4 năm 2021",
        "Hà Nội, ngày    tháng 4 năm 0000",
        "no date here",
    ],
)
def test_lines_without_a_usable_date_give_none(line):
    assert parse_issue_date(line) is None


def test_the_short_form_a_report_cites():
    assert format_short_date(date(2011, 3, 5)) == "05/03/2011"
    assert format_short_date(vn.PartialDate(year=2011, month=3)) == "03/2011"
    assert format_short_date(vn.PartialDate(year=2011)) == "2011"


# ----------------------------------------------------------------------------- JSON, YAML


@given(partial_dates)
def test_json_and_yaml_round_trip(value: vn.PartialDate):
    model = _dated(value)
    for fmt in ("json", "yaml"):
        text = vn.dumps(model, fmt)
        assert vn.loads(text, fmt) == model
    assert json.loads(vn.dumps(model, "json"))["date"] == value.isoformat()


def test_yaml_writes_the_iso_form_and_reads_a_bare_year():
    assert "date: 2026-04\n" in vn.dumps(_dated("2026-04"), "yaml")
    assert "date: '2026'\n" in vn.dumps(_dated(2026), "yaml")
    text = vn.dumps(kontum_2452(), "yaml").replace("date: '2018-10-01'", "date: 2018")
    text = text.replace("date: 2018-10-01", "date: 2018")
    assert vn.loads(text).date == vn.PartialDate(year=2018)


def test_the_json_schema_shows_the_partial_form():
    schema = vn.json_schema()
    member = json.dumps(schema["properties"]["date"])
    assert "#/$defs/PartialDate" in member
    assert "oneOf" not in member  # «2026-04» is a string too where «format» is not checked
    partial = schema["$defs"]["PartialDate"]
    patterns = [m["pattern"] for m in partial["anyOf"] if m.get("type") == "string"]
    assert patterns and all(re.search(patterns[0], s) for s in ("2026-04", "2026", "2026-XX-15"))
    written = TypeAdapter(vn.PartialDate).json_schema(mode="serialization")
    assert written["type"] == "string"
    for text in ("2026-04", "2026", "2026-XX-15", "2026-04-XX"):
        assert re.search(written["pattern"], text)
    assert not re.search(written["pattern"], "2026-04-05")  # a full date is a date
    mapping = next(m for m in partial["anyOf"] if m.get("type") == "object")
    assert mapping["required"] == ["year"]


# ----------------------------------------------------------------------------- render and read


@pytest.mark.parametrize(
    ("value", "line"),
    [
        (vn.PartialDate(year=2026, month=4), "Kon Tum, ngày      tháng 4 năm 2026"),
        (vn.PartialDate(year=2026, month=2), "Kon Tum, ngày      tháng 02 năm 2026"),
        (vn.PartialDate(year=2026), "Kon Tum, ngày      tháng      năm 2026"),
        (vn.PartialDate(year=2026, day=5), "Kon Tum, ngày 05 tháng      năm 2026"),
    ],
)
def test_our_docx_prints_the_blanks_and_reads_back_the_same_model(value, line):
    model = _dated(value)
    data = docx_bytes(model)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    printed = re.findall(r"<w:t(?: [^>]*)?>(Kon Tum, ngày[^<]*)</w:t>", xml)
    assert printed == [line]
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode("utf-8")
    assert f"{value.earliest.isoformat()}T00:00:00Z" in core  # a valid W3CDTF stamp
    reading = read_docx_document(data)
    assert reading.document == model
    assert any("partial date" in note for note in reading.notes)


@given(partial_dates)
def test_our_text_reads_back_the_same_model(value: vn.PartialDate):
    model = _dated(value)
    text = vn.render_text(model)
    assert format_place_date("Kon Tum", value) in text.splitlines()
    assert read_text(text).document == model
