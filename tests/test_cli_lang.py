"""``--lang vi|en``: the command line speaks Vietnamese to a Vietnamese locale, or when asked."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import EXAMPLE_YAML
from vnadmin_docs.cli import default_lang, main

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def english_locale(monkeypatch):
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def vietnamese_locale(monkeypatch):
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")


def test_default_lang_follows_the_locale():
    assert default_lang({}) == "en"
    assert default_lang({"LANG": "vi_VN.UTF-8"}) == "vi"
    assert default_lang({"LANG": "C.UTF-8"}) == "en"
    assert default_lang({"LANG": "vi_VN.UTF-8", "LC_ALL": "en_US.UTF-8"}) == "en"
    assert default_lang({"LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN"}) == "vi"
    assert default_lang({"LANG": "en_US.UTF-8", "LC_ALL": "vi"}) == "vi"
    assert default_lang({"LC_ALL": "", "LANG": "vi_VN"}) == "vi"  # an empty variable is unset


def _validate(capsys, *args: str) -> str:
    assert main(["validate", str(EXAMPLE_YAML), *args]) == 1  # the example breaks 4 rules
    return capsys.readouterr().out


def test_validate_in_english_by_default(english_locale, capsys):
    out = _validate(capsys)
    assert "judged by" in out and "FAIL NB001" in out and "no colon after «Số»" in out
    assert "đoạn" not in out


def test_validate_in_vietnamese_under_a_vietnamese_locale(vietnamese_locale, capsys):
    out = _validate(capsys)
    assert "kiểm tra theo Thông tư 01/2011/TT-BNV" in out
    assert "LỖI  NB001" in out and "[lỗi]" in out
    assert "(đoạn 6, bảng 1 hàng 2 cột 1)" in out
    assert "thiếu dấu hai chấm sau chữ «Số»" in out
    assert "quy tắc không đạt" in out and "paragraph" not in out and "judged" not in out


def test_lang_option_wins_over_the_locale(english_locale, vietnamese_locale, capsys):
    out = _validate(capsys, "--lang", "en")
    assert "judged by" in out and "paragraph 6" in out


def test_lang_option_before_the_command(english_locale, capsys):
    assert main(["--lang", "vi", "validate", str(EXAMPLE_YAML)]) == 1
    assert "kiểm tra theo" in capsys.readouterr().out


def test_json_report_carries_both_languages(english_locale, capsys):
    import json

    assert main(["validate", str(EXAMPLE_YAML), "--format", "json", "--lang", "vi"]) == 1
    finding = next(f for f in json.loads(capsys.readouterr().out)[0]["findings"]
                   if f["status"] == "fail")  # fmt: skip
    assert finding["message"] and finding["message_vi"] != finding["message"]


def test_render_and_errors_in_vietnamese(english_locale, tmp_path, capsys):
    output = tmp_path / "k.txt"
    assert main(["render", str(EXAMPLE_YAML), "-o", str(output), "--lang", "vi"]) == 0
    assert capsys.readouterr().out.startswith("đã ghi ")
    assert main(["validate", str(tmp_path / "missing.docx"), "--lang", "vi"]) == 2
    assert capsys.readouterr().err.startswith("vnadmin: lỗi: ")
    assert main(["validate", str(tmp_path / "missing.docx"), "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("vnadmin: error: ")


def test_read_notes_in_vietnamese(english_locale, tmp_path, capsys):
    docx = tmp_path / "k.docx"
    assert main(["render", str(EXAMPLE_YAML), "-o", str(docx)]) == 0
    capsys.readouterr()
    assert main(["read", str(docx), "-o", str(tmp_path / "k.yaml"), "--lang", "vi"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("đã ghi ")
    assert "note:" not in captured.err


def test_every_command_takes_lang():
    for command in ("render", "validate", "read", "schema", "example"):
        result = subprocess.run(
            [sys.executable, "-m", "vnadmin_docs", command, "--help"],
            capture_output=True, text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        assert "--lang {vi,en}" in result.stdout, command


def test_an_unknown_language_is_a_usage_error(capsys):
    assert main(["validate", str(EXAMPLE_YAML), "--lang", "fr"]) == 2
    assert "--lang" in capsys.readouterr().err
