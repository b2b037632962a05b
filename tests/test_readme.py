"""The README's quick start runs as written, and its two commands are there."""

from __future__ import annotations

import os
import re

import vnadmin_docs as vn
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_quick_start_runs_and_makes_a_second_dispatch(tmp_path, capsys):
    (code,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    printed = capsys.readouterr().out
    assert "Số: 05/SNV-VP" in printed
    assert "Kon Tum, ngày 09 tháng 02 năm 2025" in printed
    assert "- Lưu: VT, VP." in printed
    assert "0 failed" in printed  # the rendered file passes every rule
    assert (tmp_path / "cv05.docx").read_bytes()[:2] == b"PK"
    document = vn.load(tmp_path / "cv05.yaml")
    assert document.number.value == "05/SNV-VP"


def test_the_two_commands_are_in_the_readme_and_ci_uses_the_second():
    assert "bash scripts/example.sh   #" in README
    assert "bash scripts/test.sh" in README
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci
