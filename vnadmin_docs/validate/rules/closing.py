"""The signature block (ô 7) and the distribution list (Nơi nhận, ô 9b, and ô 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin_docs.models.components import Authority
from vnadmin_docs.validate.engine import Context, Outcome, Rule, where
from vnadmin_docs.vietnamese import upper

__all__ = ["AuthorityPrefixUnknown", "DrafterInitialsLowercase"]

_PREFIX = re.compile(r"^\s*([A-ZĐ]{1,4}(?:/[A-ZĐ])?)\s*\.\s*\S|^\s*([A-ZĐ]/[A-ZĐ])\s+\S")
_KNOWN = {a.value.rstrip(".") for a in Authority}


class AuthorityPrefixUnknown(Rule):
    """The signing authority is one of TM., Q., KT., TL., TUQ.

    The abbreviations of the signer's authority are "TM.", "Q.", "KT.", "TL." and "TUQ."
    (Phụ lục I, Phần I, Mục II, khoản 7.b and 7.đ); older or home-made forms such as "K.",
    "T/M" or "K/T" are not among them.

    Wrong: `K. CHỦ TỊCH`, `T/M ỦY BAN NHÂN DÂN`

    Right: `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`
    """

    code = "SG001"
    name = "authority-prefix-unknown"
    component = "signature_title"
    message = "{where}: the authority «{found}» is not one of {expected}"
    message_vi = "{where}: quyền hạn ký «{found}» không thuộc {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        titles = ctx.layout.signature_title
        if not titles:
            yield self.skip("no signature block found")
            return
        expected = ", ".join(a.value for a in Authority)
        for paragraph in titles:
            for line in paragraph.text.split("\n"):
                match = _PREFIX.match(line)
                if match is None:
                    continue
                prefix = (match.group(1) or match.group(2)).upper()
                if prefix not in _KNOWN:
                    yield self.fail(where(paragraph, "Quyền hạn ký"), prefix + ".", expected)
                    return
        yield self.ok(where(titles[0], "Quyền hạn ký"))


class DrafterInitialsLowercase(Rule):
    """The drafter's initials (ô 12) are in capitals.

    The drafter's initials follow the archive line, in capitals, with the number of copies
    issued in Arabic digits, size 11 (Phụ lục I, Phần I, Mục III, khoản 3).

    Wrong: `- Lưu: VT, TH3. nl`

    Right: `- Lưu: VT, TH3. NL` or `- Lưu: VT, TH3. NL.(25)`
    """

    code = "DS012"
    name = "drafter-initials-lowercase"
    component = "drafter"
    message = "{where}: the drafter's initials «{found}» should be in capitals: «{expected}»"
    message_vi = "{where}: ký hiệu người soạn thảo «{found}» phải viết hoa: «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        entries = ctx.layout.distribution
        archive = next((p for p in entries if "Lưu" in p.visible_text), None)
        if archive is None:
            yield self.skip("no archive line (Lưu) found")
            return
        tail = archive.visible_text.split(".", 1)[1].strip() if "." in archive.visible_text else ""
        initials = re.match(r"^([^\W\d_]+)", tail)
        if not initials:
            yield self.skip("no drafter's initials after the archive line")
            return
        found = initials.group(1)
        place = where(archive, "Ký hiệu người soạn thảo")
        if found != upper(found):
            yield self.fail(place, found, upper(found))
        else:
            yield self.ok(place)
