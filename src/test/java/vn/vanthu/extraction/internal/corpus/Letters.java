package vn.vanthu.extraction.internal.corpus;

import java.time.LocalDate;
import java.util.List;

/** The letters of the test corpus: 24 letters from 14 issuers, 10 types, with the variations of domain.md. */
final class Letters {

    private Letters() {}

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static final String UBND_SL = "UBND THÀNH PHỐ SƠN LA";
    private static final String PGD = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    private static final String SGD = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";

    static List<Letter> all() {
        return List.of(
                new Letter("cv-291-sonla", UBND_SL, PGD, "291", "GD&ĐT", "Tp.Sơn La", d(2017, 10, 4), null,
                        "hướng dẫn cập nhật và triển khai tài khoản Quản lý văn bản điều hành VNPT-ioffice", "V/v",
                        "Kính gửi:", List.of("BGH các trường mầm non, tiểu học và THCS"),
                        List.of("Thực hiện Công văn số 1024/UBND-VP ngày 25 tháng 9 năm 2017 của UBND thành phố về việc"
                                        + " triển khai hệ thống quản lý văn bản điều hành, Phòng Giáo dục và Đào tạo hướng"
                                        + " dẫn các trường cập nhật tài khoản như sau:",
                                "1. Mỗi đơn vị có một tài khoản mang tên thủ trưởng đơn vị, mật khẩu tạm thời phải được"
                                        + " đổi ở lần đăng nhập đầu tiên.",
                                "2. Thủ trưởng đơn vị có thể giao cho một phó hiệu trưởng, giáo viên hoặc nhân viên sử"
                                        + " dụng tài khoản và chịu trách nhiệm về việc sử dụng đó.",
                                "Các đơn vị hoàn thành việc cập nhật trước ngày 15/10/2017./."),
                        List.of("Như kính gửi", "Lãnh đạo phòng GD&ĐT", "CCVC phòng GD&ĐT thành phố", "Lưu: VT"),
                        "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Quốc Bình", 0, null, d(2017, 10, 15)),
                new Letter("qd-05-tanlap", null, "ỦY BAN NHÂN DÂN|XÃ TÂN LẬP", "05", "QĐ-UBND", "Tân Lập",
                        d(2025, 8, 5), "Quyết định",
                        "thành lập Ban tổ chức Hội khỏe Phù Đổng cấp xã năm 2025", "Về việc", null, List.of(),
                        List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
                                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                                "Căn cứ Kế hoạch số 112/KH-UBND ngày 20 tháng 7 năm 2025 của Ủy ban nhân dân xã;",
                                "QUYẾT ĐỊNH:",
                                "Điều 1. Thành lập Ban tổ chức Hội khỏe Phù Đổng cấp xã năm 2025 gồm các ông, bà có tên"
                                        + " trong danh sách kèm theo.",
                                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
                        List.of("Như Điều 2", "Đảng ủy xã (b/c)", "Lưu: VT, VHXH"),
                        "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng Nhung", 0, null, null),
                new Letter("kh-112-sgd-sonla", "UBND TỈNH SƠN LA", SGD, "112", "KH-SGDĐT", "Sơn La",
                        d(2024, 9, 12), "Kế hoạch",
                        "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2024 - 2025", null, null, List.of(),
                        List.of("Thực hiện Chỉ thị số 1737/CT-BGDĐT ngày 07 tháng 5 năm 2018 của Bộ trưởng Bộ Giáo dục"
                                        + " và Đào tạo, Sở Giáo dục và Đào tạo xây dựng Kế hoạch tổ chức Hội thi như sau:",
                                "I. MỤC ĐÍCH, YÊU CẦU",
                                "Phát hiện, tôn vinh và nhân rộng điển hình giáo viên dạy giỏi; các đơn vị gửi danh sách"
                                        + " giáo viên dự thi về Sở trước ngày 30 tháng 10 năm 2024.",
                                "II. THỜI GIAN, ĐỊA ĐIỂM",
                                "Hội thi được tổ chức trong tháng 12 năm 2024 tại thành phố Sơn La./."),
                        List.of("Bộ GD&ĐT (b/c)", "UBND tỉnh (b/c)", "Các phòng GD&ĐT", "Lưu: VT, GDTrH"),
                        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Thắng", 0, null, d(2024, 10, 30)),
                new Letter("cv-3234-bgddt", null, "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "3234", "BGDĐT-GDCN", "Hà Nội",
                        d(2024, 6, 18), null,
                        "hướng dẫn tuyển sinh trung cấp, cao đẳng năm 2024 đối với học sinh tốt nghiệp THCS", "V/v",
                        "Kính gửi:", List.of("Các sở giáo dục và đào tạo", "Các cơ sở giáo dục nghề nghiệp"),
                        List.of("Để công tác tuyển sinh năm 2024 được thực hiện đúng quy định, Bộ Giáo dục và Đào tạo"
                                        + " đề nghị các đơn vị thực hiện một số nội dung sau:",
                                "1. Thông tin đầy đủ tới học sinh và cha mẹ học sinh về các ngành nghề đào tạo.",
                                "2. Tổng hợp kết quả tuyển sinh, gửi về Bộ (qua Vụ Giáo dục chuyên nghiệp) trước ngày"
                                        + " 31/12/2024./."),
                        List.of("Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, GDCN"),
                        "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Hoàng Minh Sơn", 0, null, d(2024, 12, 31)),
                new Letter("tb-45-chuvanan", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "TRƯỜNG THPT CHU VĂN AN", "45",
                        "TB-CVA", "Hà Nội", d(2024, 11, 5), "Thông báo",
                        "Kết quả kỳ thi chọn học sinh giỏi cấp trường năm học 2024 - 2025", null, null, List.of(),
                        List.of("Căn cứ kết quả chấm thi của Hội đồng chấm thi, Nhà trường thông báo kết quả kỳ thi"
                                        + " chọn học sinh giỏi cấp trường như sau:",
                                "1. Tổng số học sinh dự thi: 215 em; số học sinh đạt giải: 87 em.",
                                "2. Danh sách học sinh đạt giải được niêm yết tại bảng tin của Nhà trường./."),
                        List.of("Ban Giám hiệu", "Các tổ chuyên môn", "Lưu: VT"),
                        null, "HIỆU TRƯỞNG", "Nguyễn Xuân Khang", 0, null, null),
                new Letter("gm-18-maison", "UBND HUYỆN MAI SƠN", PGD, "18", "GM-PGDĐT", "Mai Sơn", d(2023, 5, 22),
                        "Giấy mời", "Dự Hội nghị tổng kết năm học 2022 - 2023", null, "Kính gửi:",
                        List.of("Hiệu trưởng các trường mầm non, tiểu học, THCS trên địa bàn huyện"),
                        List.of("Phòng Giáo dục và Đào tạo trân trọng kính mời đại biểu tới dự Hội nghị tổng kết năm"
                                        + " học 2022 - 2023.",
                                "Thời gian: 07 giờ 30 phút, ngày 26 tháng 5 năm 2023.",
                                "Địa điểm: Hội trường Ủy ban nhân dân huyện Mai Sơn.",
                                "Rất mong đại biểu tới dự đúng thời gian./."),
                        List.of("Như trên", "Lưu: VT"),
                        null, "TRƯỞNG PHÒNG", "Cầm Thị Hương", 0, null, null),
                new Letter("ttr-27-quan1", "UBND QUẬN 1", PGD, "27", "TTr-GDĐT", "Quận 1", d(2024, 3, 8), "Tờ trình",
                        "đề nghị phê duyệt danh sách giáo viên tham gia bồi dưỡng hè năm 2024", "Về", "Kính gởi:",
                        List.of("Ủy ban nhân dân Quận 1"),
                        List.of("Căn cứ Kế hoạch số 45/KH-UBND ngày 12 tháng 01 năm 2024 của Ủy ban nhân dân Quận 1,"
                                        + " Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân Quận xem xét, phê duyệt"
                                        + " danh sách giáo viên tham gia bồi dưỡng hè năm 2024.",
                                "Kính trình Ủy ban nhân dân Quận xem xét, quyết định./."),
                        List.of("Như trên", "Lưu: VT"),
                        null, "TRƯỞNG PHÒNG", "Lê Thị Thu Hà", 0, null, null),
                new Letter("bc-76-chiengmung", "PHÒNG GD&ĐT HUYỆN MAI SƠN", "TRƯỜNG TIỂU HỌC CHIỀNG MUNG", "76",
                        "BC-THCM", "Chiềng Mung", d(2024, 5, 28), "Báo cáo",
                        "Tổng kết năm học 2023 - 2024", null, null, List.of(),
                        List.of("Thực hiện Công văn số 512/PGDĐT-TH ngày 10 tháng 5 năm 2024 của Phòng Giáo dục và"
                                        + " Đào tạo huyện Mai Sơn, Trường Tiểu học Chiềng Mung báo cáo tổng kết năm học như"
                                        + " sau:",
                                "I. ĐẶC ĐIỂM TÌNH HÌNH",
                                "Nhà trường có 24 lớp với 712 học sinh, 38 cán bộ, giáo viên, nhân viên.",
                                "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
                                "Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,2%./."),
                        List.of("Phòng GD&ĐT (b/c)", "Lưu: VT"),
                        null, "HIỆU TRƯỞNG", "Quàng Văn Dũng", 0, null, null),
                new Letter("hd-09-danang", "UBND THÀNH PHỐ ĐÀ NẴNG", SGD, "09", "HD-SGDĐT", "Đà Nẵng",
                        d(2024, 8, 20), "Hướng dẫn",
                        "Thực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025", null, null, List.of(),
                        List.of("Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 30 tháng 7 năm 2024 của Bộ trưởng Bộ Giáo dục"
                                        + " và Đào tạo ban hành Khung kế hoạch thời gian năm học;",
                                "Sở Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ giáo dục trung học như sau:",
                                "1. Các trường xây dựng kế hoạch giáo dục nhà trường, gửi về Sở trước ngày 15/9/2024.",
                                "2. Tăng cường ứng dụng công nghệ thông tin trong dạy học và quản lý./."),
                        List.of("Bộ GD&ĐT (để b/c)", "Các trường THPT", "Lưu: VT, GDTrH"),
                        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Thị Mỹ Hạnh", 0, null, d(2024, 9, 15)),
                new Letter("cv-1503-nghean", "UBND TỈNH NGHỆ AN", SGD, "1503", "SGD&ĐT-KHTC", "Nghệ An",
                        d(2023, 7, 3), null,
                        "báo cáo số liệu cơ sở vật chất trường học năm 2023", "V/v:", "Kính gửi:",
                        List.of("Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố, thị xã",
                                "Hiệu trưởng các trường THPT trực thuộc"),
                        List.of("Thực hiện Công văn số 2890/BGDĐT-CSVC ngày 20 tháng 6 năm 2023 của Bộ Giáo dục và"
                                        + " Đào tạo, Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo số liệu cơ sở vật"
                                        + " chất trường học năm 2023.",
                                "Báo cáo gửi về Sở (qua phòng Kế hoạch - Tài chính) chậm nhất ngày 20/7/2023./."),
                        List.of("Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, KHTC"),
                        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Đường", 1, null, d(2023, 7, 20)),
                new Letter("tb-214-badinh", null, "ỦY BAN NHÂN DÂN|PHƯỜNG BA ĐÌNH", "214", "TB-UBND", "Ba Đình",
                        d(2025, 9, 15), "Thông báo",
                        "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường tháng 10 năm 2025", null,
                        null, List.of(),
                        List.of("Ủy ban nhân dân phường Ba Đình thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy"
                                        + " ban nhân dân phường như sau:",
                                "Thời gian: sáng thứ Năm hằng tuần, từ 08 giờ 00 đến 11 giờ 30.",
                                "Địa điểm: Trụ sở tiếp công dân phường Ba Đình./."),
                        List.of("Thường trực Đảng ủy phường", "Các tổ dân phố", "Lưu: VT"),
                        "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Đức Long", 0, null, null),
                new Letter("cv-88-hoasen", "UBND PHƯỜNG TÂN ĐỊNH", "TRƯỜNG MẦM NON HOA SEN", "88", "MNHS",
                        "Tân Định", d(2024, 10, 2), null,
                        "đăng ký tham gia hội thi bé khỏe bé ngoan", "Về việc", "Kính gởi:",
                        List.of("Ủy ban nhân dân phường Tân Định"),
                        List.of("Thực hiện Kế hoạch số 67/KH-UBND ngày 15 tháng 9 năm 2024 của Ủy ban nhân dân"
                                        + " phường, Trường Mầm non Hoa Sen đăng ký 12 cháu tham gia hội thi bé khỏe bé"
                                        + " ngoan năm học 2024 - 2025.",
                                "Trân trọng kính chào./."),
                        List.of("Như trên", "Lưu: VT"),
                        null, "HIỆU TRƯỞNG", "Võ Thị Ngọc Lan", 0, null, null),
                new Letter("cv-1092-qlcl", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "CỤC QUẢN LÝ CHẤT LƯỢNG", "1092",
                        "QLCL-QLT", "Hà Nội", d(2024, 4, 25), null,
                        "hướng dẫn tổ chức coi thi, chấm thi tốt nghiệp trung học phổ thông năm 2024", "V/v",
                        "Kính gửi:", List.of("Các sở giáo dục và đào tạo", "Cục Nhà trường - Bộ Quốc phòng"),
                        List.of("Thực hiện Quyết định số 1058/QĐ-BGDĐT ngày 11 tháng 4 năm 2024 của Bộ trưởng Bộ Giáo"
                                        + " dục và Đào tạo, Cục Quản lý chất lượng hướng dẫn các đơn vị tổ chức coi thi, chấm"
                                        + " thi như sau:",
                                "1. Giữ bí mật đề thi theo quy định về bảo vệ bí mật nhà nước.",
                                "2. Các đơn vị gửi danh sách cán bộ coi thi về Cục trước ngày 20 tháng 5 năm 2024./."),
                        List.of("Như trên", "Thứ trưởng (để b/c)", "Lưu: VT, QLT"),
                        "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Huỳnh Văn Chương", 3, null, d(2024, 5, 20)),
                new Letter("qd-356-sgd-sonla", "UBND TỈNH SƠN LA", SGD, "356", "QĐ-SGDĐT", "Sơn La",
                        d(2024, 4, 10), "Quyết định",
                        "công nhận kết quả kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2023 - 2024", "Về việc",
                        null, List.of(),
                        List.of("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                                "Căn cứ Thông tư số 17/2023/TT-BGDĐT ngày 10 tháng 10 năm 2023 của Bộ trưởng Bộ Giáo dục"
                                        + " và Đào tạo;",
                                "Theo đề nghị của Trưởng phòng Quản lý chất lượng,",
                                "QUYẾT ĐỊNH:",
                                "Điều 1. Công nhận 412 học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh.",
                                "Điều 2. Quyết định có hiệu lực kể từ ngày ký./."),
                        List.of("Như Điều 2", "Lưu: VT, QLCL"),
                        null, "GIÁM ĐỐC", "Nguyễn Văn Hải", 0, null, null),
                new Letter("cv-4144-gddt", "UBND HUYỆN YÊN CHÂU", "PHÒNG GIÁO DỤC|VÀ ĐÀO TẠO", "4144", "GDĐT – VP",
                        "Yên Châu", d(2022, 11, 5), null,
                        "tăng cường công tác phòng, chống dịch bệnh mùa đông xuân trong trường học", "V/v",
                        "Kính gửi:", List.of("Các trường mầm non, tiểu học, THCS trong huyện"),
                        List.of("Thực hiện Công văn số 4288/BGDĐT-GDTC ngày 21 tháng 10 năm 2022 của Bộ Giáo dục và"
                                        + " Đào tạo, Phòng Giáo dục và Đào tạo đề nghị các trường triển khai các biện pháp"
                                        + " phòng, chống dịch bệnh mùa đông xuân.",
                                "Các trường báo cáo kết quả thực hiện trước ngày 30/11/2022./."),
                        List.of("Như trên", "UBND huyện (b/c)", "Lưu: VT"),
                        "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Vì Văn Toán", 0, null, d(2022, 11, 30)),
                new Letter("cv-1228-thpt", "SỞ GD&ĐT THANH HÓA", "TRƯỜNG THPT LAM SƠN", "1228", "THPT", "Thanh Hóa",
                        d(2010, 11, 5), null,
                        "cử giáo viên tham gia tập huấn đổi mới phương pháp dạy học", "V/v", "Kính gửi:",
                        List.of("Sở Giáo dục và Đào tạo Thanh Hóa"),
                        List.of("Thực hiện Công văn số 1780/SGDĐT-GDTrH ngày 20 tháng 10 năm 2010 của Sở Giáo dục và"
                                        + " Đào tạo, Trường THPT Lam Sơn cử 05 giáo viên tham gia tập huấn đổi mới phương"
                                        + " pháp dạy học (danh sách kèm theo).",
                                "Trân trọng./."),
                        List.of("Như trên", "Lưu: VT"),
                        "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Đình Sơn", 0, null, null),
                new Letter("ctr-12-dongda", "UBND QUẬN ĐỐNG ĐA", PGD, "12", "CTr-PGDĐT", "Đống Đa", d(2024, 1, 15),
                        "Chương trình", "Công tác tháng 02 năm 2024", null, null, List.of(),
                        List.of("Căn cứ Kế hoạch năm học 2023 - 2024, Phòng Giáo dục và Đào tạo ban hành Chương trình"
                                        + " công tác tháng 02 năm 2024 như sau:",
                                "1. Tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn.",
                                "2. Kiểm tra công tác bán trú tại các trường mầm non./."),
                        List.of("Các trường trực thuộc", "Lưu: VT"),
                        null, "TRƯỞNG PHÒNG", "Đỗ Thị Minh Thư", 0, null, null),
                new Letter("cd-02-ubnd-sonla", null, "ỦY BAN NHÂN DÂN|TỈNH SƠN LA", "02", "CĐ-UBND", "Sơn La",
                        d(2024, 9, 8), "Công điện",
                        "chủ động ứng phó với mưa lũ, bảo đảm an toàn cho học sinh", "Về việc", null,
                        List.of(),
                        List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
                                "Giám đốc Sở Giáo dục và Đào tạo; Chủ tịch Ủy ban nhân dân các xã, phường.",
                                "Yêu cầu các đơn vị chủ động rà soát, cho học sinh nghỉ học khi có nguy cơ mất an toàn,"
                                        + " báo cáo tình hình về Ủy ban nhân dân tỉnh trước 17 giờ ngày 10/9/2024./."),
                        List.of("Thường trực Tỉnh ủy (b/c)", "Lưu: VT, KGVX"),
                        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Hậu", 3, null, d(2024, 9, 10)),
                new Letter("bb-03-thcs", "UBND PHƯỜNG TÔ HIỆU", "TRƯỜNG THCS TÔ HIỆU", "03", "BB-THCS", "Tô Hiệu",
                        d(2025, 3, 14), "Biên bản", "Họp Hội đồng trường học kỳ I năm học 2024 - 2025", null, null,
                        List.of(),
                        List.of("Hôm nay, vào lúc 14 giờ 00, ngày 14 tháng 3 năm 2025, tại phòng họp Trường THCS Tô"
                                        + " Hiệu, Hội đồng trường họp đánh giá kết quả học kỳ I.",
                                "Thành phần: 11/11 thành viên Hội đồng trường.",
                                "Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày./."),
                        List.of("Các thành viên Hội đồng", "Lưu: VT"),
                        "TM. HỘI ĐỒNG TRƯỜNG", "CHỦ TỊCH", "Bùi Thị Thanh Tâm", 0, null, null),
                new Letter("cv-777-mat", "UBND TỈNH SƠN LA", SGD, "777", "SGDĐT-KT", "Sơn La", d(2024, 5, 2), null,
                        "bàn giao đề thi tuyển sinh lớp 10 năm học 2024 - 2025", "V/v", "Kính gửi:",
                        List.of("Công an tỉnh Sơn La"),
                        List.of("Sở Giáo dục và Đào tạo đề nghị Công an tỉnh phối hợp bảo vệ việc vận chuyển, bàn giao"
                                        + " đề thi tuyển sinh lớp 10 theo kế hoạch.",
                                "Trân trọng cảm ơn sự phối hợp của Quý cơ quan./."),
                        List.of("Như trên", "Giám đốc (b/c)", "Lưu: VT, KT"),
                        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Thắng", 0, "Mật", null),
                new Letter("pa-21-ubnd-xa", null, "ỦY BAN NHÂN DÂN|XÃ CHIỀNG SINH", "21", "PA-UBND", "Chiềng Sinh",
                        d(2025, 10, 1), "Phương án", "Bảo đảm an toàn trường học trong mùa mưa bão năm 2025", null,
                        null, List.of(),
                        List.of("Căn cứ tình hình thời tiết, Ủy ban nhân dân xã xây dựng phương án bảo đảm an toàn"
                                        + " trường học như sau:",
                                "1. Các trường rà soát phòng học, cây xanh, hệ thống điện.",
                                "2. Báo cáo kết quả rà soát về Ủy ban nhân dân xã trước ngày 10 tháng 10 năm 2025./."),
                        List.of("Các trường trên địa bàn", "Lưu: VT"),
                        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Phong", 0, null, d(2025, 10, 10)),
                new Letter("cv-56-khan", "UBND HUYỆN MỘC CHÂU", PGD, "56", "PGDĐT-TCCB", "Mộc Châu", d(2025, 2, 17),
                        null, "rà soát đội ngũ giáo viên năm học 2024 - 2025", "V/v", "Kính gửi:",
                        List.of("Hiệu trưởng các trường trực thuộc"),
                        List.of("Thực hiện chỉ đạo của Ủy ban nhân dân huyện tại Công văn số 245/UBND-NV ngày 12 tháng"
                                        + " 02 năm 2025, Phòng Giáo dục và Đào tạo đề nghị các trường rà soát đội ngũ giáo"
                                        + " viên và gửi báo cáo trước ngày 21/02/2025./."),
                        List.of("Như trên", "Lưu: VT, TCCB"),
                        null, "TRƯỞNG PHÒNG", "Sồng A Dế", 2, null, d(2025, 2, 21)),
                new Letter("kh-30-mnhoamai", "UBND PHƯỜNG CHIỀNG LỀ", "TRƯỜNG MẦM NON HOA MAI", "30", "KH-MNHM",
                        "Chiềng Lề", d(2024, 8, 28), "Kế hoạch", "Phát triển chương trình giáo dục nhà trường năm học"
                                + " 2024 - 2025", null, null, List.of(),
                        List.of("Căn cứ Chương trình giáo dục mầm non ban hành kèm theo Thông tư số 51/2020/TT-BGDĐT,"
                                        + " Trường Mầm non Hoa Mai xây dựng Kế hoạch như sau:",
                                "1. Mục tiêu: nâng cao chất lượng chăm sóc, giáo dục trẻ.",
                                "2. Giải pháp: đổi mới hình thức tổ chức hoạt động giáo dục./."),
                        List.of("UBND phường (b/c)", "Lưu: VT"),
                        null, "HIỆU TRƯỞNG", "Lường Thị Ngân", 0, null, null),
                new Letter("tb-15-pgd-qdong", "UBND QUẬN HÀ ĐÔNG", PGD, "15", "TB-PGDĐT", "Hà Đông", d(2023, 12, 1),
                        "Thông báo", "Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 11 năm 2023", null,
                        null, List.of(),
                        List.of("Ngày 28 tháng 11 năm 2023, Phòng Giáo dục và Đào tạo tổ chức họp giao ban. Trưởng"
                                        + " phòng kết luận như sau:",
                                "1. Các trường hoàn thành kiểm tra nội bộ, nộp báo cáo chậm nhất ngày 15/12/2023.",
                                "2. Chuẩn bị tốt các điều kiện tổ chức kiểm tra học kỳ I./."),
                        List.of("Các trường trực thuộc", "Lưu: VT"),
                        "TL. TRƯỞNG PHÒNG", "CHUYÊN VIÊN", "Nguyễn Hữu Tuấn", 0, null, d(2023, 12, 15)));
    }
}
