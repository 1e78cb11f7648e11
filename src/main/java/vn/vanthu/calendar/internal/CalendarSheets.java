package vn.vanthu.calendar.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.VanThuApplication;
import vn.vanthu.calendar.CalendarEvent;
import vn.vanthu.calendar.CalendarWeek;
import vn.vanthu.extraction.PdfTableRenderer;
import vn.vanthu.extraction.PrintedTable;

/** Prints a week of a work calendar: a title page (“LỊCH CÔNG TÁC TUẦN 48”), then the events day by day. */
@Component
class CalendarSheets {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    static final List<PrintedTable.Column> COLUMNS = List.of(
            new PrintedTable.Column("Thứ, ngày", 9),
            new PrintedTable.Column("Thời gian", 8),
            new PrintedTable.Column("Nội dung công việc", 26),
            new PrintedTable.Column("Địa điểm", 13),
            new PrintedTable.Column("Thành phần", 16),
            new PrintedTable.Column("Chuẩn bị", 13),
            new PrintedTable.Column("Ghi chú", 10));

    private final PdfTableRenderer renderer;

    CalendarSheets(PdfTableRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(String organization, CalendarWeek week) {
        return renderer.render(new PrintedTable(
                organization,
                title(week),
                List.of(
                        week.calendar().name(),
                        "Từ ngày " + DAY.format(week.monday()) + " đến ngày " + DAY.format(week.sunday())),
                COLUMNS,
                rows(week)));
    }

    static String title(CalendarWeek week) {
        return "LỊCH CÔNG TÁC TUẦN " + week.number();
    }

    static List<List<String>> rows(CalendarWeek week) {
        List<List<String>> rows = new ArrayList<>();
        for (CalendarWeek.Day day : week.days()) {
            for (CalendarEvent e : day.events()) {
                rows.add(List.of(
                        day.weekdayName() + " " + DAY.format(day.date()),
                        time(e),
                        e.title(),
                        text(e.place()),
                        text(e.participants()),
                        text(e.preparedBy()),
                        text(e.notes())));
            }
        }
        return rows;
    }

    /** “07h30 – 09h00”, in Vietnam time. */
    static String time(CalendarEvent e) {
        String start = e.startsAt().atZoneSameInstant(VanThuApplication.ZONE).format(HOUR);
        return e.endsAt() == null
                ? start
                : start + " – "
                        + e.endsAt().atZoneSameInstant(VanThuApplication.ZONE).format(HOUR);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
