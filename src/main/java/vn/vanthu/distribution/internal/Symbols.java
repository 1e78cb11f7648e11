package vn.vanthu.distribution.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.distribution.DistributionProperties;

/**
 * Makes the symbol (ký hiệu) of an outgoing document from its organization's pattern: {@code {TYPE}-{ORG}} for
 * named types ({@code QĐ-UBND}), {@code {ORG}-{UNIT}} for công văn ({@code PGDĐT-VP}), per NĐ 30 Phụ lục III.
 */
@Component
class Symbols {

    /** NĐ 30 Phụ lục III: type names and their abbreviations. Công văn and thư công have none. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("nghị quyết", "NQ"),
            Map.entry("quyết định", "QĐ"),
            Map.entry("chỉ thị", "CT"),
            Map.entry("quy chế", "QC"),
            Map.entry("quy định", "QyĐ"),
            Map.entry("thông cáo", "TC"),
            Map.entry("thông báo", "TB"),
            Map.entry("hướng dẫn", "HD"),
            Map.entry("chương trình", "CTr"),
            Map.entry("kế hoạch", "KH"),
            Map.entry("phương án", "PA"),
            Map.entry("đề án", "ĐA"),
            Map.entry("dự án", "DA"),
            Map.entry("báo cáo", "BC"),
            Map.entry("biên bản", "BB"),
            Map.entry("tờ trình", "TTr"),
            Map.entry("hợp đồng", "HĐ"),
            Map.entry("công điện", "CĐ"),
            Map.entry("bản ghi nhớ", "BGN"),
            Map.entry("bản thỏa thuận", "BTT"),
            Map.entry("giấy ủy quyền", "GUQ"),
            Map.entry("giấy mời", "GM"),
            Map.entry("giấy giới thiệu", "GGT"),
            Map.entry("giấy nghỉ phép", "GNP"),
            Map.entry("phiếu gửi", "PG"),
            Map.entry("phiếu chuyển", "PC"),
            Map.entry("phiếu báo", "PB"));

    private final JdbcClient jdbc;
    private final DistributionProperties properties;

    Symbols(JdbcClient jdbc, DistributionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String notation(Organization issuer, String documentType, String unitCode) {
        String type = documentType == null ? null : ABBREVIATIONS.get(normalize(documentType));
        String pattern = type == null ? pattern(issuer, "letter") : pattern(issuer, "named_type");
        String unit = unitCode == null || unitCode.isBlank() ? properties.defaultUnit() : unitCode.trim();
        return pattern.replace("{TYPE}", type == null ? "" : type)
                .replace("{ORG}", issuer.code())
                .replace("{UNIT}", unit)
                .replaceAll("^-+|-+$", "")
                .replaceAll("-{2,}", "-");
    }

    /** Sets an organization's patterns; {@code {TYPE}}, {@code {ORG}} and {@code {UNIT}} are filled in. */
    void configure(long organizationId, String namedType, String letter) {
        jdbc.sql("DELETE FROM symbol_pattern WHERE organization_id = ?")
                .param(organizationId)
                .update();
        jdbc.sql("INSERT INTO symbol_pattern (organization_id, named_type, letter) VALUES (?, ?, ?)")
                .params(organizationId, namedType, letter)
                .update();
    }

    private String pattern(Organization issuer, String column) {
        return jdbc.sql("SELECT " + column + " FROM symbol_pattern WHERE organization_id = ?")
                .param(issuer.id())
                .query(String.class)
                .optional()
                .orElse(column.equals("letter") ? properties.letterPattern() : properties.namedTypePattern());
    }

    private static String normalize(String type) {
        return java.text.Normalizer.normalize(type.trim().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC)
                .replace("hoà", "hòa")
                .replace("uỷ", "ủy")
                .replace("thoả", "thỏa");
    }
}
