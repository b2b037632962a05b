"""PDF through LibreOffice (chuyển sang PDF): ``soffice --headless --convert-to pdf``.

LibreOffice sets Times New Roman in Liberation Serif where the real face is missing; its
metrics are the same, but only version 2 of the Liberation fonts has the Vietnamese
letters (Debian's ``fonts-liberation2``). With version 1 LibreOffice silently takes
another face for them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from vnadmin_docs.errors import InputError, MissingDependencyError, RenderError
from vnadmin_docs.serialization import path_argument

__all__ = ["convert_to_pdf", "soffice"]

_NAMES = ("soffice", "libreoffice")
_TIMEOUT = 180


def soffice() -> str | None:
    """Return the path of LibreOffice's ``soffice``, or ``None`` when it is not installed.

    The environment variable ``VNADMIN_SOFFICE`` names another program to use.
    """
    override = os.environ.get("VNADMIN_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_to_pdf(docx: str | os.PathLike[str], pdf: str | os.PathLike[str]) -> Path:
    """Convert a .docx to PDF with LibreOffice and write it atomically at ``pdf``.

    Raises:
        InputError: an argument is not a path, the .docx is missing or a folder, the PDF's
            folder does not exist or ``pdf`` is a folder.
        MissingDependencyError: LibreOffice is not installed.
        RenderError: the conversion failed or timed out, or the PDF cannot be written.
    """
    source = path_argument(docx, "convert_to_pdf", "docx")
    target = path_argument(pdf, "convert_to_pdf", "pdf")
    program = soffice()
    if program is None:
        raise MissingDependencyError(
            "PDF needs LibreOffice: install it (Debian/Ubuntu: apt-get install "
            "libreoffice-writer-nogui fonts-liberation2) or render to .docx only"
        )
    if not source.is_file():
        what = "a folder, not a file" if source.is_dir() else "no such file"
        raise InputError(f"convert_to_pdf(docx=…): {source}: {what}")
    if not target.parent.is_dir():
        raise InputError(
            f"convert_to_pdf(pdf=…): {target}: the folder {target.parent} does not exist"
        )
    if target.is_dir():
        raise InputError(f"convert_to_pdf(pdf=…): {target}: a folder; give a file name to write")
    source = source.resolve()
    with tempfile.TemporaryDirectory(prefix="vnadmin-pdf-") as work:
        profile = Path(work, "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            raise RenderError(f"{source}: LibreOffice took over {_TIMEOUT} s; gave up") from None
        produced = Path(work, source.with_suffix(".pdf").name)
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise RenderError(
                f"{source}: LibreOffice could not convert it to PDF"
                + (f" ({detail[-1]})" if detail else "")
            )
        temp = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(produced, temp)
            os.replace(temp, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise RenderError(f"{target}: cannot write ({error.strerror or error})") from None
    return target


