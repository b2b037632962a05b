"""Cases for issue 11, item 5 (no false alarms on real files).

- Components that share one paragraph split by line breaks (``w:br``): the Quốc hiệu and
  the Tiêu ngữ (with the rule typed on a third line), and «Nơi nhận:» with the list under
  it. Each component is judged on its own line: size, weight, slant and case of the
  Quốc hiệu on the first line, of the Tiêu ngữ on the second; the rule's length against
  the Tiêu ngữ's line.
- A misspelt Quốc hiệu (``CÔNG HÒA …``): found, reported as misspelt (HD002), and its
  typography still judged.

Inputs are real corpus files as they are, and real files edited in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.validate import builders as b
from tests.validate import builders_lines as bl
from tests.validate.cases import case

NAME = "CỘNG HÒA"
MOTTO = "Độc lập - Tự do"
BR_HEADER = "csdlgia2018__KNTC1570419955_1.docx"
"""Quyết định 05/2018 (Bà Rịa - Vũng Tàu): Quốc hiệu⏎Tiêu ngữ⏎typed rule in one cell
paragraph; the agency⏎its rule likewise."""
BR_HEADER_SYMBOL = "egov__cong_van_4622_bgddt_cntt.docx"
"""Công văn 4622/BGDĐT-CNTT: Quốc hiệu⏎Tiêu ngữ⏎a rule typed in the Symbol font's bar."""
BR_HEADER_SHAPE = "tdkt__1664339083tailieukhac.docx"
"""Hướng dẫn (Hưng Yên, 2021): Quốc hiệu⏎Tiêu ngữ; «Nơi nhận:»⏎the list, in one cell."""
BR_HEADER_LOWER = "qlvbsn__totring_nenh.docx"
"""Tờ trình (Nếnh, 2012): «Cộng hoà xã hội chủ nghĩa Việt Nam»⏎Tiêu ngữ, in normal case."""


def real(name: str) -> Callable[[], bytes]:
    return lambda: b.corpus(name)


def qd_joined() -> bytes:
    """The real Quyết định with its Quốc hiệu and Tiêu ngữ joined by a line break."""
    return bl.join_lines(b.corpus(b.QD_CORPUS), NAME, MOTTO)


