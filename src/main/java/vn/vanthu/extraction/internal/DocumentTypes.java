package vn.vanthu.extraction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The type names and abbreviations of NĐ 30/2020 Phụ lục III. */
final class DocumentTypes {

    static final String CONG_VAN = "Công văn";

    /** Abbreviation to type name; abbreviations are case-sensitive ("HD" Hướng dẫn, "HĐ" Hợp đồng). */
    private static final Map<String, String> BY_ABBREVIATION = new LinkedHashMap<>();

    /** Folded type name to the type name, longest first so that "giấy mời" wins over nothing shorter. */
    private static final Map<String, String> BY_FOLDED_NAME = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"NQ", "Nghị quyết"},
            {"QĐ", "Quyết định"},
            {"CT", "Chỉ thị"},
            {"QC", "Quy chế"},
            {"QyĐ", "Quy định"},
            {"TC", "Thông cáo"},
            {"TB", "Thông báo"},
            {"HD", "Hướng dẫn"},
            {"CTr", "Chương trình"},
            {"KH", "Kế hoạch"},
            {"PA", "Phương án"},
            {"ĐA", "Đề án"},
            {"DA", "Dự án"},
            {"BC", "Báo cáo"},
            {"BB", "Biên bản"},
            {"TTr", "Tờ trình"},
            {"HĐ", "Hợp đồng"},
            {"CĐ", "Công điện"},
            {"BGN", "Bản ghi nhớ"},
            {"BTT", "Bản thỏa thuận"},
            {"GUQ", "Giấy ủy quyền"},
            {"GM", "Giấy mời"},
            {"GGT", "Giấy giới thiệu"},
            {"GNP", "Giấy nghỉ phép"},
            {"PG", "Phiếu gửi"},
            {"PC", "Phiếu chuyển"},
            {"PB", "Phiếu báo"},
            // Legal documents forwarded to schools carry these (Luật Ban hành văn bản quy phạm pháp luật).
            {"TT", "Thông tư"},
            {"TTLT", "Thông tư liên tịch"},
            {"NĐ", "Nghị định"}
        };
        for (String[] row : table) {
            BY_ABBREVIATION.put(row[0], row[1]);
        }
        String[] names = {
            "Bản thỏa thuận",
            "Bản thoả thuận",
            "Giấy ủy quyền",
            "Giấy uỷ quyền",
            "Giấy giới thiệu",
            "Giấy nghỉ phép",
            "Chương trình",
            "Bản ghi nhớ",
            "Nghị quyết",
            "Quyết định",
            "Thông cáo",
            "Thông báo",
            "Hướng dẫn",
            "Phương án",
            "Công điện",
            "Phiếu chuyển",
            "Phiếu gửi",
            "Phiếu báo",
            "Giấy mời",
            "Kế hoạch",
            "Biên bản",
            "Hợp đồng",
            "Quy định",
            "Chỉ thị",
            "Quy chế",
            "Báo cáo",
            "Tờ trình",
            "Đề án",
            "Dự án",
            "Công văn",
            "Thư công",
            "Thông tư liên tịch",
            "Thông tư",
            "Nghị định"
        };
        for (String name : names) {
            BY_FOLDED_NAME.putIfAbsent(VietText.fold(name), canonical(name));
        }
    }

    private DocumentTypes() {}

    private static String canonical(String name) {
        return name.replace("thoả", "thỏa").replace("uỷ", "ủy");
    }

    /** The type for an abbreviation, or null. */
    static String byAbbreviation(String abbreviation) {
        return abbreviation == null ? null : BY_ABBREVIATION.get(abbreviation);
    }

    /**
     * The type when the line is a centred type name in capitals ("QUYẾT ĐỊNH", "GIẤY MỜI (Lần 2)"), or null.
     * Prose that merely mentions a type ("Kế hoạch số 12") is not in capitals and is never taken.
     */
    static String byHeading(String line) {
        if (!VietText.isUpperLine(line)) {
            return null;
        }
        String folded = VietText.fold(line)
                .replaceAll("\\(.*?\\)", " ")
                .replaceAll("[^a-z ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return BY_FOLDED_NAME.get(folded);
    }
}
