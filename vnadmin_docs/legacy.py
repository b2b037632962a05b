"""Legacy Vietnamese encodings (bảng mã cũ): TCVN3 (ABC) and VNI-Windows to Unicode and back.

Before Unicode (TCVN 6909:2001) Vietnamese was typed in 8-bit fonts (phông chữ) that draw
Vietnamese letters in place of Latin-1 ones. A .docx keeps such a run's text as the legacy
byte values read as Latin-1 code points, and only the run's font (``w:rFonts``) says what
the bytes mean:

* **TCVN3** (bảng mã ABC, TCVN 5712:1993 VN3): fonts ``.VnTime``, ``.VnArial``, … One byte
  per letter. The lower-case fonts hold the lower-case letters with tone marks plus the
  seven capitals Ă Â Ê Ô Ơ Ư Đ; the upper-case fonts (chữ hoa: ``.VnTimeH``, ``.VnArialH``,
  …) draw capitals at the very same byte values, and at ``a``-``z`` too.
* **VNI-Windows** (bảng mã VNI): fonts ``VNI-Times``, ``VNI-Helve``, … A base letter
  followed by one modifier character that carries the tone mark (dấu thanh), the
  circumflex (dấu mũ), the breve (dấu trăng) or both; ơ, ư, đ and the letters of i with a
  tone are single characters.

>>> to_unicode("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3")
'Cộng hòa xã hội chủ nghĩa Việt Nam'
>>> to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")
'Cộng hòa xã hội chủ nghĩa Việt Nam'
>>> to_unicode("ñy ban nh©n d©n tØnh kon tum", encoding_of_font(".VnTimeH") or "")
'ỦY BAN NHÂN DÂN TỈNH KON TUM'
>>> looks_legacy("§éc lËp - Tù do - H¹nh phóc"), looks_legacy("Độc lập - Tự do - Hạnh phúc")
('tcvn3', None)

The tables follow UniKey's converter (VnConv, the tables of the TCVN3 and VNI-WIN
charsets) and agree with GNU libiconv's TCVN-5712 table on every lower-case letter.
The capitals with tone marks that the full TCVN 5712 (VN1) puts at ``0x01``-``0x17``,
``0x80``-``0x9F`` and a few other bytes are not in the ABC fonts (UniKey keeps
``0x80``-``0x9F`` as the Windows quotes and dashes), so they are deliberately not decoded,
and neither are VN1's stand-alone tone marks at ``0xB0``-``0xB4`` (``°``, ``±``, ``²``,
``³``, ``´`` in Latin-1).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final, Literal

from vnadmin_docs.errors import InputError

__all__ = [
    "ENCODINGS",
    "TCVN3_TO_UNICODE",
    "TCVN3_UPPER_TO_UNICODE",
    "VIETNAMESE_LETTERS",
    "VNI_TO_UNICODE",
    "Encoding",
    "LegacyEncodingError",
    "encoding_of_font",
    "from_tcvn3",
    "from_vni",
    "looks_legacy",
    "to_tcvn3",
    "to_unicode",
    "to_vni",
]

Encoding = Literal["tcvn3", "tcvn3-upper", "vni"]
"""The names of the legacy encodings: ``tcvn3-upper`` is TCVN3 in an upper-case font."""

ENCODINGS: Final[tuple[Encoding, ...]] = ("tcvn3", "tcvn3-upper", "vni")
"""Every legacy encoding this module reads and writes."""


class LegacyEncodingError(InputError, ValueError):
    """A text or encoding name cannot be used (không chuyển được bảng mã).

    Raised for an unknown encoding name, and by :func:`to_tcvn3` and :func:`to_vni` for a
    character the legacy encoding cannot represent.
    """


# ------------------------------------------------------------------------ the letters

# The five tone marks (dấu thanh) as combining characters, in the order of the tables:
# ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONES: Final = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
# The twelve vowel letters (nguyên âm), then đ.
_VOWELS: Final = "aăâeêioôơuưy"


def _with_tone(vowel: str, tone: str) -> str:
    return unicodedata.normalize("NFC", vowel + tone)


VIETNAMESE_LETTERS: Final[tuple[str, ...]] = tuple(
    letter
    for case in (str.lower, str.upper)
    for letter in [
        *(case(_with_tone(vowel, tone)) for vowel in _VOWELS for tone in _TONES),
        case("đ"),
    ]
)
"""The 146 letters of Vietnamese that carry a mark or are vowels: 12 vowels × 6 tones + đ, in
lower and upper case (NFC). 134 of them are not plain ASCII."""


# ------------------------------------------------------------------------ TCVN3 (ABC)

# One byte per letter, in the order of _TONES (ngang, huyền, hỏi, ngã, sắc, nặng). The
# Latin-1 glyph each byte shows without the font is in the comment.
_TCVN3_ROWS: Final = {
    "a": "a\xb5\xb6\xb7\xb8\xb9",  # a µ ¶ · ¸ ¹
    "ă": "\xa8\xbb\xbc\xbd\xbe\xc6",  # ¨ » ¼ ½ ¾ Æ
    "â": "\xa9\xc7\xc8\xc9\xca\xcb",  # © Ç È É Ê Ë
    "e": "e\xcc\xce\xcf\xd0\xd1",  # e Ì Î Ï Ð Ñ
    "ê": "\xaa\xd2\xd3\xd4\xd5\xd6",  # ª Ò Ó Ô Õ Ö
    "i": "i\xd7\xd8\xdc\xdd\xde",  # i × Ø Ü Ý Þ
    "o": "o\xdf\xe1\xe2\xe3\xe4",  # o ß á â ã ä
    "ô": "\xab\xe5\xe6\xe7\xe8\xe9",  # « å æ ç è é
    "ơ": "\xac\xea\xeb\xec\xed\xee",  # ¬ ê ë ì í î
    "u": "u\xef\xf1\xf2\xf3\xf4",  # u ï ñ ò ó ô
    "ư": "\xad\xf5\xf6\xf7\xf8\xf9",  # soft hyphen, õ ö ÷ ø ù
    "y": "y\xfa\xfb\xfc\xfd\xfe",  # y ú û ü ý þ
}
# đ, and the capitals without a tone mark that the lower-case fonts also hold.
_TCVN3_SINGLES: Final = {
    "đ": "\xae",  # ®
    "Ă": "\xa1",  # ¡
    "Â": "\xa2",  # ¢
    "Ê": "\xa3",  # £
    "Ô": "\xa4",  # ¤
    "Ơ": "\xa5",  # ¥
    "Ư": "\xa6",  # ¦
    "Đ": "\xa7",  # §
}


def _tcvn3_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, codes in _TCVN3_ROWS.items():
        for tone, code in zip(_TONES, codes, strict=True):
            if not code.isascii():
                table[code] = _with_tone(vowel, tone)
    for letter, code in _TCVN3_SINGLES.items():
        table[code] = letter
    return table


TCVN3_TO_UNICODE: Final[Mapping[str, str]] = MappingProxyType(_tcvn3_table())
"""TCVN3 (ABC) in a lower-case font such as ``.VnTime``: legacy character → Unicode letter.

