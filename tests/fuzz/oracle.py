"""The promise every input is held to, and the generator of input number *i*.

For any bytes, ``read(data, fmt="docx")``, ``read(data, fmt="text")`` and ``validate(data)`` end
in a result or a :class:`vnadmin_docs.VnadminError`; for any text, ``loads(text, "yaml"|"json")``
ends in a model, a ``VnadminError`` or pydantic's ``ValidationError``, and a model it returns
renders with ``docx_bytes`` (a ``VnadminError`` allowed). Anything else is a *foreign* exception.
Time (10 s) and memory (1 GiB) are enforced by the engine around each call.
"""

from __future__ import annotations

import hashlib
import random
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.fuzz.seeds import Seeds

ROOT = Path(__file__).resolve().parents[2]

#: Input kind → file extension of its regression files.
EXTENSIONS = {"docx": "docx", "yaml": "yaml", "json": "json", "text": "txt"}
KIND_OF_EXTENSION = {ext: kind for kind, ext in EXTENSIONS.items()}

#: Share of each input kind. Measured costs (ms per input on a busy 2-core machine): a .docx
#: mutated at the XML level 40 (ours) to 75 (real files), at the byte level 35, a model 8, a
#: text 10; this mix keeps the average near 25 ms while half the .docx inputs go deep.
WEIGHTS = (("docx", 0.45), ("yaml", 0.20), ("json", 0.15), ("text", 0.20))
#: For a .docx: the share mutated at the XML level, then at the package level (else bytes).
DOCX_STRUCTURAL, DOCX_PACKAGE = 0.55, 0.10
#: For a .docx mutated at the XML level: the share taken from our own rendered files.
DOCX_OURS = 0.6


class Timeout(BaseException):
    """Raised by the per-call alarm (a BaseException, so no ``except Exception`` eats it)."""


@dataclass
class Failure:
    """One broken promise: a foreign exception, a timeout, memory, or a dead worker."""

    kind: str
    """``foreign``, ``timeout``, ``memory`` or ``crash``."""
    target: str
    input_kind: str
    exc_type: str
    message: str
    last_frame: str
    """The innermost frame of the traceback (``file:line in function``)."""
    lib_frame: str
    """The innermost frame inside ``vnadmin_docs`` (the place to fix), else ``last_frame``."""
    index: int = -1
    mutation: str = ""
    seconds: float = 0.0
    traceback: str = ""
    sha1: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        """Distinct failures: the exception type and where it was raised."""
        return (self.kind, self.exc_type, self.lib_frame)

    def file_name(self) -> str:
        """``<kind>-<sha1[:12]>.<ext>``: the regression file's name."""
        return f"{self.kind}-{self.sha1[:12]}.{EXTENSIONS[self.input_kind]}"

    def to_json(self) -> dict[str, Any]:
        """Plain data, for the worker's pipe."""
        return asdict(self)


def _frame(entry: traceback.FrameSummary) -> str:
    path = Path(entry.filename)
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        parts = path.parts
        shown = (
            "/".join(parts[parts.index("site-packages") + 1 :])
            if "site-packages" in parts
            else path.name
        )
    return f"{shown}:{entry.lineno} in {entry.name}"


def where(error: BaseException) -> tuple[str, str, str]:
    """(last frame, innermost library frame, formatted traceback tail) of an exception."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?", "?", ""
    last = _frame(frames[-1])
    lib = next(
        (_frame(f) for f in reversed(frames) if "vnadmin_docs" in Path(f.filename).parts), last
    )
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__)[-12:])
    return last, lib, text[-4000:]


def sha1(data: bytes) -> str:
    """Hex SHA-1 of an input."""
    return hashlib.sha1(data).hexdigest()


# --------------------------------------------------------------------------- targets


def targets(kind: str) -> list[tuple[str, Callable[[bytes], Any], tuple[type[BaseException], ...]]]:
    """(name, call, allowed exceptions) for each function an input of ``kind`` goes through."""
    import pydantic

    import vnadmin_docs as vn
    from vnadmin_docs.render.docx import docx_bytes

    ours: tuple[type[BaseException], ...] = (vn.VnadminError,)
    if kind == "docx":
        return [
            ("read(docx)", lambda data: vn.read(data, fmt="docx"), ours),
            ("validate", vn.validate, ours),
            ("read(text)", lambda data: vn.read(data, fmt="text"), ours),
        ]
    if kind == "text":
        return [("read(text)", lambda data: vn.read(data, fmt="text"), ours)]
    fmt = kind

    def load_and_render(data: bytes) -> bytes:
        text = data.decode("utf-8", "surrogatepass")
        try:
            document = vn.loads(text, fmt)
        except (vn.VnadminError, pydantic.ValidationError):
            return b""
        return docx_bytes(document)

    return [(f"loads({fmt})+docx_bytes", load_and_render, ours)]


# --------------------------------------------------------------------------- inputs


def _pick(weights: tuple[tuple[str, float], ...], rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for name, weight in weights:
        total += weight
        if roll < total:
            return name
    return weights[-1][0]


def generate(seeds: Seeds, seed: int | str, index: int) -> tuple[str, bytes, str, set[str]]:
    """Input number ``index`` of the run ``seed``: (kind, bytes, what was done, targets).

    Each input depends only on (seed, index) and the seed corpus, so any input can be made
    again alone and the inputs can be shared among workers in any way. A generated .docx goes
    through ``read(text)`` and one of ``read(docx)`` and ``validate`` (both share the package
    reader, so this halves the cost); a regression file goes through every target.
    """
    from tests.fuzz import mutate_docx, mutate_text

    rng = random.Random(f"{seed}:{index}")
    kind = _pick(WEIGHTS, rng)
    chosen = {name for name, _, _ in targets(kind)}
    if kind == "docx":
        chosen = {"read(text)", rng.choice(("read(docx)", "validate"))}
        roll = rng.random()
        ours = seeds.docx[: seeds.ours] if rng.random() < DOCX_OURS else seeds.docx
        if roll < DOCX_STRUCTURAL:
            name, data = rng.choice(ours)
            out, what = mutate_docx.structural(data, rng)
        elif roll < DOCX_STRUCTURAL + DOCX_PACKAGE:
            name, data = rng.choice(ours)
            out, what = mutate_docx.package(data, rng)
        else:
            name, data = rng.choice(ours)
            out, what = mutate_docx.byte_level(data, rng)
        if roll < DOCX_STRUCTURAL + DOCX_PACKAGE and rng.random() < 0.1:
            out, more = mutate_docx.byte_level(out, rng)
            what += "|" + more
    elif kind == "text":
        name, data = rng.choice(seeds.text)
        out, what = mutate_text.mutate_text(data, rng)
    else:
        pool = seeds.yaml if kind == "yaml" else seeds.json
        name, source = rng.choice(pool)
        text, what = mutate_text.mutate_model(source, kind, rng)
        out = text.encode("utf-8", "surrogatepass")
    return kind, out, f"{name}: {what}", chosen
