package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanthu.extraction.DocumentMetadata;

/** One test per trap of domain.md's "What real extracted text looks like", on the công văn 291/GD&ĐT. */
class LetterReaderTests {

    private static final String BODY = """
            Kính gửi: BGH các trường mầm non, tiểu học và THCS.
            Thực hiện Công văn số 4288/BGDĐT-CNTT ngày 15 tháng 9 năm 2017 của Bộ Giáo dục và Đào tạo, Phòng
            Giáo dục và Đào tạo hướng dẫn các trường cập nhật tài khoản, gửi báo cáo trước ngày 20/10/2017.
            Trân trọng./.
            """;
    private static final String ROW_INTERLEAVED_CLOSING = """
            Nơi nhận:
            KT. TRƯỞNG PHÒNG
            - Như kính gửi;
            PHÓ TRƯỞNG PHÒNG
            - Lãnh đạo phòng GD&ĐT;
            - CCVC phòng GD&ĐT thành phố;
            (đã ký)
            - Lưu: VT.
            Trần Quốc Bình
            """;

    private static DocumentMetadata read(String text) {
        return LetterReader.read(text).metadata();
    }

    private static void assertIs291(DocumentMetadata m) {
        assertThat(m.documentType()).isEqualTo("Công văn");
        assertThat(m.codeNumber()).isEqualTo("291");
        assertThat(m.codeNotation()).isEqualTo("GD&ĐT");
        assertThat(m.promulgationPlace()).isEqualTo("Tp.Sơn La");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2017, 10, 4));
        assertThat(m.organization()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(m.parentOrganization()).isEqualTo("UBND THÀNH PHỐ SƠN LA");
        assertThat(m.subject())
                .isEqualTo("hướng dẫn cập nhật và triển khai tài khoản Quản lý văn bản điều hành VNPT-ioffice");
        assertThat(m.toPlaces()).containsExactly("BGH các trường mầm non, tiểu học và THCS");
        assertThat(m.distribution())
                .containsExactlyInAnyOrder(
                        "Như kính gửi", "Lãnh đạo phòng GD&ĐT", "CCVC phòng GD&ĐT thành phố", "Lưu: VT");
        assertThat(m.signer().competence()).isEqualTo("KT. TRƯỞNG PHÒNG");
        assertThat(m.signer().position()).isEqualTo("PHÓ TRƯỞNG PHÒNG");
        assertThat(m.signer().fullName()).isEqualTo("Trần Quốc Bình");
        assertThat(m.dueDate()).isEqualTo(LocalDate.of(2017, 10, 20));
    }

    @Test
    void readsHeaderInterleavedRowByRow() {
        assertIs291(read("""
                UBND THÀNH PHỐ SƠN LA
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
                Độc lập - Tự do - Hạnh phúc
                Số: 291/GD&ĐT
                Tp.Sơn La, ngày 04 tháng 10 năm 2017
                V/v hướng dẫn cập nhật và triển khai
                tài khoản Quản lý văn bản điều hành
                VNPT-ioffice
                """ + BODY + ROW_INTERLEAVED_CLOSING));
    }

    @Test
    void readsHeaderSideBySideWithRunsOfSpaces() {
        assertIs291(read("""
                UBND THÀNH PHỐ SƠN LA           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO             Độc lập - Tự do - Hạnh phúc
                Số: 291/GD&ĐT                  Tp.Sơn La, ngày 04 tháng 10 năm 2017
                V/v hướng dẫn cập nhật và triển khai
                tài khoản Quản lý văn bản điều hành
                VNPT-ioffice
                """ + BODY + """
                Nơi nhận:                                   KT. TRƯỞNG PHÒNG
                - Như kính gửi;                             PHÓ TRƯỞNG PHÒNG
                - Lãnh đạo phòng GD&ĐT;
                - CCVC phòng GD&ĐT thành phố;                   (đã ký)
                - Lưu: VT.
                                                            Trần Quốc Bình
                """));
    }

    @Test
    void readsHeaderWholeLeftColumnThenRight() {
        assertIs291(read("""
                UBND THÀNH PHỐ SƠN LA
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
                Số: 291/GD&ĐT
                V/v hướng dẫn cập nhật và triển khai
                tài khoản Quản lý văn bản điều hành
                VNPT-ioffice
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Tp.Sơn La, ngày 04 tháng 10 năm 2017
                """ + BODY + """
                Nơi nhận:
                - Như kính gửi;
                - Lãnh đạo phòng GD&ĐT;
                - CCVC phòng GD&ĐT thành phố;
                - Lưu: VT.
                KT. TRƯỞNG PHÒNG
                PHÓ TRƯỞNG PHÒNG
                Trần Quốc Bình
                """));
    }

    @Test
    void readsHeaderGluedOnOneLine() {
        assertIs291(read("UBND THÀNH PHỐ SƠN LA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 291/GD&ĐT V/v hướng dẫn cập nhật và"
                + " triển khai tài khoản Quản lý văn bản điều hành VNPT-ioffice CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                + " Độc lập - Tự do - Hạnh phúc Tp.Sơn La, ngày 04 tháng 10 năm 2017\n" + BODY
                + ROW_INTERLEAVED_CLOSING));
    }

    @Test
    void readsRowInterleavedHeaderGluedOnOneLine() {
        assertIs291(read("UBND THÀNH PHỐ SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập"
                + " - Tự do - Hạnh phúc Số: 291/GD&ĐT Tp.Sơn La, ngày 04 tháng 10 năm 2017 V/v hướng dẫn cập nhật và"
                + " triển khai tài khoản Quản lý văn bản điều hành VNPT-ioffice " + BODY.replace('\n', ' ')
                + "\n" + ROW_INTERLEAVED_CLOSING));
    }

    private static DocumentMetadata withCodeLine(String codeLine) {
        return read("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + codeLine + "\nHà Nội, ngày 12 tháng 3 năm 2024\nV/v báo cáo\n" + BODY
                + ROW_INTERLEAVED_CLOSING);
    }

    @Test
    void readsNumberWithSpaceBeforeSlash() {
        DocumentMetadata m = withCodeLine("Số: 291 /GD&ĐT");
        assertThat(m.codeNumber()).isEqualTo("291");
        assertThat(m.codeNotation()).isEqualTo("GD&ĐT");
    }

    @Test
    void readsNumberWithSpacedColonAndEnDash() {
        DocumentMetadata m = withCodeLine("Số : 4144 /GDĐT – VP");
        assertThat(m.codeNumber()).isEqualTo("4144");
        assertThat(m.codeNotation()).isEqualTo("GDĐT–VP");
        assertThat(m.documentType()).isEqualTo("Công văn");
    }

    @Test
    void readsNumberOnTheLineBelowTheLabel() {
        DocumentMetadata m = withCodeLine("Số:\n1228/THPT");
        assertThat(m.codeNumber()).isEqualTo("1228");
        assertThat(m.codeNotation()).isEqualTo("THPT");
    }

    @Test
    void leavesBlankNumberOfESignedDocumentEmpty() {
        DocumentMetadata m = withCodeLine("Số:          /SGDĐT-VP");
        assertThat(m.codeNumber()).isNull();
        assertThat(m.codeNotation()).isEqualTo("SGDĐT-VP");
    }

    @Test
    void readsNumberThroughOcrNoise() {
        DocumentMetadata m = withCodeLine("Sô; 45 / TB-THCS.");
        assertThat(m.codeNumber()).isEqualTo("45");
        assertThat(m.codeNotation()).isEqualTo("TB-THCS");
        assertThat(m.documentType()).isEqualTo("Thông báo");
    }

    @Test
    void takesNumberFromSoLineNeverFromCrossReference() {
        DocumentMetadata m = withCodeLine("Số:       /PGDĐT");
        assertThat(m.codeNumber()).isNull();
        assertThat(m.codeNotation()).isEqualTo("PGDĐT");
        assertThat(withCodeLine("Số: 17/PGDĐT").codeNumber()).isEqualTo("17");
    }

    @Test
    void readsLegalDocumentNumberWithYear() {
        DocumentMetadata m = withCodeLine("Số: 12/2024/QĐ-UBND");
        assertThat(m.codeNumber()).isEqualTo("12");
        assertThat(m.codeNotation()).isEqualTo("2024/QĐ-UBND");
        assertThat(m.documentType()).isEqualTo("Quyết định");
    }

    private static DocumentMetadata withDateLine(String dateLine) {
        return read("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 7/SGDĐT\n" + dateLine + "\nV/v báo cáo\n" + BODY);
    }

    @Test
    void readsDateWithMissingSpace() {
        DocumentMetadata m = withDateLine("Hà Nội, ngày 05 tháng11 năm 2010");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2010, 11, 5));
        assertThat(m.promulgationPlace()).isEqualTo("Hà Nội");
    }

    @Test
    void readsDateBrokenOverLines() {
        DocumentMetadata m = withDateLine("Sơn La, ngày 05 tháng 11\nnăm 2010");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2010, 11, 5));
        assertThat(m.promulgationPlace()).isEqualTo("Sơn La");
    }

    @Test
    void readsDateWithTrailingDotAndAbbreviatedPlace() {
        DocumentMetadata m = withDateLine("Tp. Hồ Chí Minh, ngày 5 tháng 9 năm 2023.");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(m.promulgationPlace()).isEqualTo("Tp. Hồ Chí Minh");
    }

    @Test
    void readsDateWithPlaceOnTheLineAbove() {
        DocumentMetadata m = withDateLine("TP. Đà Nẵng,\nngày 20 tháng 12 năm 2024");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(m.promulgationPlace()).isEqualTo("TP. Đà Nẵng");
    }

    private static String subjectOf(String summary) {
        return read("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 7/SGDĐT\nHà Nội, ngày 12 tháng 3 năm 2024\n" + summary + "\n" + BODY)
                .subject();
    }

    @Test
    void readsEveryFormOfSummaryLabel() {
        assertThat(subjectOf("V/v tổ chức hội thi")).isEqualTo("tổ chức hội thi");
        assertThat(subjectOf("V/v: tổ chức hội thi")).isEqualTo("tổ chức hội thi");
        assertThat(subjectOf("Về: tổ chức hội thi")).isEqualTo("tổ chức hội thi");
        assertThat(subjectOf("Về việc tổ chức hội thi")).isEqualTo("tổ chức hội thi");
        assertThat(subjectOf("V/V tổ chức hội thi")).isEqualTo("tổ chức hội thi");
    }

    @Test
    void joinsSummaryWrappedOverLines() {
        assertThat(subjectOf("V/v tổ chức hội thi giáo viên dạy giỏi\ncấp thành phố năm học\n2024 - 2025"))
                .isEqualTo("tổ chức hội thi giáo viên dạy giỏi cấp thành phố năm học 2024 - 2025");
    }

    @Test
    void readsSouthernKinhGoiOnSeparateLines() {
        DocumentMetadata m = read("""
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                Số: 7/SGDĐT
                TP. Hồ Chí Minh, ngày 12 tháng 3 năm 2024
                V/v báo cáo
                Kính gởi:
                - Hiệu trưởng các trường trung học phổ thông;
                - Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục
                thường xuyên các quận, huyện.
                Căn cứ kế hoạch năm học, Sở đề nghị các đơn vị thực hiện.
                """);
        assertThat(m.toPlaces())
                .containsExactly(
                        "Hiệu trưởng các trường trung học phổ thông",
                        "Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các quận, huyện");
    }

    @Test
    void readsAddresseesWithoutDashesOrEnding() {
        DocumentMetadata m = read("""
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                Số: 7/SGDĐT
                Hà Nội, ngày 12 tháng 3 năm 2024
                V/v báo cáo
                Kính gửi:
                Các trường trung học cơ sở
                Thực hiện kế hoạch năm học, Sở đề nghị các đơn vị thực hiện.
                """);
        assertThat(m.toPlaces()).containsExactly("Các trường trung học cơ sở");
    }

    @Test
    void readsSignerLinesInterleavedWithDistribution() {
        DocumentMetadata m = read("""
                ỦY BAN NHÂN DÂN
                XÃ TÂN LẬP
                Số: 45/TB-UBND
                Tân Lập, ngày 2 tháng 4 năm 2025
                THÔNG BÁO
                Lịch tiếp công dân tháng 4 năm 2025
                Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau.
                Nơi nhận: TM. ỦY BAN NHÂN DÂN
                - Các trường trên địa bàn; KT. CHỦ TỊCH
                - Đảng ủy xã (b/c); PHÓ CHỦ TỊCH
                - Lưu: VT. (Đã ký)
                Nguyễn Thị Hồng Nhung
                """);
        assertThat(m.signer().competence()).isEqualTo("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH");
        assertThat(m.signer().position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(m.signer().fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(m.distribution()).containsExactly("Các trường trên địa bàn", "Đảng ủy xã (b/c)", "Lưu: VT");
        assertThat(m.documentType()).isEqualTo("Thông báo");
        assertThat(m.organization()).isEqualTo("ỦY BAN NHÂN DÂN XÃ TÂN LẬP");
        assertThat(m.subject()).isEqualTo("Lịch tiếp công dân tháng 4 năm 2025");
    }

    @Test
    void readsTypeNameFromCentredHeadingWhenSymbolHasNone() {
        DocumentMetadata m = read("""
                TRƯỜNG THCS NGUYỄN DU
                Số: 15/THCS
                Hà Nội, ngày 2 tháng 4 năm 2025
                KẾ HOẠCH
                Tổ chức Hội khỏe Phù Đổng cấp trường
                năm học 2024 - 2025
                Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 1 tháng 3 năm 2025 của Phòng GD&ĐT.
                """);
        assertThat(m.documentType()).isEqualTo("Kế hoạch");
        assertThat(m.subject()).isEqualTo("Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2024 - 2025");
        assertThat(m.codeNumber()).isEqualTo("15");
    }

    @Test
    void readsUrgencyAndSecrecyOnlyFromStandaloneStamps() {
        String text = """
                HỎA TỐC
                UBND TỈNH SƠN LA
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                MẬT
                Số: 9/SGDĐT-VP
                Sơn La, ngày 1 tháng 2 năm 2024
                V/v bảo mật đề thi
                Kính gửi: Các trường THPT.
                Các đơn vị giữ bí mật tuyệt đối, không chia sẻ mật khẩu, khẩn trương thực hiện.
                """;
        DocumentMetadata m = read(text);
        assertThat(m.priority()).isEqualTo(3);
        assertThat(m.confidentiality()).isEqualTo("Mật");
        DocumentMetadata prose = read(text.replace("HỎA TỐC\n", "").replace("MẬT\n", ""));
        assertThat(prose.priority()).isZero();
        assertThat(prose.confidentiality()).isNull();
    }

    @Test
    void readsALetterTypedIntoAMailBodyWithoutCapitalsAndQuoted() {
        DocumentMetadata m = read("""
                > Trường THCS Nguyễn Du
                > Số: 12/CV-THCS
                > Hà Nội, ngày 3 tháng 4 năm 2025
                > V/v đăng ký dự thi học sinh giỏi
                > Kính gửi: Phòng Giáo dục và Đào tạo quận Hoàn Kiếm
                > Nhà trường gửi danh sách học sinh dự thi (kèm theo).
                > Hiệu trưởng
                > Nguyễn Văn Minh
                """);
        assertThat(m.organization()).isEqualTo("Trường THCS Nguyễn Du");
        assertThat(m.codeNumber()).isEqualTo("12");
        assertThat(m.subject()).isEqualTo("đăng ký dự thi học sinh giỏi");
        assertThat(m.toPlaces()).containsExactly("Phòng Giáo dục và Đào tạo quận Hoàn Kiếm");
        assertThat(m.signer().position()).isEqualTo("Hiệu trưởng");
        assertThat(m.signer().fullName()).isEqualTo("Nguyễn Văn Minh");
    }

    @Test
    void separatesATypeNameGluedToItsSummary() {
        DocumentMetadata m = read("UBND XÃ TÂN LẬP Số: 05/QĐ-UBND Tân Lập, ngày 5 tháng 8 năm 2025 QUYẾT ĐỊNH Về việc"
                + " thành lập Ban tổ chức hội thi\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\nCăn cứ Luật Tổ chức chính quyền địa"
                + " phương;");
        assertThat(m.documentType()).isEqualTo("Quyết định");
        assertThat(m.subject()).isEqualTo("thành lập Ban tổ chức hội thi");
        assertThat(m.promulgationPlace()).isEqualTo("Tân Lập");
        assertThat(m.organization()).isEqualTo("UBND XÃ TÂN LẬP");
    }

    @Test
    void readsAMottoWrappedInANarrowCell() {
        DocumentMetadata m = read("""
                UBND PHƯỜNG TÔ HIỆU
                TRƯỜNG THCS TÔ HIỆU
                Số: 03/BB-THCS
                CỘNG HÒA XÃ HỘI CHỦ
                NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh
                phúc
                Tô Hiệu, ngày 14 tháng 03
                năm 2025
                BIÊN BẢN
                Họp Hội đồng trường
                Hôm nay, tại phòng họp nhà trường.
                """);
        assertThat(m.organization()).isEqualTo("TRƯỜNG THCS TÔ HIỆU");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(m.subject()).isEqualTo("Họp Hội đồng trường");
    }

    @Test
    void keepsLowerCaseWordsOfPlaceNames() {
        assertThat(withDateLine("Thành phố Hồ Chí Minh, ngày 5 tháng 9 năm 2023")
                        .promulgationPlace())
                .isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(withDateLine("ae vuole Quận 1, ngày 5 tháng 9 năm 2023").promulgationPlace())
                .isEqualTo("Quận 1");
    }

    @Test
    void readsLegalDocumentTypesForwardedToSchools() {
        assertThat(withCodeLine("Số: 17/2023/TT-BGDĐT").documentType()).isEqualTo("Thông tư");
        assertThat(withCodeLine("Số: 30/2020/NĐ-CP").documentType()).isEqualTo("Nghị định");
    }

    @Test
    void keepsThePlaceOfABlankESignedDate() {
        DocumentMetadata m = withDateLine("Hà Nội, ngày      tháng      năm 2024");
        assertThat(m.promulgationPlace()).isEqualTo("Hà Nội");
        assertThat(m.promulgationDate()).isNull();
    }

    @Test
    void takesANamePrintedInCapitalsAsTheLastLine() {
        DocumentMetadata m = read("""
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                Số: 7/SGDĐT
                Hà Nội, ngày 12 tháng 3 năm 2024
                V/v báo cáo
                Kính gửi: Các trường.
                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                KT. GIÁM ĐỐC
                PHÓ GIÁM ĐỐC
                NGUYỄN VĂN AN
                """);
        assertThat(m.signer().position()).isEqualTo("PHÓ GIÁM ĐỐC");
        assertThat(m.signer().fullName()).isEqualTo("NGUYỄN VĂN AN");
    }
}
