"""The command line: a thin layer with exit codes 0, 1, 2 and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import vnadmin_docs as vn
from tests.conftest import EXAMPLE_YAML
from vnadmin_docs.cli import main
from vnadmin_docs.render.pdf import soffice


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnadmin_docs", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_render_text_and_markdown(tmp_path, kontum):
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.txt")]) == 0
    assert (tmp_path / "k.txt").read_text(encoding="utf-8") == vn.render_text(kontum)
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.md")]) == 0
    assert "**ỦY BAN NHÂN DÂN" in (tmp_path / "k.md").read_text(encoding="utf-8")


def test_render_converts_between_yaml_and_json(tmp_path, kontum):
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.json")]) == 0
    assert vn.load(tmp_path / "k.json") == kontum


def test_python_dash_m_runs_the_same_cli(tmp_path):
    result = run("render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.txt"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "k.txt").exists()


def test_schema_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "recipients" in schema["properties"]
    assert main(["schema", "Công văn"]) == 0


def test_example_writes_yaml_script_text_docx_and_pdf(tmp_path):
    assert main(["example", "kontum_2452", "-o", str(tmp_path / "ex")]) == 0
    names = sorted(p.name for p in (tmp_path / "ex").iterdir())
    expected = ["build_kontum_2452.py", "kontum_2452.docx", "kontum_2452.txt", "kontum_2452.yaml"]
    if soffice() is not None:
        expected.insert(2, "kontum_2452.pdf")
    assert names == expected
    assert (tmp_path / "ex" / "kontum_2452.docx").read_bytes()[:2] == b"PK"


def test_invalid_document_exits_1_with_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    text = EXAMPLE_YAML.read_text(encoding="utf-8").replace("signer: Nguyễn Hữu Tháp", "signer: ''")
    bad.write_text(text, encoding="utf-8")
    result = run("render", str(bad), "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "signature.signer" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "absent.yaml", "-o", "x.txt"], "no such file"),
        (["render", str(EXAMPLE_YAML), "-o", "x.pdfx"], "cannot render"),
        (["schema", "nonsense"], "unknown document type"),
    ],
)
def test_input_errors_exit_2_without_traceback(tmp_path, args, message):
    result = run(*[a if a != "x.txt" else str(tmp_path / a) for a in args])
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2():
    assert run("render").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("example", "unknown", "-o", "x").returncode == 2


@pytest.mark.parametrize("command", [[], ["render"], ["schema"], ["example"]])
def test_help_on_each_command(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: vnadmin" in result.stdout


def test_render_docx_and_pdf(tmp_path):
    out = tmp_path / "k.docx"
    result = run("render", str(EXAMPLE_YAML), "-o", str(out), "--standard", "tt01-2011")
    assert result.returncode == 0, result.stderr
    assert b"tt01-2011" in __import__("zipfile").ZipFile(out).read("docProps/custom.xml")
    if soffice() is None:
        pytest.skip("LibreOffice is not installed: the PDF half of this test needs it")
    assert main(["render", str(EXAMPLE_YAML), "-o", str(out), "--pdf"]) == 0
    assert out.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "only.pdf")]) == 0
    assert (tmp_path / "only.pdf").read_bytes()[:5] == b"%PDF-"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.docx", "k.pdf", "only.pdf"]


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VNADMIN_SOFFICE", str(tmp_path / "no-such-soffice"))
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.pdf")]) == 2
    message = capsys.readouterr().err
    assert "PDF needs LibreOffice" in message and "fonts-liberation2" in message
    assert not (tmp_path / "k.pdf").exists()
    with pytest.raises(vn.MissingDependencyError):
        vn.convert_to_pdf(tmp_path / "x.docx", tmp_path / "x.pdf")


def test_pdf_flag_needs_a_docx_output(tmp_path, capsys):
    assert main(["render", str(EXAMPLE_YAML), "-o", str(tmp_path / "k.txt"), "--pdf"]) == 2
    assert "--pdf goes with a .docx output" in capsys.readouterr().err
    assert not (tmp_path / "k.txt").exists()


def test_unknown_standard_is_a_usage_error():
    result = run("render", str(EXAMPLE_YAML), "-o", "x.docx", "--standard", "nd99")
    assert result.returncode == 2 and "invalid choice" in result.stderr
