"""The standards as data (tiêu chuẩn thể thức): Decree 30/2020 and Circular 01/2011.

Renderers and validators read the standards only through this package.
"""

from vnadmin_docs.standards import nd30_2020

__all__ = ["national_motto", "national_name"]


def national_name() -> str:
    """The national name (Quốc hiệu), printed in capitals at the top right of page 1."""
    return nd30_2020.NATIONAL_NAME.value


def national_motto() -> str:
    """The motto (Tiêu ngữ) printed under the national name."""
    return nd30_2020.NATIONAL_MOTTO.value
