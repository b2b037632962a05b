"""Legacy encodings: TCVN3 (ABC, .VnTime/.VnTimeH) and VNI-Windows, both ways, and detection."""

from __future__ import annotations

import unicodedata

import pytest

from vnadmin_docs import legacy
from vnadmin_docs.errors import InputError, VnadminError
from vnadmin_docs.legacy import (
    LegacyEncodingError,
    encoding_of_font,
    from_tcvn3,
    from_vni,
    looks_legacy,
    to_tcvn3,
    to_unicode,
    to_vni,
)

TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang huyền hỏi ngã sắc nặng
VOWELS = "aăâeêioôơuưy"
LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
UPPER = [letter.upper() for letter in LOWER]
MARKED = [letter for letter in LOWER + UPPER if not letter.isascii()]
# Capitals that the lower-case TCVN3 fonts (.VnTime) hold; other capitals need .VnTimeH.
TCVN3_LOWER_FONT_CAPITALS = "ĂÂÊÔƠƯĐ"


# ----------------------------------------------------------------------------- the letters


def test_the_letters_are_the_134_marked_vietnamese_letters():
    assert len(LOWER) == len(UPPER) == 73
    assert len(MARKED) == len(set(MARKED)) == 134
    assert all(unicodedata.is_normalized("NFC", letter) and len(letter) == 1 for letter in MARKED)
    assert set(legacy.VIETNAMESE_LETTERS) == set(LOWER + UPPER)
    assert len(legacy.VIETNAMESE_LETTERS) == 146


# ----------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("letter", MARKED)
def test_tcvn3_round_trip_of_every_letter(letter):
    upper_font = letter.isupper() and letter not in TCVN3_LOWER_FONT_CAPITALS
    encoded = to_tcvn3(letter, upper_font=upper_font)
    assert len(encoded) == 1 and ord(encoded) <= 0xFF  # one byte, as Latin-1
    assert from_tcvn3(encoded, upper_font=upper_font) == letter
    assert to_unicode(encoded, "tcvn3-upper" if upper_font else "tcvn3") == letter


@pytest.mark.parametrize("letter", MARKED)
def test_vni_round_trip_of_every_letter(letter):
    encoded = to_vni(letter)
    assert 1 <= len(encoded) <= 2 and all(ord(ch) <= 0xFF for ch in encoded)
    assert from_vni(encoded) == letter
    assert to_unicode(encoded, "vni") == letter


def test_round_trip_of_all_letters_in_one_text():
    lower = "".join(LOWER)
    upper = "".join(UPPER)
    assert from_tcvn3(to_tcvn3(lower)) == lower
    assert from_tcvn3(to_tcvn3(upper, upper_font=True), upper_font=True) == upper
    # VNI is multi-character: a whole text must decode sequence by sequence, longest first.
    assert from_vni(to_vni(lower + upper + " " + lower)) == lower + upper + " " + lower


def test_every_lower_case_letter_has_its_own_tcvn3_byte_and_capitals_share_them():
    codes = [to_tcvn3(letter) for letter in LOWER]
    assert len(set(codes)) == len(codes)
    for letter in UPPER:
        if letter not in TCVN3_LOWER_FONT_CAPITALS and not letter.isascii():
            assert to_tcvn3(letter, upper_font=True) == to_tcvn3(letter.lower())


# ----------------------------------------------------------------------------- reference tables

# GNU libiconv's TCVN-5712 table (lib/tcvn.h), bytes 0xA0-0xFF → Unicode. It is the full
# standard (VN1): it also has capitals with a tone mark and combining tone marks, which the
# ABC fonts (VN3, .VnTime) do not have; every other position must agree with ours.
ICONV_TCVN_A0 = [
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
]  # fmt: skip


def test_tcvn3_table_agrees_with_the_tcvn_5712_standard_on_every_abc_letter():
    agreed = 0
    for offset, code_point in enumerate(ICONV_TCVN_A0):
        byte, expected = chr(0xA0 + offset), chr(code_point)
        in_abc_fonts = expected.islower() or expected in TCVN3_LOWER_FONT_CAPITALS
        if in_abc_fonts:
            assert legacy.TCVN3_TO_UNICODE[byte] == expected, hex(0xA0 + offset)
            agreed += 1
        else:  # NBSP, a combining tone mark, or a capital only VN1 has
            assert byte not in legacy.TCVN3_TO_UNICODE, hex(0xA0 + offset)
    assert agreed == len(legacy.TCVN3_TO_UNICODE) == 74  # 67 lower-case letters + 7 capitals


# VNI-Windows as UniKey's converter (VnConv, charset VNI-WIN) and xvnkb write it: the base
# letter, then one modifier byte; upper case = the same bytes minus 0x20.
VNI_TONE = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
VNI_CIRCUMFLEX = {"": 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}  # fmt: skip
VNI_BREVE = {"": 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}  # fmt: skip
VNI_I = {"": "i", "\u0301": "\xed", "\u0300": "\xec", "\u0309": "\xe6", "\u0303": "\xf3", "\u0323": "\xf2"}  # fmt: skip


