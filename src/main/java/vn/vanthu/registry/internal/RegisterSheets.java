package vn.vanthu.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.PdfTableRenderer;
import vn.vanthu.extraction.PrintedTable;
import vn.vanthu.extraction.XlsxTables;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.Register;
import vn.vanthu.registry.RegisterEntry;

/**
 * Turns a register's lines for a year into the columns of NĐ 30 Phụ lục IV, printed to PDF (A4 landscape with the
 * title page) or exported to XLSX.
 */
@Component
class RegisterSheets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    // Weights are shares of the 770 pt between the margins: a date (dd/MM/yyyy) needs 9, a long symbol 13.
    static final List<PrintedTable.Column> INCOMING = List.of(
            new PrintedTable.Column("Ngày đến", 9),
            new PrintedTable.Column("Số đến", 5),
            new PrintedTable.Column("Tác giả", 12),
            new PrintedTable.Column("Số, ký hiệu", 13),
            new PrintedTable.Column("Ngày tháng văn bản", 9),
            new PrintedTable.Column("Tên loại và trích yếu nội dung", 21),
            new PrintedTable.Column("Đơn vị hoặc người nhận", 10),
            new PrintedTable.Column("Ngày chuyển", 9),
            new PrintedTable.Column("Ký nhận", 6),
            new PrintedTable.Column("Ghi chú", 6));

    static final List<PrintedTable.Column> OUTGOING = List.of(
            new PrintedTable.Column("Số, ký hiệu văn bản", 13),
            new PrintedTable.Column("Ngày tháng văn bản", 9),
            new PrintedTable.Column("Tên loại và trích yếu nội dung", 22),
            new PrintedTable.Column("Người ký", 10),
            new PrintedTable.Column("Nơi nhận văn bản", 13),
            new PrintedTable.Column("Đơn vị, người nhận bản lưu", 9),
            new PrintedTable.Column("Số lượng bản", 5),
            new PrintedTable.Column("Ngày chuyển", 9),
            new PrintedTable.Column("Ký nhận", 5),
            new PrintedTable.Column("Ghi chú", 5));

    private final PdfTableRenderer renderer;

    RegisterSheets(PdfTableRenderer renderer) {
        this.renderer = renderer;
    }

    /** The columns of a register. */
    static List<PrintedTable.Column> columns(Register register) {
        return register.direction() == Direction.INCOMING ? INCOMING : OUTGOING;
    }

    /** The cells of each line, in the order of {@link #columns}. */
    static List<List<String>> rows(Register register, List<RegisterEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (RegisterEntry entry : entries) {
            rows.add(register.direction() == Direction.INCOMING ? incoming(entry) : outgoing(entry));
        }
        return rows;
    }

    byte[] pdf(Register register, Organization organization, int year, List<RegisterEntry> entries) {
        List<String> subtitle = new ArrayList<>(List.of("Năm " + year));
        if (!entries.isEmpty()) {
            subtitle.add("Từ số " + entries.get(0).summary().registerNumber() + " đến số "
                    + entries.get(entries.size() - 1).summary().registerNumber());
        }
        return renderer.render(new PrintedTable(
                organization.name(),
                register.name().toUpperCase(),
                subtitle,
                columns(register),
                rows(register, entries)));
    }

    byte[] xlsx(Register register, Organization organization, int year, List<RegisterEntry> entries) {
        return XlsxTables.write(
                register.code() + " " + year,
                organization.name(),
                register.name().toUpperCase() + " — Năm " + year,
                columns(register),
                rows(register, entries));
    }

    private static List<String> incoming(RegisterEntry entry) {
        DocumentSummary s = entry.summary();
        return List.of(
                day(s.registeredAt()),
                String.valueOf(s.registerNumber()),
                text(s.organization()),
                symbol(s),
                day(s.promulgationDate()),
                typeAndSubject(s),
                "",
                "",
                "",
                "");
    }

    private static List<String> outgoing(RegisterEntry entry) {
        DocumentSummary s = entry.summary();
        DocumentMetadata m = entry.metadata();
        return List.of(
                symbol(s),
                day(s.promulgationDate()),
                typeAndSubject(s),
                text(m.signer().fullName()),
                String.join("; ", m.distribution()),
                "",
                "",
                "",
                "",
                "");
    }

    static String symbol(DocumentSummary s) {
        if (s.codeNumber() == null && s.codeNotation() == null) {
            return "";
        }
        return text(s.codeNumber()) + (s.codeNotation() == null ? "" : "/" + s.codeNotation());
    }

    private static String typeAndSubject(DocumentSummary s) {
        return s.documentType() == null ? text(s.subject()) : s.documentType() + ": " + text(s.subject());
    }

    private static String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(VIETNAM));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
