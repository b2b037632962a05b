"""The documentation's examples run, and its copies of real output are current."""

from __future__ import annotations

import os
import re

import pytest

import vnadmin_docs as vn
from tests.conftest import REPO

DOCS = sorted((REPO / "docs").glob("*.md"))


def blocks(language: str) -> list[tuple[str, int, str]]:
    found = []
    for page in DOCS:
        text = page.read_text(encoding="utf-8")
        for index, code in enumerate(re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)):
            found.append((page.name, index, code))
    return found


PYTHON = blocks("python")
YAML = [b for b in blocks("yaml") if b[2].startswith("type:")]


@pytest.mark.parametrize(("page", "index", "code"), PYTHON, ids=[f"{p}#{i}" for p, i, _ in PYTHON])
def test_python_examples_run(tmp_path, page, index, code):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, f"docs/{page}", "exec"), {})
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(("page", "index", "code"), YAML, ids=[f"{p}#{i}" for p, i, _ in YAML])
def test_yaml_examples_load(page, index, code):
    document = vn.loads(code, "yaml", source=f"docs/{page}")
    assert vn.render_text(document)


def test_the_second_dispatch_in_the_model_page_renders_as_documented():
    (_, _, code) = next(b for b in YAML if b[0] == "model.md")
    text = vn.render_text(vn.loads(code))
    assert "Số: 07/STC-NS" in text
    assert "Kon Tum, ngày 03 tháng 02 năm 2025" in text
    assert "UBND TỈNH KON TUM\n\nSỞ TÀI CHÍNH" in text
    assert "V/v hướng dẫn lập dự toán ngân sách năm 2026" in text
    assert "a) Biểu tổng hợp" in text and "b) Thuyết minh chi tiết" in text
    assert "- Lưu: VT, NS. TTB.(25)" in text
    assert "KHẨN" in text


def test_kontum_page_shows_the_current_rendering(kontum):
    page = (REPO / "docs" / "kontum_2452.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- BEGIN kontum_2452.txt -->\n```text\n(.*?)```", page, re.DOTALL)
    assert shown is not None
    assert shown.group(1) == vn.render_text(kontum)


def test_generated_pages_are_current():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
