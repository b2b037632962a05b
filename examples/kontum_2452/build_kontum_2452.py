"""Build the Kon Tum dispatch 2452/UBND-TH through the Python API, and write it out.

Run: python examples/kontum_2452/build_kontum_2452.py [OUTPUT_DIR]
The model equals the one loaded from kontum_2452.yaml (a test checks it).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import vnadmin_docs as vn
from vnadmin_docs import ListBlock, ListItem, ListStyle, Paragraph

MOVEMENT = "“Kon Tum chung sức xây dựng nông thôn mới” giai đoạn 2016-2020"


def build() -> vn.OfficialDispatch:
    """Return the dispatch with its outline, built field by field."""
    outline = vn.Attachment(
        kind=vn.AttachmentKind.OUTLINE,
        title=(
            "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA",
            '"KON TUM CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI"',
            "GIAI ĐOẠN 2016-2020",
        ),
        body=[
            ListBlock(
                style=ListStyle.DECIMAL,
                items=[
                    ListItem.model_validate(
                        "Đánh giá công tác lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền "
                        "về việc tổ chức phát động, triển khai Phong trào thi đua; công tác "
                        "tuyên truyền, nâng cao nhận thức về chủ trương xây dựng nông thôn mới "
                        "của Đảng và Nhà nước."
                    ),
                    ListItem.model_validate(
                        {
                            "text": "Đánh giá kết quả Phong trào thi đua trong thực hiện 19 tiêu "
                            "chí về xây dựng nông thôn mới. Trong đó, cần tập trung đánh giá các "
                            "mô hình mới, các giải pháp đã thực hiện có hiệu quả để phấn đấu đạt, "
                            "vượt và về đích sớm các mục tiêu và nội dung của Chương trình mục "
                            "tiêu Quốc gia đã đề ra, như:",
                            "blocks": [
                                {
                                    "kind": "list",
                                    "style": "dash",
                                    "items": [
                                        "Đánh giá các mô hình mới, cách làm sáng tạo trong "
                                        "Phong trào xây dựng nông thôn mới.",
                                        "Các hoạt động nghiên cứu, xây dựng, ban hành, tổ chức "
                                        "thực hiện các chính sách, phát huy sáng kiến trong đề "
                                        "xuất các giải pháp đẩy nhanh tiến độ xây dựng nông "
                                        "thôn mới.",
                                        "Phong trào huy động nguồn lực, phát huy nội lực, tăng "
                                        "cường hoạt động xã hội hóa xây dựng nông thôn mới.",
                                        "Kết quả phấn đấu hoàn thành sớm, có chất lượng các chỉ "
                                        "tiêu, nhiệm vụ xây dựng nông thôn mới và tiếp tục nâng "
                                        "cao chất lượng các tiêu chí sau khi đạt chuẩn.",
                                    ],
                                },
                                {
                                    "kind": "list",
                                    "style": "star",
                                    "items": [
                                        "Đối với các Sở, ban, ngành, đoàn thể cấp tỉnh căn cứ "
                                        "chức năng, nhiệm vụ được giao để đánh giá kết quả và "
                                        "những việc làm cụ thể, thiết thực tham gia Phong trào "
                                        "thi đua xây dựng nông thôn mới."
                                    ],
                                },
                            ],
                        }
                    ),
                    ListItem.model_validate(
                        "Đánh giá tác động cụ thể của Phong trào thi đua trong góp phần hoàn "
                        "thành nhiệm vụ xây dựng nông thôn mới đối với cấp huyện, cấp xã gắn với "
                        'tiếp tục đẩy mạnh việc "Học tập và làm theo tư tưởng, đạo đức, phong '
                        'cách Hồ Chí Minh" và các phong trào, các cuộc vận động đang triển khai, '
                        "tạo ra động lực mới cho việc thực hiện các phong trào thi đua yêu nước "
                        "của từng Sở, ban, ngành, đoàn thể cấp tỉnh và địa phương."
                    ),
                    ListItem.model_validate(
                        "Đánh giá mặt được, hạn chế, nguyên nhân và bài học kinh nghiệm trong "
                        "triển khai thực hiện Phong trào thi đua; những kiến nghị, đề xuất tiếp "
                        "tục đẩy mạnh Phong trào thi đua trong các năm 2019 - 2020."
                    ),
                    ListItem.model_validate(
                        "Xem xét, lựa chọn, biểu dương, tôn vinh, khen thưởng các tập thể, cá "
                        "nhân điển hình tiên tiến trong Phong trào thi đua."
                    ),
                ],
            )
        ],
    )
    return vn.OfficialDispatch(
        agency=vn.Agency(
            name="Ủy ban nhân dân tỉnh Kon Tum",
            lines=("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"),
            abbreviation="UBND",
            place="Kon Tum",
        ),
        # As printed; the model also holds the normalised value 2452/UBND-TH.
        number=vn.DocumentNumber.model_validate("Số 2452/UBND - TH"),
        date=date(2018, 10, 1),
        subject=(
            "sơ kết Phong trào thi đua",
            "“Kon Tum chung sức xây dựng",
            "nông thôn mới” giai đoạn 2016-2020",
        ),
        recipients=[
            vn.Addressee(name="Các Sở, ban, ngành, đoàn thể cấp tỉnh"),
            vn.Addressee(name="Ban Thi đua - Khen thưởng tỉnh"),
            vn.Addressee(name="Ủy ban nhân dân các huyện, thành phố"),
        ],
        body=[
            Paragraph.model_validate(
                "Thực hiện Hướng dẫn số 1741/HD-BTĐKT ngày 31/7/2018 của Ban Thi đua - Khen "
                "thưởng Trung ương về việc hướng dẫn sơ kết phong trào thi đua “Cả nước chung "
                "sức xây dựng nông thôn mới” giai đoạn 2016 - 2020;"
            ),
            Paragraph.model_validate(
                "Căn cứ Kế hoạch số 2928/KH-UBND ngày 25/11/2016 của Ủy ban nhân dân tỉnh về tổ "
                f"chức thực hiện phong trào thi đua {MOVEMENT}."
            ),
            Paragraph.model_validate(
                "Ủy ban nhân dân tỉnh đề nghị các đơn vị, địa phương triển khai một số nội dung "
                "sau:"
            ),
            ListBlock(
                style=ListStyle.DECIMAL,
                items=[
                    ListItem.model_validate(
                        "Căn cứ chức năng, nhiệm vụ được giao tiến hành sơ kết, đánh giá việc tổ "
                        "chức triển khai thực hiện và kết quả của Phong trào thi đua "
                        f"{MOVEMENT} (theo đề cương) gửi về Ủy ban nhân dân tỉnh (qua Sở Nông "
                        "nghiệp và Phát triển nông thôn - Cơ quan thường trực Ban chỉ đạo xây "
                        "dựng nông thôn mới tỉnh) chậm nhất ngày 31/10/2018 để tổng hợp chung."
                    ),
                    ListItem.model_validate(
                        "Giao Ban Thi đua - Khen thưởng (Cơ quan thường trực Hội đồng Thi đua - "
                        "Khen thưởng tỉnh) phối hợp với Sở Nông nghiệp và Phát triển nông thôn "
                        "tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết Phong trào thi đua "
                        f"{MOVEMENT} trên địa bàn tỉnh."
                    ),
                ],
            ),
            Paragraph.model_validate("Yêu cầu các đơn vị, địa phương triển khai thực hiện"),
        ],
        end_mark="./.",
        signature=vn.SignatureBlock(
            lines=(
                vn.TitleLine(authority=vn.Authority.TM, title="ỦY BAN NHÂN DÂN"),
                # The document prints "K." for the prescribed "KT.": keep both.
                vn.TitleLine(authority=vn.Authority.KT, title="CHỦ TỊCH", printed="K. CHỦ TỊCH"),
                vn.TitleLine(title="PHÓ CHỦ TỊCH"),
            ),
            signer="Nguyễn Hữu Tháp",
        ),
        distribution=vn.Distribution(
            entries=(
                vn.Addressee(name="Như trên"),
                vn.Addressee(name="Thường trực Tỉnh ủy", purpose="b/c"),
                vn.Addressee(name="CT, PCT UBND tỉnh"),
                vn.Addressee(name="Văn phòng UBND tỉnh"),
            ),
            archive=("VT", "TH3"),
            drafter="nl",
        ),
        attachments=(outline,),
    )


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    dispatch = build()
    (out / "kontum_2452.txt").write_text(vn.render_text(dispatch), encoding="utf-8")
    vn.dump(dispatch, out / "kontum_2452.json")
    print(f"wrote {out / 'kontum_2452.txt'} and {out / 'kontum_2452.json'}")
