"""``pip install .`` gives a package that works away from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def test_the_wheel_carries_the_example_and_works_installed(tmp_path):
    wheel_dir, target, work = tmp_path / "wheel", tmp_path / "site", tmp_path / "work"
    work.mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("vnadmin_docs-*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    assert (target / "vnadmin_docs" / "py.typed").exists()
    assert (target / "vnadmin_docs" / "examples" / "kontum_2452" / "kontum_2452.yaml").exists()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path[1:]])}
    code = (
        "import vnadmin_docs, sys; from vnadmin_docs.examples import example_dir;"
        "print(vnadmin_docs.__file__); print(example_dir('kontum_2452'))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=work, env=env, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert shown[0].startswith(str(target)) and shown[1].startswith(str(target))
    result = subprocess.run(
        [sys.executable, "-m", "vnadmin_docs", "example", "kontum_2452", "-o", "ex"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Nguyễn Hữu Tháp" in (work / "ex" / "kontum_2452.txt").read_text(encoding="utf-8")
