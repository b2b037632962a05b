"""The rules, by family; importing this package registers them all.

- :mod:`.format`: typography of each component (FM…), generated from the standard's rows.
- :mod:`.page`: page, fonts, text encoding, page numbers (PG…, FT…, PN…).
- :mod:`.header`: Quốc hiệu, Tiêu ngữ, agency, marks, the rules under headings (HD…, RL…, MK…).
- :mod:`.number_date`: number and notation, the date line (NB…, DT…).
- :mod:`.content`: subject, Kính gửi, body, capitalisation, attachments (SB…, RC…, BD…, CP…, AT…).
- :mod:`.closing`: signature block and Nơi nhận (SG…, DS…).
- :mod:`.forms`: what each form of Phụ lục III must show, copies, joint documents (FO…).
"""

from vnadmin_docs.validate.rules import (  # noqa: F401
    closing,
    content,
    format,
    forms,
    header,
    number_date,
    page,
)

__all__: list[str] = []
