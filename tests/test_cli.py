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


def test_invalid_model_is_an_input_error_exit_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    text = EXAMPLE_YAML.read_text(encoding="utf-8").replace("signer: Nguyễn Hữu Tháp", "signer: ''")
    bad.write_text(text, encoding="utf-8")
    result = run("render", str(bad), "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"vnadmin: error: {bad}: invalid document")
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


def run_bytes(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnadmin_docs", *args], input=stdin, capture_output=True, check=False
    )


def one_error_line(stderr: str | bytes) -> str:
    text = stderr.decode("utf-8") if isinstance(stderr, bytes) else stderr
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_stdin_to_stdout_round_trip_through_validate():
    yaml_text = EXAMPLE_YAML.read_bytes()
    docx = run_bytes("render", "-", "-o", "-", "--to", "docx", stdin=yaml_text)
    assert docx.returncode == 0, docx.stderr
    assert docx.stdout[:2] == b"PK" and docx.stderr == b""
    checked = run_bytes("validate", "-", stdin=docx.stdout)
    # the reference example keeps its printed deviations: a broken rule, exit 1
    assert checked.returncode == 1, checked.stderr
    assert b"FAIL" in checked.stdout
    read_back = run_bytes("read", "-", "-o", "-", stdin=docx.stdout)
    assert read_back.returncode == 0, read_back.stderr
    assert vn.loads(read_back.stdout.decode("utf-8")).number.value == "2452/UBND-TH"


def test_stdin_json_is_detected(kontum, monkeypatch, capsysbinary):
    import io

    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(vn.dumps(kontum, "json").encode()))
    )
    assert main(["render", "-", "-o", "-", "--to", "yaml"]) == 0
    assert vn.loads(capsysbinary.readouterr().out.decode("utf-8")) == kontum


def test_validate_a_model_on_stdin_and_schema_to_stdout(kontum, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(vn.dumps(kontum).encode())))
    assert main(["validate", "-", "--format", "json"]) == 1
    assert any(f["status"] == "fail" for f in json.loads(capsys.readouterr().out)[0]["findings"])
    assert main(["schema", "-o", "-"]) == 0
    assert "recipients" in json.loads(capsys.readouterr().out)["properties"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ["render", "-", "-o", "x.txt"],
            b"type: cong_van\nagency: [unclosed\n",
            "<stdin>: not valid YAML: did not find expected ',' or ']' (line 3, column 1",
        ),
        (
            ["render", "-", "-o", "x.txt"],
            b"type: cong_van\n",
            "<stdin>: invalid document (7 problems)",
        ),
        (["render", "-", "-o", "x.txt"], b"\xff\xfe", "<stdin>: not UTF-8 text"),
        (["render", "-", "-o", "x.txt"], b"[" * 5000, "<stdin>: not valid YAML"),
        (
            ["render", "-", "-o", "x.txt"],
            b'{"a":' * 3000 + b"1" + b"}" * 3000,
            "<stdin>: lists and mappings nest",
        ),
        (
            ["render", str(EXAMPLE_YAML), "-o", "-"],
            b"",
            "-o -: name the format of standard output with --to",
        ),
        (
            ["render", str(EXAMPLE_YAML), "-o", "x.docx", "--to", "txt"],
            b"",
            "does not match the extension",
        ),
        (["render", "/dev/zero", "-o", "x.txt"], b"", "/dev/zero: unknown file type"),
        (["read", "/dev/zero"], b"", "/dev/zero: not a regular file"),
        (["validate", "/dev/zero"], b"", "/dev/zero: not a regular file"),
        (["read", "absent.docx"], b"", "absent.docx: no such file"),
        (["validate", "absent.docx"], b"", "absent.docx: no such file"),
        (["read", "-"], b"", "<stdin>: "),
        (["validate", "-", "-"], b"", "standard input (-) can be read only once"),
        (["render"], b"", "the following arguments are required"),
        (["frobnicate"], b"", "invalid choice"),
    ],
)
def test_every_error_is_one_line_and_exit_2(tmp_path, args, stdin, message):
    args = [str(tmp_path / a) if a in ("x.txt", "x.docx") else a for a in args]
    result = run_bytes(*args, stdin=stdin)
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert line.startswith("vnadmin: error: ")
    assert message in line, line


def test_a_folder_as_output_exits_2(tmp_path):
    (tmp_path / "out.txt").mkdir()
    result = run("render", str(EXAMPLE_YAML), "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 2
    assert "out.txt: a folder" in one_error_line(result.stderr)


def test_debug_prints_the_traceback(tmp_path):
    for args in (["--debug", "read", "absent.docx"], ["read", "absent.docx", "--debug"]):
        result = run(*args)
        assert result.returncode == 2
        assert "Traceback" in result.stderr
        assert result.stderr.strip().splitlines()[-1] == "vnadmin: error: absent.docx: no such file"
    env_result = subprocess.run(
        [sys.executable, "-m", "vnadmin_docs", "read", "absent.docx"],
        capture_output=True, text=True, check=False, env={**__import__("os").environ, "VNADMIN_DEBUG": "1"},
    )  # fmt: skip
    assert env_result.returncode == 2 and "Traceback" in env_result.stderr


def test_an_unexpected_error_is_an_internal_error(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr("vnadmin_docs.cli.json_schema", broken)
    assert main(["schema"]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line == "vnadmin: internal error: KeyError: 'surprise' (run with --debug and report it)"
    assert main(["--debug", "schema"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_control_character_in_a_message_stays_on_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        EXAMPLE_YAML.read_text(encoding="utf-8").replace(
            "signer: Nguyễn Hữu Tháp", 'signer: "a\\x07\\nb"'
        ),
        encoding="utf-8",
    )
    result = run("render", str(bad), "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 2
    assert "signature.signer: contains U+0007" in one_error_line(result.stderr)


def test_help_mentions_exit_codes_and_debug():
    result = run("--help")
    assert "Exit status: 0" in result.stdout and "--debug" in result.stdout
