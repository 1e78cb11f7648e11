package vn.vanthu.handling.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vanthu.extraction.PdfTableRenderer;
import vn.vanthu.extraction.PrintedTable;
import vn.vanthu.extraction.XlsxTables;
import vn.vanthu.handling.Assignment;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.RegisterEntry;

/**
 * The follow-up register (sổ theo dõi giải quyết văn bản đến, NĐ 30 Phụ lục IV): every incoming document of a year
 * that was assigned or has a deadline, in the columns of the register, printed to PDF or exported to XLSX.
 */
@Component
class FollowUpSheets {

    static final String TITLE = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN";

    static final List<PrintedTable.Column> COLUMNS = List.of(
            new PrintedTable.Column("Số đến", 5),
            new PrintedTable.Column("Tên loại, số và ký hiệu, ngày tháng, tác giả và trích yếu nội dung văn bản", 27),
            new PrintedTable.Column("Đơn vị hoặc người nhận", 16),
            new PrintedTable.Column("Thời hạn giải quyết", 9),
            new PrintedTable.Column("Tiến độ giải quyết", 17),
            new PrintedTable.Column("Số, ký hiệu văn bản trả lời", 12),
            new PrintedTable.Column("Ghi chú", 9));

    /** One line of the register. */
    record Line(RegisterEntry entry, Assignment assignment) {}

    private final PdfTableRenderer renderer;

    FollowUpSheets(PdfTableRenderer renderer) {
        this.renderer = renderer;
    }

    /** The lines: entries with an assignment or a due date, by number. */
    static List<Line> lines(List<RegisterEntry> entries, Map<Long, Assignment> assignments) {
        List<Line> lines = new ArrayList<>();
        for (RegisterEntry e : entries) {
            Assignment a = assignments.get(e.summary().id());
            if (a != null || e.metadata().dueDate() != null) {
                lines.add(new Line(e, a));
            }
        }
        return lines;
    }

    static List<List<String>> rows(List<Line> lines, LocalDate today) {
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            DocumentSummary s = line.entry().summary();
            Assignment a = line.assignment();
            LocalDate deadline = a != null && a.deadline() != null
                    ? a.deadline()
                    : line.entry().metadata().dueDate();
            rows.add(List.of(
                    String.valueOf(s.registerNumber()),
                    identity(s),
                    a == null ? "" : a.receivers(),
                    Texts.day(deadline),
                    progress(s, a),
                    a == null || a.replySymbol() == null ? "" : a.replySymbol(),
                    note(s, a, deadline, today)));
        }
        return rows;
    }

    byte[] pdf(String organization, int year, List<Line> lines, LocalDate today) {
        return renderer.render(new PrintedTable(
                organization,
                TITLE,
                List.of("Năm " + year, "Số văn bản theo dõi: " + lines.size()),
                COLUMNS,
                rows(lines, today)));
    }

    byte[] xlsx(String organization, int year, List<Line> lines, LocalDate today) {
        return XlsxTables.write(
                "Theo dõi " + year, organization, TITLE + " — Năm " + year, COLUMNS, rows(lines, today));
    }

    private static String identity(DocumentSummary s) {
        StringBuilder text = new StringBuilder();
        if (s.documentType() != null) {
            text.append(s.documentType()).append(' ');
        }
        text.append(Texts.symbol(s));
        if (s.promulgationDate() != null) {
            text.append(" ngày ").append(Texts.day(s.promulgationDate()));
        }
        if (s.organization() != null) {
            text.append(" của ").append(s.organization());
        }
        if (s.subject() != null) {
            text.append(": ").append(s.subject());
        }
        return text.toString();
    }

    private static String progress(DocumentSummary s, Assignment a) {
        if (a == null) {
            return "Chưa phân công";
        }
        String note = a.progressNote() == null ? "" : " – " + a.progressNote();
        if (s.status() == DocumentStatus.DONE && a.completedAt() != null) {
            return "Đã giải quyết ngày " + Texts.day(a.completedAt().toLocalDate()) + note;
        }
        if (s.status() == DocumentStatus.IN_PROGRESS) {
            return "Đang giải quyết" + note;
        }
        return "Đã phân công ngày " + Texts.day(a.assignedAt().toLocalDate());
    }

    private static String note(DocumentSummary s, Assignment a, LocalDate deadline, LocalDate today) {
        List<String> notes = new ArrayList<>();
        if (s.priority() > 0) {
            notes.add(Texts.urgency(s.priority()));
        }
        boolean open = s.status() != DocumentStatus.DONE;
        if (open && deadline != null && deadline.isBefore(today)) {
            notes.add("Quá hạn " + ChronoUnit.DAYS.between(deadline, today) + " ngày");
        }
        if (!open
                && a != null
                && a.completedAt() != null
                && deadline != null
                && a.completedAt().toLocalDate().isAfter(deadline)) {
            notes.add("Giải quyết chậm");
        }
        return String.join("; ", notes);
    }
}