def reference_vni(vowel: str, tone: str) -> str:
    if vowel == "i":
        return VNI_I[tone]
    if vowel == "y" and tone == "\u0323":
        return "\xee"
    if vowel in "âêô":
        return {"â": "a", "ê": "e", "ô": "o"}[vowel] + chr(VNI_CIRCUMFLEX[tone])
    if vowel == "ă":
        return "a" + chr(VNI_BREVE[tone])
    base = {"ơ": "\xf4", "ư": "\xf6"}.get(vowel, vowel)
    return base + (chr(VNI_TONE[tone]) if tone else "")


def test_vni_table_agrees_with_unikey():
    checked = 0
    for vowel in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            expected = reference_vni(vowel, tone)
            assert to_vni(letter) == expected, letter
            assert to_vni(letter.upper()) == expected.upper(), letter.upper()
            checked += 2
    assert to_vni("đĐ") == "\xf1\xd1"  # ñ Ñ
    assert checked + 2 == 146


# ----------------------------------------------------------------------------- known phrases

PHRASES = [
    # (Unicode, TCVN3 in .VnTime, VNI)
    (
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Céng hßa x· héi chñ nghÜa ViÖt Nam",
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
    ),
    (
        "Độc lập - Tự do - Hạnh phúc",
        "§éc lËp - Tù do - H¹nh phóc",
        "Ñoäc laäp - Töï do - Haïnh phuùc",
    ),
    (
        "Thực hiện Nghị định số 30/2020/NĐ-CP về công tác văn thư",
        "Thùc hiÖn NghÞ ®Þnh sè 30/2020/N§-CP vÒ c«ng t¸c v¨n th\xad",
        "Thöïc hieän Nghò ñònh soá 30/2020/NÑ-CP veà coâng taùc vaên thö",
    ),
]


@pytest.mark.parametrize(("text", "tcvn3", "vni"), PHRASES)
def test_known_phrases_both_ways(text, tcvn3, vni):
    assert to_unicode(tcvn3, "tcvn3") == text
    assert to_tcvn3(text) == tcvn3
    assert to_unicode(vni, "vni") == text
    assert to_vni(text) == vni


def test_upper_case_font_holds_capitals_at_the_lower_case_positions():
    text = "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    # What UniKey writes for a .VnTimeH run: tone-marked capitals at their lower-case
    # bytes, Â at its capital byte, ASCII capitals as they are.
    stored = "ñY BAN NH¢N D¢N TØNH KON TUM"
    assert to_tcvn3(text, upper_font=True) == stored
    assert to_unicode(stored, "tcvn3-upper") == text
    # Typed without Caps Lock the same run holds lower-case bytes; the font still draws capitals.
    assert to_unicode("ñy ban nh©n d©n tØnh kon tum", "tcvn3-upper") == text
    # Read as if in .VnTime, the same bytes are the lower-case letters.
    assert to_unicode("ñy ban nh©n d©n tØnh kon tum", "tcvn3") == "ủy ban nhân dân tỉnh kon tum"
    assert to_vni(text) == "UÛY BAN NHAÂN DAÂN TÆNH KON TUM"
    assert to_unicode("UÛY BAN NHAÂN DAÂN TÆNH KON TUM", "vni") == text


def test_national_title_in_capitals():
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    stored = to_tcvn3(text, upper_font=True)
    assert stored == "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM"
    assert to_unicode(stored, "tcvn3-upper") == text
    assert to_vni("ĐỘC LẬP") == "ÑOÄC LAÄP"
    assert to_unicode("ÑOÄC LAÄP", "vni") == "ĐỘC LẬP"


def test_vni_modifier_of_the_other_case_still_decodes():
    assert from_vni("Oä") == "Ộ"
    assert from_vni("oÄ") == "ộ"
    assert from_vni("Ñoäc") == "Độc"


def test_vni_single_character_letters():
    assert from_vni("nghóa") == "nghĩa"  # ó is ĩ
    assert from_vni("ô ö ñ î") == "ơ ư đ ỵ"
    assert from_vni("yî") == "yỵ"  # î is a whole ỵ, not a modifier
    assert from_vni("ngöôøi") == "người"  # ư, then ờ (ơ + grave)


# ----------------------------------------------------------------------------- decoding details


def test_output_is_nfc_and_input_may_be_decomposed():
    decomposed = unicodedata.normalize("NFD", "ViÖt Nam")
    assert decomposed != "ViÖt Nam"
    assert to_unicode(decomposed, "tcvn3") == "Việt Nam"
    assert to_unicode(unicodedata.normalize("NFD", "Vieät Nam"), "vni") == "Việt Nam"
    for encoding, stored in (("tcvn3", "Céng hßa"), ("vni", "Coäng hoøa")):
        assert unicodedata.is_normalized("NFC", to_unicode(stored, encoding))


def test_ascii_digits_and_other_characters_pass_through():
    text = "Số 12/UBND-VP, “a–b” € 100%"
    assert to_unicode(to_tcvn3(text), "tcvn3") == text
    assert to_unicode(to_vni(text), "vni") == text
    assert to_unicode("abc 123 ;:!?", "tcvn3") == "abc 123 ;:!?"
    assert to_unicode("abc 123", "tcvn3-upper") == "ABC 123"


