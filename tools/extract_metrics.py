"""Regenerate vnadmin_docs/data/tnr_metrics.json from the Liberation Serif 2.x fonts.

Liberation Serif 2.x is metric-compatible with Times New Roman: every glyph has the same
advance width. This script reads the advance widths (in font units) of the characters that
Vietnamese administrative documents use from the four styles of Liberation Serif and writes
them as compact JSON, which ``vnadmin_docs.metrics`` loads at run time to compute the length
of the horizontal rules (đường kẻ ngang) under headings.

Kerning is deliberately not recorded: Word does not kern by default.

fontTools is a development-only dependency (the ``dev`` extra); the package itself only reads
the generated JSON.

Usage::

    python tools/extract_metrics.py [FONT_DIR] [--output PATH]

FONT_DIR defaults to /usr/share/fonts/truetype/liberation2 (Debian package fonts-liberation2).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont

DEFAULT_FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
DEFAULT_OUTPUT = (
    Path(__file__).resolve().parent.parent / "vnadmin_docs" / "data" / "tnr_metrics.json"
)

#: JSON key of each style -> file name in the font directory.
STYLES: dict[str, str] = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

#: The character whose advance is used for characters missing from the table.
DEFAULT_CHAR = "n"

FORMAT_VERSION = 1


def _span(first: int, last: int) -> range:
    return range(first, last + 1)


#: Characters that must be present in every style (the script fails otherwise).
REQUIRED: tuple[Iterable[int], ...] = (
    _span(0x20, 0x7E),  # printable ASCII
    _span(0xA0, 0xFF),  # Latin-1 Supplement: NBSP, symbols, letters (soft hyphen is skipped)
    _span(0x100, 0x17F),  # Latin Extended-A: Ă ă Đ đ Ĩ ĩ Ũ ũ and other European letters
    (0x1A0, 0x1A1, 0x1AF, 0x1B0),  # Latin Extended-B: Ơ ơ Ư ư
    _span(0x1EA0, 0x1EF9),  # Latin Extended Additional: precomposed Vietnamese letters
    (0x300, 0x301, 0x303, 0x309, 0x323),  # combining tone marks: huyền sắc ngã hỏi nặng
    (0x302, 0x306, 0x31B),  # combining circumflex, breve, horn (â ă ơ in NFD)
    (0x2013, 0x2014),  # en dash, em dash
    (0x2018, 0x2019, 0x201C, 0x201D),  # curly quotes
    (0x2026, 0x2022),  # ellipsis, bullet
)

#: Extra typographic characters, recorded when the font has them.
OPTIONAL: tuple[Iterable[int], ...] = (
    (0x2010, 0x2012, 0x2015),  # hyphen, figure dash, horizontal bar
    (0x201A, 0x201E, 0x2039, 0x203A),  # low and single guillemet quotes
    (0x2020, 0x2021, 0x2030, 0x2032, 0x2033),  # dagger, double dagger, per mille, primes
    (0x2002, 0x2003, 0x2009, 0x202F),  # en, em, thin and narrow no-break spaces
    (0x20AB, 0x20AC, 0x2116, 0x2122, 0x2212),  # ₫ € № ™ minus
)


def _codepoints(groups: Iterable[Iterable[int]]) -> Iterator[int]:
    for group in groups:
        for cp in group:
            # Format characters (soft hyphen ...) are invisible in Word; metrics.py gives
            # them zero width, so they are not recorded.
            if unicodedata.category(chr(cp)) != "Cf":
                yield cp


def style_metrics(path: Path) -> dict[str, Any]:
    """Read units-per-em, the default advance and the advances of one font file."""
    font = TTFont(path, lazy=True)
    try:
        cmap: dict[int, str] = font.getBestCmap()
        hmtx = font["hmtx"]
        advances: dict[str, int] = {}
        missing = [cp for cp in _codepoints(REQUIRED) if cp not in cmap]
        if missing:
            names = ", ".join(f"U+{cp:04X}" for cp in missing)
            raise SystemExit(f"{path}: required characters missing from the font: {names}")
        for cp in _codepoints(REQUIRED):
            advances[chr(cp)] = int(hmtx[cmap[cp]][0])
        for cp in _codepoints(OPTIONAL):
            if cp in cmap:
                advances[chr(cp)] = int(hmtx[cmap[cp]][0])
            else:
                print(f"{path.name}: no glyph for optional U+{cp:04X}, skipped", file=sys.stderr)
        return {
            "units_per_em": int(font["head"].unitsPerEm),
            "default_advance": advances[DEFAULT_CHAR],
            "advances": advances,
            "font_version": str(font["name"].getDebugName(5)),
        }
    finally:
        font.close()


def build(font_dir: Path) -> dict[str, Any]:
    """Build the whole JSON document from the four Liberation Serif files in ``font_dir``."""
    styles = {key: style_metrics(font_dir / name) for key, name in STYLES.items()}
    versions = {style.pop("font_version") for style in styles.values()}
    return {
        "format": FORMAT_VERSION,
        "font": "Liberation Serif",
        "font_version": " / ".join(sorted(versions)),
        "metric_compatible_with": "Times New Roman",
        "default_advance_of": DEFAULT_CHAR,
        "generator": "tools/extract_metrics.py",
        "kerning": False,
        "styles": styles,
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "font_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_FONT_DIR,
        help=f"directory holding LiberationSerif-*.ttf (default: {DEFAULT_FONT_DIR})",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"JSON file to write (default: {DEFAULT_OUTPUT})",
    )
    args = parser.parse_args(argv)
    font_dir: Path = args.font_dir
    output: Path = args.output
    for name in STYLES.values():
        if not (font_dir / name).is_file():
            parser.error(f"{font_dir / name} not found (install fonts-liberation2?)")
    data = build(font_dir)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text + "\n", encoding="utf-8")
    count = len(data["styles"]["regular"]["advances"])
    print(f"wrote {output} ({output.stat().st_size} bytes, {count} characters per style)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