The keys are the byte values as Latin-1 characters (``"\\xe9"`` = ``é`` → ``ộ``); ASCII is
the same in both and is not listed.
"""

TCVN3_UPPER_TO_UNICODE: Final[Mapping[str, str]] = MappingProxyType(
    {
        **{code: letter.upper() for code, letter in TCVN3_TO_UNICODE.items()},
        **{chr(c): chr(c).upper() for c in range(ord("a"), ord("z") + 1)},
    }
)
"""TCVN3 in an upper-case font (chữ hoa) such as ``.VnTimeH``: the same byte values, and the
ASCII lower-case letters, stand for capitals (``"\\xe9"`` → ``Ộ``, ``"a"`` → ``A``)."""

_TCVN3_ENCODE: Final[dict[str, str]] = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
# In an upper-case font a capital with a tone mark is written at its lower-case position;
# Ă Â Ê Ô Ơ Ư Đ keep the codes they have in the lower-case fonts (what UniKey writes).
_TCVN3_UPPER_ENCODE: Final[dict[str, str]] = {
    **{letter.upper(): code for code, letter in TCVN3_TO_UNICODE.items()},
    **{letter: code for letter, code in _TCVN3_SINGLES.items() if letter.isupper()},
}


# ------------------------------------------------------------------------ VNI-Windows

# The modifier characters, lower case, in the order of _TONES after "ngang".
_VNI_TONE: Final = ("\xf8", "\xfb", "\xf5", "\xf9", "\xef")  # ø û õ ù ï
_VNI_CIRCUMFLEX_TONE: Final = ("\xe2", "\xe0", "\xe5", "\xe3", "\xe1", "\xe4")  # â à å ã á ä
_VNI_BREVE_TONE: Final = ("\xea", "\xe8", "\xfa", "\xfc", "\xe9", "\xeb")  # ê è ú ü é ë


def _vni_rows() -> dict[str, tuple[str, ...]]:
    plain = ("", *_VNI_TONE)
    return {
        "a": tuple("a" + m for m in plain),
        "ă": tuple("a" + m for m in _VNI_BREVE_TONE),
        "â": tuple("a" + m for m in _VNI_CIRCUMFLEX_TONE),
        "e": tuple("e" + m for m in plain),
        "ê": tuple("e" + m for m in _VNI_CIRCUMFLEX_TONE),
        # i with a tone is one character: ì æ ó í ò
        "i": ("i", "\xec", "\xe6", "\xf3", "\xed", "\xf2"),
        "o": tuple("o" + m for m in plain),
        "ô": tuple("o" + m for m in _VNI_CIRCUMFLEX_TONE),
        "ơ": tuple("\xf4" + m for m in plain),  # ơ is ô
        "u": tuple("u" + m for m in plain),
        "ư": tuple("\xf6" + m for m in plain),  # ư is ö
        # ỵ is one character, î
        "y": (*("y" + m for m in plain[:-1]), "\xee"),
    }


def _vni_encode_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, sequences in _vni_rows().items():
        for tone, sequence in zip(_TONES, sequences, strict=True):
            letter = _with_tone(vowel, tone)
            table[letter] = sequence
            table[letter.upper()] = sequence.upper()
    table["đ"] = "\xf1"  # ñ
    table["Đ"] = "\xd1"  # Ñ
    return table


_VNI_ENCODE: Final[dict[str, str]] = _vni_encode_table()

VNI_TO_UNICODE: Final[Mapping[str, str]] = MappingProxyType(
    {sequence: letter for letter, sequence in _VNI_ENCODE.items() if sequence != letter}
)
"""VNI-Windows (fonts ``VNI-Times``, …): legacy sequence of one or two characters → letter.