def on(source: Callable[[], bytes], fn: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    return lambda: fn(source())


# ------------------------------------------------- Quốc hiệu and Tiêu ngữ in one paragraph

for code in ("FM001", "FM002", "FM003", "FM004", "FM006", "FM007", "FM008"):
    case(code, "pass", "a real Quyết định: Quốc hiệu⏎Tiêu ngữ⏎rule in one paragraph",
         real(BR_HEADER))  # fmt: skip
    case(code, "pass", "a real Quyết định with Quốc hiệu and Tiêu ngữ joined by a line break",
         qd_joined)  # fmt: skip
for code in ("FM001", "FM004"):
    case(code, "pass", "a real công văn: Quốc hiệu⏎Tiêu ngữ⏎Symbol rule in one paragraph",
         real(BR_HEADER_SYMBOL))  # fmt: skip
    case(code, "pass", "a real Hướng dẫn: Quốc hiệu⏎Tiêu ngữ in one paragraph",
         real(BR_HEADER_SHAPE))  # fmt: skip
for code in ("FM006", "FM008"):
    case(code, "pass", "a real Tờ trình: the Tiêu ngữ on the Quốc hiệu's second line",
         real(BR_HEADER_LOWER))  # fmt: skip
for code in ("RL001", "RL003", "RL011"):
    case(code, "pass", "a real Quyết định: rules typed on the last line of their paragraph",
         real(BR_HEADER))  # fmt: skip
    case(code, "pass", "a real công văn: rules typed in the Symbol font after a line break",
         real(BR_HEADER_SYMBOL))  # fmt: skip
for code in ("RL002", "HD008"):
    case(code, "pass", "a real Quyết định with Quốc hiệu and Tiêu ngữ joined by a line break",
         qd_joined)  # fmt: skip

case("FM004", "fail", "a real Tờ trình: «Cộng hoà xã hội chủ nghĩa Việt Nam» in normal case, "
     "the Tiêu ngữ on its second line", real(BR_HEADER_LOWER))  # fmt: skip
case("FM001", "fail", "joined by a line break, the Quốc hiệu's line set in 14 pt",
     on(lambda: b.corpus(b.QD_CORPUS),
        lambda d: bl.join_lines(b.set_runs(d, NAME, size=14), NAME, MOTTO)))  # fmt: skip
case("FM006", "fail", "joined by a line break, the Tiêu ngữ's line set in 12 pt",
     on(lambda: b.corpus(b.QD_CORPUS),
        lambda d: bl.join_lines(b.set_runs(d, MOTTO, size=12), NAME, MOTTO)))  # fmt: skip
case("FM004", "fail", "joined by a line break, the Quốc hiệu's line in normal case",
     on(lambda: b.corpus(b.QD_CORPUS),
        lambda d: bl.join_lines(b.set_case(d, NAME, False), "cộng hòa", MOTTO)))  # fmt: skip
case("FM007", "fail", "joined by a line break, the Tiêu ngữ's line not bold",
     on(lambda: b.corpus(b.QD_CORPUS),
        lambda d: bl.join_lines(b.set_runs(d, MOTTO, bold=False), NAME, MOTTO)))  # fmt: skip
case("FM002", "fail", "joined by a line break, the Quốc hiệu's line not bold",
     on(lambda: b.corpus(b.QD_CORPUS),
        lambda d: bl.join_lines(b.set_runs(d, NAME, bold=False), NAME, MOTTO)))  # fmt: skip
case("RL002", "fail", "a rule typed after a line break, shorter than the Tiêu ngữ",
     on(real(BR_HEADER), lambda d: b.replace_text(d, "_" * 28, "_" * 14)))  # fmt: skip

# ------------------------------------------------------- «Nơi nhận:» and its list in one paragraph

for code in ("FM059", "FM060", "FM061"):
    case(code, "pass", "a real Hướng dẫn: «Nơi nhận:»⏎the list in one paragraph",
         real(BR_HEADER_SHAPE))  # fmt: skip
case("FM061", "fail", "«Nơi nhận:»⏎the list in one paragraph, the label upright",
     on(real(BR_HEADER_SHAPE), lambda d: b.set_runs(d, "Nơi nhận", italic=False)))  # fmt: skip
case("FM060", "fail", "«Nơi nhận:»⏎the list in one paragraph, the label not bold",
     on(real(BR_HEADER_SHAPE), lambda d: b.set_runs(d, "Nơi nhận", bold=False)))  # fmt: skip

# ------------------------------------------------------------------ a misspelt Quốc hiệu


def misspelt(old: str, new: str) -> Callable[[], bytes]:
    return lambda: b.replace_text(b.corpus(b.QD_CORPUS), old, new)


for code in ("HD001", "FM001", "FM002", "FM004"):
    case(code, "pass", "a real Quyết định with «CÔNG HÒA» for «CỘNG HÒA» (found all the same)",
         misspelt("CỘNG HÒA", "CÔNG HÒA"))  # fmt: skip
case("HD001", "pass", "a real Quyết định with «VIỆT NA» for «VIỆT NAM»",
     misspelt("VIỆT NAM", "VIỆT NA"))  # fmt: skip
case("HD002", "fail", "a real Quyết định with «CÔNG HÒA» for «CỘNG HÒA»",
     misspelt("CỘNG HÒA", "CÔNG HÒA"))  # fmt: skip
case("HD002", "fail", "a real Quyết định with «CHU NGHĨA» for «CHỦ NGHĨA»",
     misspelt("CHỦ NGHĨA", "CHU NGHĨA"))  # fmt: skip
case("FM001", "fail", "a misspelt Quốc hiệu in 14 pt: its size is still judged",
     on(misspelt("CỘNG HÒA", "CÔNG HÒA"), lambda d: b.set_runs(d, "CÔNG HÒA", size=14)))  # fmt: skip
case("FM004", "fail", "a misspelt Quốc hiệu in normal case: its case is still judged",
     on(misspelt("CỘNG HÒA", "CÔNG HÒA"), lambda d: b.set_case(d, "CÔNG HÒA", False)))  # fmt: skip
