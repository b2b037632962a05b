"""Mutators for YAML/JSON models and for plain-text documents.

Models are mutated as data (a value at a random path replaced by a hostile one: wrong types,
huge numbers, deep nesting, control characters, unknown keys) and then as text (YAML alias
bombs, recursive anchors, tags, several documents; byte flips and truncation).
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

from tests.fuzz.mutate_docx import HOSTILE_TEXTS, HOSTILE_VALUES, flip_bytes, sized

_FIELDS = (
    "type", "agency", "name", "lines", "parent", "abbreviation", "place", "identifier",
    "number", "serial", "notation", "date", "subject", "recipients", "body", "kind", "level",
    "title", "text", "runs", "bold", "italic", "rows", "header_rows", "items", "style",
    "signature", "signer", "authority", "distribution", "entries", "archive", "copies",
    "marks", "urgency", "confidentiality", "attachments", "label", "align", "trich_yeu",
)  # fmt: skip


def _hostile_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(16)
    if choice == 0:
        return rng.choice(HOSTILE_VALUES)
    if choice == 1:
        return rng.choice(HOSTILE_TEXTS)(rng)
    if choice == 2:
        return rng.choice((0, -1, 1, 2**31, -(2**63), 2**64, 10**30, -(10**30)))
    if choice == 3:
        return 10 ** rng.choice((300, 4299, 4300, 5000))  # past int_max_str_digits
    if choice == 4:
        return rng.choice((float("nan"), float("inf"), -float("inf"), 1e308, -0.0, 5e-324))
    if choice == 5:
        return rng.choice((None, True, False))
    if choice == 6:
        return [] if rng.random() < 0.5 else {}
    if choice == 7 and depth < 3:
        return [_hostile_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]
    if choice == 8 and depth < 3:
        return {
            rng.choice(_FIELDS): _hostile_value(rng, depth + 1) for _ in range(rng.randint(1, 3))
        }
    if choice == 9:  # deep nesting
        value: Any = "x"
        for _ in range(rng.choice((50, 200, 500))):  # deeper: the text specials
            value = [value] if rng.random() < 0.5 else {"text": value}
        return value
    if choice == 10:
        return "x" * sized(rng, (100, 10_000), (1_000_000,))
    if choice == 11:
        return ["Đề nghị"] * sized(rng, (10, 100), (10_000, 100_000))
    if choice == 12:
        return rng.choice(("2018-02-30", "0000-01-01", "9999-12-31", "2018-13-01", "01/10/2018",
                           "2018-10-01T25:00", "-2018-01-01", "+10000-01-01", "²⁰¹⁸-01-01"))  # fmt: skip
    if choice == 13:
        return rng.choice(("Số: 0/X", "Số: 99999999999999999999/UBND-VP", "Số: /", "Số:", "/-/"))
    if choice == 14:
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 40)))
    return rng.choice(("cong_van", "quyet_dinh", "van_ban_la", "", "CONG_VAN", "công văn"))


def _paths(data: Any, max_depth: int = 12) -> list[tuple[Any, ...]]:
    """Paths to the values of nested data (not below ``max_depth``: a deep value is one value)."""
    out: list[tuple[Any, ...]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack:
        prefix, value = stack.pop()
        out.append(prefix)
        if len(prefix) >= max_depth:
            continue
        if isinstance(value, dict):
            stack += [((*prefix, key), item) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [((*prefix, index), item) for index, item in enumerate(value)]
    out.reverse()
    return out


def mutate_data(data: Any, rng: random.Random) -> tuple[Any, str]:
    """Replace, delete or add a value somewhere in the model data (mutates ``data``)."""
    paths = [p for p in _paths(data) if p]
    if not paths:
        return _hostile_value(rng), "replace-root"
    path = rng.choice(paths)
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    last = path[-1]
    choice = rng.randrange(5)
    if choice == 0:
        del holder[last]
        return data, "delete"
    if choice == 1 and isinstance(holder, dict):
        holder[rng.choice(_FIELDS) if rng.random() < 0.7 else "unknown"] = _hostile_value(rng)
        return data, "add-key"
    if choice == 2 and isinstance(holder, list):
        holder.insert(rng.randrange(len(holder) + 1), _hostile_value(rng))
        return data, "insert"
    if choice == 3 and isinstance(holder[last], list | dict):
        holder[last] = _hostile_value(rng)
        return data, "replace-container"
    holder[last] = _hostile_value(rng)
    return data, "replace"


def _yaml_dump(data: Any) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100))


def _alias_bomb(levels: int, field: str) -> str:
    lines = ["type: cong_van", "a0: &a0 [" + ", ".join(["Đề nghị"] * 9) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join([*lines, f"{field}: *a{levels}", ""])


_YAML_SPECIALS = (
    # alias bombs: each level multiplies the expanded size by 9 (shared while parsed, expanded
    # when the model is built)
    lambda rng: _alias_bomb(rng.choice((3, 5, 7)), rng.choice(("body", "subject", "recipients"))),
    lambda rng: (
        "type: cong_van\nbody: &b [Đề nghị, Đề nghị]\nsubject: &s [*b, *b, *b, *b]\n"
        "recipients: &r [*s, *s, *s, *s]\nagency: {name: [*r, *r, *r, *r]}\n"
    ),
    lambda rng: "type: cong_van\nbody: &b [*b]\n",  # a recursive anchor
    lambda rng: "&a type: cong_van\nbody: &c {kind: list, items: *c}\n",
    lambda rng: "type: cong_van\nagency: &a {name: A, parent: *a}\n",
    lambda rng: "type: !!python/object/apply:os.system [echo]\n",
    lambda rng: "type: !!binary aGVsbG8=\n",
    lambda rng: "type: cong_van\nbody: !!set {a, b}\n",
    lambda rng: "type: cong_van\ndate: !!timestamp 2018-10-01\n",
    lambda rng: "type: cong_van\ncopies: !!float .nan\n",
    lambda rng: "base: &b {type: cong_van}\n<<: *b\nnumber: 1:20:30\n",
    lambda rng: "type: cong_van\n---\ntype: cong_van\n",
    lambda rng: "type: cong_van\nnumber: 0o777\ndate: 2018_10_01\n",
    lambda rng: "\ttype: cong_van\n",
    lambda rng: "%YAML 1.1\n%TAG ! tag:evil,2000:\n--- !x\ntype: cong_van\n",
    lambda rng: "[" * sized(rng, (100, 1000), (10_000,)) + "]" * rng.choice((0, 10_000)),
    lambda rng: "{a: " * rng.choice((100, 5000)) + "b" + "}" * 5000,
    lambda rng: "- " * rng.choice((100, 3000)) + "x\n",
    lambda rng: "? " + "x" * 2000 + "\n: y\n",
    lambda rng: "type: cong_van\n" + "body: [x]\n" * rng.choice((2, 1000)),  # duplicate keys
    lambda rng: "\ufeff\ufefftype: cong_van\n",
    lambda rng: "type: \x00\x01\x85\u2028\n",
    lambda rng: "type: cong_van\nbody:\n" + "  - " + "9" * sized(rng, (4301,), (100_000,)) + "\n",
    lambda rng: "x: " + "1" * 5000 + "\n",
    lambda rng: "&" + "a" * 10_000 + " x\n",
)

_JSON_SPECIALS = (
    lambda rng: (
        '{"type": "cong_van", "copies": ' + "1" * sized(rng, (4300, 4301), (100_000,)) + "}"
    ),
    lambda rng: '{"type": "cong_van", "copies": 1' + "0" * 400 + ".5e99999}",
    lambda rng: '{"type": "cong_van", "copies": NaN, "x": Infinity, "y": -Infinity}',
    lambda rng: "[" * sized(rng, (100, 1000), (100_000,)) + "]" * rng.choice((0, 100_000)),
    lambda rng: '{"a":' * rng.choice((100, 5000)) + "1" + "}" * 5000,
    lambda rng: '{"type": "cong_van", "type": "quyet_dinh"}',
    lambda rng: '{"type": "\\ud800", "number": "\\u0000"}',
    lambda rng: '"just a string"',
    lambda rng: "null",
    lambda rng: '{"type": "cong_van"} trailing',
    lambda rng: "\ufeff{}",
    lambda rng: (
        '{"type": "cong_van", "body": ['
        + ", ".join(['"x"'] * sized(rng, (100,), (100_000,)))
        + "]}"
    ),
)


def _text_mutation(text: str, rng: random.Random) -> tuple[str, str]:
    choice = rng.randrange(6)
    if choice == 0:
        return text[: rng.randrange(len(text) + 1)], "truncate"
    if choice == 1:
        chars = list(text)
        for _ in range(rng.randint(1, 10)):
            if chars:
                chars[rng.randrange(len(chars))] = rng.choice(
                    ":-[]{}&*!|>'\"#%@`,?\n\t\x00\\" + "\u2028\ud800ạ"
                )
        return "".join(chars), "char-flip"
    if choice == 2:
        lines = text.splitlines(keepends=True)
        if lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[rng.randrange(len(lines))] * rng.choice((1, 2, 100)))
        return "".join(lines), "line-dup"
    if choice == 3:
        lines = text.splitlines(keepends=True)
        if lines:
            del lines[rng.randrange(len(lines))]
        return "".join(lines), "line-drop"
    if choice == 4:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice(("    ", "\t", "  - ", ": ", "&x ", "*x", "!!str ")) + text[
            at:
        ], "insert-token"
    start = rng.randrange(len(text) + 1)
    end = min(len(text), start + rng.randint(1, 500))
    return text[:start] + text[start:end] * rng.randint(2, 30) + text[end:], "splice"


def mutate_model(text: str, fmt: str, rng: random.Random) -> tuple[str, str]:
    """One YAML or JSON input from a seed text."""
    roll = rng.random()
    specials = _YAML_SPECIALS if fmt == "yaml" else _JSON_SPECIALS
    if roll < 0.15:
        return rng.choice(specials)(rng), "special"
    if roll < 0.75:
        data = json.loads(json.dumps(_load(text, fmt)))  # a fresh copy as plain data
        names = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            data, name = mutate_data(data, rng)
            names.append(name)
        out = _dump(data, fmt, ensure_ascii=rng.random() < 0.5)
        what = "data:" + "+".join(names)
        if rng.random() < 0.2:
            out, more = _text_mutation(out, rng)
            what += "|" + more
        return out, what
    out, what = _text_mutation(text, rng)
    return out, "text:" + what


def _dump(data: Any, fmt: str, *, ensure_ascii: bool) -> str:
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # our own huge integers must be written out
    try:
        try:
            text = json.dumps(data, ensure_ascii=ensure_ascii, allow_nan=True)
        except RecursionError:
            return json.dumps("too deep to write")
        if fmt == "yaml" and len(text) < 50_000:  # a big one stays JSON, which YAML reads too
            try:
                return _yaml_dump(data)
            except (RecursionError, UnicodeError):
                pass
        return text
    finally:
        sys.set_int_max_str_digits(limit)


def _load(text: str, fmt: str) -> Any:
    if fmt == "json":
        return json.loads(text)
    import yaml

    from vnadmin_docs.serialization import _yaml_loader

    return yaml.load(text, Loader=_yaml_loader())


# --------------------------------------------------------------------------- plain text

_TEXT_LINES = (
    "Số: 2452/UBND-TH", "Số: " + "9" * 5000 + "/X", "V/v " + "ạ" * 10_000,
    "Kon Tum, ngày 99 tháng 99 năm 99999", "Kon Tum, ngày ² tháng ½ năm 2018",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi:",
    "Nơi nhận:", "- Lưu: VT, TH.", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "QUYẾT ĐỊNH",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "Ñy ban nh©n d©n", "|a|b|\n|-|-|", "# Heading", "**bold**",
    "Điều " + "1" * 4400 + ". x", "Chương MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM",
    "a) " * 3000, "1." * 5000, "\x00\x01\x02\x1b[31m", "\u202e\u200b\ufeff",
)  # fmt: skip


def mutate_text(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One plain-text document input from a seed: line edits, hostile lines, encodings, bytes."""
    choice = rng.randrange(8)
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    if choice == 0 and lines:
        i = rng.randrange(len(lines))
        lines.insert(i, rng.choice(_TEXT_LINES))
        return "\n".join(lines).encode("utf-8", "surrogatepass"), "hostile-line"
    if choice == 1 and lines:
        line = rng.choice(lines)
        count = sized(rng, (10, 100, 1000), (10_000,))
        at = rng.randrange(len(lines))
        lines[at:at] = [line] * count
        return "\n".join(lines).encode("utf-8"), f"repeat{count}"
    if choice == 2 and lines:
        for _ in range(rng.randint(1, 5)):
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
        return "\n".join(lines).encode("utf-8"), "shuffle"
    if choice == 3:
        encoding = rng.choice(("utf-16", "utf-16-le", "utf-32", "cp1258", "latin-1", "utf-8-sig"))
        return text.encode(encoding, "replace"), f"encoding-{encoding}"
    if choice == 4:
        return flip_bytes(data, rng, 20), "byte-flip"
    if choice == 5:
        import unicodedata

        form = rng.choice(("NFD", "NFKD", "NFKC"))
        return unicodedata.normalize(form, text).encode("utf-8"), form
    if choice == 6:
        return data[: rng.randrange(len(data) + 1)], "truncate"
    newline = rng.choice(("\r\n", "\r", "\u2028", "\x0b", "\x0c", "\x85", "\n" * 50))
    return newline.join(lines).encode("utf-8"), "newlines"