A letter with marks is a base letter and one modifier (``"oä"`` → ``ộ``, ``"OÄ"`` → ``Ộ``);
ơ ư đ and i with a tone are single characters (``"ô"`` → ``ơ``, ``"ó"`` → ``ĩ``), and ơ and
ư take a modifier in turn (``"ôù"`` → ``ớ``).
"""


def _vni_decode_table() -> dict[str, str]:
    # A modifier of the other case (``"Oä"``) still sits on the letter in a VNI font; the
    # base letter decides the case.
    table = dict(VNI_TO_UNICODE)
    for sequence, letter in VNI_TO_UNICODE.items():
        if len(sequence) == 2:
            table.setdefault(sequence[0] + sequence[1].swapcase(), letter)
    return table


_VNI_DECODE: Final[dict[str, str]] = _vni_decode_table()
_VNI_CODES: Final[frozenset[str]] = frozenset(
    ch for sequence in _VNI_DECODE for ch in sequence if not ch.isascii()
)


# ------------------------------------------------------------------------ fonts

_TCVN3_FONT: Final = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT: Final = re.compile(r"^\s*vni[-_ ]", re.IGNORECASE)
# Style words that may follow a font family name ("…H Bold"); names are split at these
# separators and the words taken off the end one by one (a regular expression anchored at the
# end would rescan a long run of separators from every position).
_STYLE_WORDS: Final = frozenset({"bold", "italic", "oblique", "regular", "normal", "bolditalic"})
_NAME_SEPARATORS: Final = re.compile(r"[\s,-]+")


def encoding_of_font(name: str) -> Encoding | None:
    """Tell which legacy encoding a font (phông chữ) implies, from its name.

    Args:
        name: A font family name as a run's ``w:rFonts`` gives it.

    Returns:
        ``"tcvn3"`` for an ABC font (a name starting ``.Vn``: ``.VnTime``, ``.VnArial``, …),
        ``"tcvn3-upper"`` for its upper-case variant (chữ hoa: a ``.Vn`` name ending in
        ``H``, such as ``.VnTimeH`` or ``.VnArial NarrowH``), ``"vni"`` for a VNI font
        (``VNI-Times``, ``VNI-Helve``, …), and None for any other font, Unicode fonts such as
        Times New Roman included.

    >>> encoding_of_font(".VnTime"), encoding_of_font(".VnTimeH"), encoding_of_font("VNI-Times")
    ('tcvn3', 'tcvn3-upper', 'vni')
    >>> encoding_of_font("Times New Roman") is None
    True
    """
    if _TCVN3_FONT.match(name):
        words = _NAME_SEPARATORS.split(name.strip())
        while len(words) > 1 and words[-1].lower() in _STYLE_WORDS:
            words.pop()
        return "tcvn3-upper" if words[-1].endswith("H") else "tcvn3"
    if _VNI_FONT.match(name):
        return "vni"
    return None


# ------------------------------------------------------------------------ decoding


def _prepare(text: str) -> str:
    # The tables are keyed by precomposed Latin-1 characters: compose first, and read the
    # U+F0xx private-use characters some files store for a symbol-font byte as the byte.
    text = unicodedata.normalize("NFC", text)
    return "".join(chr(ord(ch) - 0xF000) if 0xF020 <= ord(ch) <= 0xF0FF else ch for ch in text)


def from_tcvn3(text: str, *, upper_font: bool = False) -> str:
    """Decode TCVN3 (ABC) text to Unicode (NFC).

    Args:
        text: The run's text, legacy bytes as Latin-1 characters (``"ViÖt Nam"``).
        upper_font: The run is set in an upper-case font (``.VnTimeH``, ``.VnArialH``, …),
            where every letter is a capital (chữ hoa).

    Returns:
        The text in Unicode NFC; characters that are not TCVN3 codes are kept.

    >>> from_tcvn3("ViÖt Nam"), from_tcvn3("ViÖt Nam", upper_font=True)
    ('Việt Nam', 'VIỆT NAM')
    """
    table = TCVN3_UPPER_TO_UNICODE if upper_font else TCVN3_TO_UNICODE
    decoded = "".join(table.get(ch, ch) for ch in _prepare(text))
    return unicodedata.normalize("NFC", decoded)


def from_vni(text: str) -> str:
    """Decode VNI-Windows text to Unicode (NFC), longest sequence first.

    Args:
        text: The run's text, legacy bytes as Latin-1 characters (``"Vieät Nam"``).

    Returns:
        The text in Unicode NFC; characters that are not part of a VNI sequence are kept.

    >>> from_vni("Ñoäc laäp - Töï do - Haïnh phuùc")
    'Độc lập - Tự do - Hạnh phúc'
    """
    text = _prepare(text)
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in _VNI_DECODE:
            out.append(_VNI_DECODE[pair])
            i += 2
        else:
            out.append(_VNI_DECODE.get(text[i], text[i]))
            i += 1
    return unicodedata.normalize("NFC", "".join(out))


def to_unicode(text: str, encoding: str) -> str:
    """Decode a run's legacy-encoded text to Unicode NFC (chuyển mã sang Unicode dựng sẵn).

    Args:
        text: The text, legacy bytes as Latin-1 characters, as a .docx stores it.
        encoding: ``"tcvn3"``, ``"tcvn3-upper"`` or ``"vni"``, as :func:`encoding_of_font`
            or :func:`looks_legacy` gives it.

    Returns:
        The text in Unicode NFC.

    Raises:
        LegacyEncodingError: ``encoding`` is not one of :data:`ENCODINGS`.

    >>> to_unicode("§éc lËp - Tù do - H¹nh phóc", "tcvn3")
    'Độc lập - Tự do - Hạnh phúc'
    """
    if encoding == "tcvn3":
        return from_tcvn3(text)
    if encoding == "tcvn3-upper":
        return from_tcvn3(text, upper_font=True)
    if encoding == "vni":
        return from_vni(text)
    raise LegacyEncodingError(
        f"unknown legacy encoding (bảng mã) {encoding!r}: expected one of {', '.join(ENCODINGS)}"
    )


# ------------------------------------------------------------------------ encoding


def _encode(text: str, table: Mapping[str, str], codes: Iterable[str], name: str) -> str:
    unwritable = frozenset(codes) | _MARKED_LETTERS
    out: list[str] = []
    for position, ch in enumerate(unicodedata.normalize("NFC", text)):
        if ch in table:
            out.append(table[ch])
        elif ch in unwritable:
            raise LegacyEncodingError(
                f"character {ch!r} at position {position} cannot be written in {name}"
            )
        else:
            out.append(ch)
    return "".join(out)


def to_tcvn3(text: str, *, upper_font: bool = False) -> str:
    """Encode Unicode text as TCVN3 (ABC), legacy bytes as Latin-1 characters.

    Args:
        text: Unicode text, any normal form.
        upper_font: Encode for an upper-case font (``.VnTimeH``): the text is upper-cased and
            each capital with a tone mark takes its lower-case letter's byte.

    Returns:
        The legacy text; ASCII and characters the font does not use are kept.

    Raises:
        LegacyEncodingError: A character cannot be written: a capital with a tone mark in a
            lower-case font (only ``.Vn…H`` fonts draw them), or a Latin-1 character whose
            byte the font uses for a Vietnamese letter (``©`` is â, ``«`` is ô, ``ß`` is ò).

    >>> to_tcvn3("Việt Nam"), to_tcvn3("Ủy ban", upper_font=True)
    ('ViÖt Nam', 'ñY BAN')
    """
    if upper_font:
        upper = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).upper())
        return _encode(upper, _TCVN3_UPPER_ENCODE, TCVN3_TO_UNICODE, "TCVN3 (.Vn…H font)")
    return _encode(text, _TCVN3_ENCODE, TCVN3_TO_UNICODE, "TCVN3 (.Vn… font)")


def to_vni(text: str) -> str:
    """Encode Unicode text as VNI-Windows, legacy bytes as Latin-1 characters.

    Args:
        text: Unicode text, any normal form.

    Returns:
        The legacy text; ASCII and characters VNI does not use are kept.

    Raises:
        LegacyEncodingError: A Latin-1 character that VNI uses as a modifier or letter
            (``ä``, ``ñ``, ``ø``, …) cannot be written.

    >>> to_vni("Cộng hòa xã hội chủ nghĩa Việt Nam")
    'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'
    """
    return _encode(text, _VNI_ENCODE, _VNI_CODES, "VNI-Windows")


# ------------------------------------------------------------------------ syllables

_TONE_MARKS: Final = frozenset(_TONES[1:])
# The marks (dấu) as combining characters: the tones, circumflex, breve and horn.
_MARKS: Final = _TONE_MARKS | frozenset("\u0302\u0306\u031b")
# Letters with a mark, and the marks themselves: not written unless a table has them.
_MARKED_LETTERS: Final = frozenset(ch for ch in VIETNAMESE_LETTERS if not ch.isascii()) | _MARKS
# What Vietnamese Unicode text has and legacy mojibake never has (beyond Latin-1).
_VIETNAMESE_ONLY: Final = frozenset(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0xFF) | _MARKS
_LETTERS: Final = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
# Every letter a syllable may have, tone marks included (not ñ, ç, ö, …).
_SYLLABLE_LETTERS: Final = frozenset("bcdđghklmnpqrstvx").union(
    ch for ch in VIETNAMESE_LETTERS if ch.islower()
)
# Initial consonants (phụ âm đầu), longest first; "" for a syllable that starts with a vowel.
_INITIALS: Final = (
    "ngh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ng",
    "nh",
    "ph",
    "qu",
    "th",
    "tr",
    *"bcdđghklmnprstvx",
    "",
)
# Final consonants (phụ âm cuối), longest first; c ch p t allow only sắc and nặng.
_FINALS: Final = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_STOP_FINALS: Final = frozenset({"c", "ch", "p", "t"})


def _spaced(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Vowel groups (nguyên âm, with their glide): closed by a semivowel, so no final consonant …
_OPEN_ONLY: Final = _spaced(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uơ iêu yêu uôi ươi ươu "
    "oai oay oao oeo uya uyu uây"
)
# … needing a final consonant …
_CLOSED_ONLY: Final = _spaced("ă â iê yê uô ươ oă uâ uyê oo")
# … or either.
_EITHER: Final = _spaced("a e ê i o ô ơ u ư y oa oe uê uy")
_CH_NH_AFTER: Final = _spaced("a ê i y oa uê uy")


def _rhyme_ok(initial: str, rhyme: str, tone: str) -> bool:
    for final in _FINALS:
        if not rhyme.endswith(final):
            continue
        vowels = rhyme[: len(rhyme) - len(final)] if final else rhyme
        if not vowels:
            continue
        if final:
            if vowels not in _CLOSED_ONLY and vowels not in _EITHER:
                continue
            if final in ("ch", "nh") and vowels not in _CH_NH_AFTER:
                continue
            if final in ("ch", "nh") and vowels == "y" and initial != "qu":
                continue  # only quynh, quých; elsewhere uy (huynh)
            if final in _STOP_FINALS and tone not in ("\u0301", "\u0323"):
                continue
        elif vowels not in _OPEN_ONLY and vowels not in _EITHER:
            continue
        first = vowels[0]
        if initial in ("k", "gh", "ngh") and first not in "eêiy":
            continue
        if initial in ("c", "ng") and first in "eêiy":
            continue
        if initial == "g" and first in "eê":
            continue
        if initial == "gi" and first == "i":
            continue
        if initial == "qu" and first in "uư":
            continue
        return True
    return False


def _is_syllable(word: str) -> bool:
    """Tell whether ``word`` is spelled like one Vietnamese syllable (âm tiết)."""
    word = unicodedata.normalize("NFC", word.lower())
    if not all(ch in _SYLLABLE_LETTERS for ch in word):
        return False
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if not base or not all(ch in _LETTERS for ch in base):
        return False
    tone = tones[0] if tones else ""
    return any(
        base.startswith(initial) and _rhyme_ok(initial, base[len(initial) :], tone)
        for initial in _INITIALS
    )


# ------------------------------------------------------------------------ detection

_DETECTABLE: Final[dict[Literal["tcvn3", "vni"], frozenset[str]]] = {
    "tcvn3": frozenset(TCVN3_TO_UNICODE),
    "vni": _VNI_CODES,
}
# Below this many distinct words, no guess. A word counts as evidence when it is not a
# syllable as it stands, is one once decoded, and the decoded word has a letter that only
# Vietnamese has (ư, ộ, …). Thresholds: at least this many distinct such words, and this
# share of the distinct words with legacy codes that are syllables once decoded and were
# not before.
_MIN_WORDS: Final = 3
_MIN_EVIDENCE: Final = 2
_MIN_SHARE: Final = 0.5
# And this share of all the distinct words must be syllables once decoded: Vietnamese is
# written in syllables, other languages' unaccented words mostly are not ("og", "med").
# When both encodings pass, the one with more syllables wins.
_MIN_OVERALL: Final = 0.7


def _words(text: str, codes: frozenset[str]) -> set[str]:
    words: set[str] = set()
    current: list[str] = []
    for ch in text + " ":
        if ch.isalpha() or ch in codes:
            current.append(ch)
        elif current:
            words.add("".join(current))
            current = []
    return words


def looks_legacy(text: str) -> Literal["tcvn3", "vni"] | None:
    """Guess whether text extracted without its font is TCVN3 or VNI mojibake (lỗi phông).

    Each distinct word that contains a character the encoding uses is decoded; it is
    evidence for the encoding when it is not a Vietnamese syllable (âm tiết) as it stands but
    is one once decoded, with a letter only Vietnamese has (``ư``, ``ộ``, …). Ordinary Unicode
    Vietnamese, English and French stay below the thresholds: their accented words are either
    already syllables (``có``, ``né``) or nonsense once decoded (``café`` → ``cafộ``).

    Args:
        text: Any text; a sentence or more is needed for a confident answer.

    Returns:
        ``"tcvn3"`` or ``"vni"`` when the text is much more plausible in that encoding
        (decode it with :func:`to_unicode`), else None. Text from an upper-case ``.Vn…H``
        font is reported as ``"tcvn3"``: without the font, case cannot be told.

    >>> looks_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'vni'
    >>> looks_legacy("Où est le café ? Il a dû partir, né à Noël.") is None
    True
    """
    text = _prepare(text)
    unicode_words = {
        w for w in _words(text, frozenset()) if _VIETNAMESE_ONLY.intersection(w) and _is_syllable(w)
    }
    best: tuple[float, float, int, Literal["tcvn3", "vni"]] | None = None
    for encoding, codes in _DETECTABLE.items():
        words = _words(text, codes)
        candidates = {w for w in words if codes.intersection(w)}
        if len(words) < _MIN_WORDS or not candidates:
            continue
        plausible = strong = 0
        for word in candidates:
            decoded = to_unicode(word, encoding)
            if _is_syllable(decoded) and not _is_syllable(word):
                plausible += 1
                strong += bool(_VIETNAMESE_ONLY.intersection(decoded))
        share = plausible / len(candidates)
        overall = sum(_is_syllable(to_unicode(w, encoding)) for w in words) / len(words)
        if (
            strong < _MIN_EVIDENCE
            or strong <= len(unicode_words)
            or share < _MIN_SHARE
            or overall < _MIN_OVERALL
        ):
            continue
        score = (overall, share, strong, encoding)
        if best is None or score[:3] > best[:3]:
            best = score
    return best[3] if best else None