def test_private_use_symbol_font_characters_are_read_as_bytes():
    assert to_unicode("C\uf0e9ng", "tcvn3") == "Cộng"


def test_unknown_encoding_is_an_input_error():
    with pytest.raises(LegacyEncodingError, match="tcvn3, tcvn3-upper, vni"):
        to_unicode("x", "viscii")
    assert issubclass(LegacyEncodingError, InputError)
    assert issubclass(LegacyEncodingError, VnadminError)
    assert issubclass(LegacyEncodingError, ValueError)


def test_unwritable_characters_raise():
    with pytest.raises(LegacyEncodingError, match="Ủ"):
        to_tcvn3("Ủy ban")  # a lower-case font has no tone-marked capitals
    with pytest.raises(LegacyEncodingError):
        to_tcvn3("© 2020")  # 0xA9 is â in TCVN3
    with pytest.raises(LegacyEncodingError):
        to_vni("señor")  # ñ is đ in VNI
    with pytest.raises(LegacyEncodingError):
        to_tcvn3("e\u0302\u0306")  # a mark no Vietnamese letter combines into


# ----------------------------------------------------------------------------- fonts


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", "tcvn3"),
        (".VnTimeH", "tcvn3-upper"),
        (".VnArial", "tcvn3"),
        (".VnArialH", "tcvn3-upper"),
        (".VnArial NarrowH", "tcvn3-upper"),
        (".VnCentury Schoolbook", "tcvn3"),
        (".VnTimeH Bold", "tcvn3-upper"),
        (" .vntime", "tcvn3"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("VNI-Helve-Condense", "vni"),
        ("Times New Roman", None),
        ("Arial", None),
        ("VnTime", None),
        ("", None),
    ],
)
def test_encoding_of_font(font, expected):
    assert encoding_of_font(font) == expected


# ----------------------------------------------------------------------------- detection

PARAGRAPH = (
    "Thực hiện chỉ đạo của lãnh đạo tỉnh về việc triển khai công tác văn thư, lưu trữ năm "
    "2018, các sở, ban, ngành và địa phương báo cáo kết quả trước ngày 15 tháng 12 năm 2018."
)


@pytest.mark.parametrize(("text", "tcvn3", "vni"), PHRASES)
def test_detects_known_phrases(text, tcvn3, vni):
    assert looks_legacy(tcvn3) == "tcvn3"
    assert looks_legacy(vni) == "vni"
    assert looks_legacy(text) is None


def test_detects_paragraphs_and_upper_case_font_text():
    assert looks_legacy(to_tcvn3(PARAGRAPH)) == "tcvn3"
    assert looks_legacy(to_vni(PARAGRAPH)) == "vni"
    assert looks_legacy(to_tcvn3(PARAGRAPH, upper_font=True)) == "tcvn3"
    assert looks_legacy("ñY BAN NH¢N D¢N TØNH KON TUM") == "tcvn3"
    assert looks_legacy("UÛY BAN NHAÂN DAÂN TÆNH KON TUM") == "vni"
    assert looks_legacy(to_unicode(to_tcvn3(PARAGRAPH), "tcvn3")) is None


@pytest.mark.parametrize(
    "text",
    [
        # Unicode Vietnamese: NFC, NFD, capitals, only Latin-1 letters, no marks at all
        PARAGRAPH,
        unicodedata.normalize("NFD", PARAGRAPH),
        PARAGRAPH.upper(),
        "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        "Bà có cá, tôi là em, ông ấy về nhà",
        "Tôi có một cái bàn và hai cái ghế.",
        "Cong hoa xa hoi chu nghia Viet Nam",
        # English, with and without borrowed accents
        "The quick brown fox jumps over the lazy dog.",
        "Her naïve résumé mentioned a café, a fiancée and a façade.",
        # French
        "L'été dernier, nous sommes allés à la forêt où les élèves ont déjà mangé des crêpes.",
        "Où est le café ? Il a dû partir, né à Noël, très tôt ; à bientôt !",
        "Le garçon français élève ses frères à Genève ; ça coûte cher, hélas.",
        # German, Spanish, Portuguese, Danish
        "Die Größe der Bäume überrascht; schön, dass Sie für Müller da sind.",
        "El niño pequeño comió en la cafetería después de la reunión del año.",
        "A informação está disponível também em português, não é?",
        "Vi ses på søndag i Århus, før kl. 9 på lørdag.",
        # Nothing much
        "",
        "12/UBND-VP",
        "«»°±²³´µ¶·¸¹",
    ],
)
def test_does_not_fire_on_ordinary_text(text):
    assert looks_legacy(text) is None


def test_detector_result_decodes():
    for stored in (to_tcvn3(PARAGRAPH), to_vni(PARAGRAPH)):
        encoding = looks_legacy(stored)
        assert encoding is not None
        assert to_unicode(stored, encoding) == PARAGRAPH
