package vn.vanthu.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.VanThuApplication;
import vn.vanthu.calendar.CalendarEvent;
import vn.vanthu.calendar.WorkCalendar;

/**
 * Writes a work calendar as iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped ({@code \\ \; \, \n}), local times with a VTIMEZONE for Asia/Ho_Chi_Minh
 * (UTC+7 all year, no daylight saving) and UTC stamps.
 */
final class ICalendarWriter {

    static final String TZID = "Asia/Ho_Chi_Minh";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private ICalendarWriter() {}

    /**
     * The calendar as iCalendar text.
     *
     * @param organizer the address in ORGANIZER (iTIP PUBLISH requires one): the gateway's
     */
    static String write(WorkCalendar calendar, List<CalendarEvent> events, String organizer, OffsetDateTime now) {
        String domain = organizer.substring(organizer.indexOf('@') + 1);
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//VanThu//Lich cong tac//VI",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:" + text(calendar.name()),
                "NAME:" + text(calendar.name()),
                "X-WR-TIMEZONE:" + TZID,
                "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                "X-PUBLISHED-TTL:PT1H",
                "BEGIN:VTIMEZONE",
                "TZID:" + TZID,
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0700",
                "TZOFFSETTO:+0700",
                "TZNAME:ICT",
                "END:STANDARD",
                "END:VTIMEZONE"));
        for (CalendarEvent e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:lich-" + e.calendarId() + "-" + e.id() + "@" + domain);
            lines.add("DTSTAMP:" + utc(now));
            lines.add("ORGANIZER;CN=" + parameter(calendar.name()) + ":mailto:" + organizer);
            lines.add("DTSTART;TZID=" + TZID + ":" + local(e.startsAt()));
            if (e.endsAt() != null) {
                lines.add("DTEND;TZID=" + TZID + ":" + local(e.endsAt()));
            }
            lines.add("SUMMARY:" + text(e.title()));
            if (e.place() != null) {
                lines.add("LOCATION:" + text(e.place()));
            }
            String description = description(e);
            if (!description.isEmpty()) {
                lines.add("DESCRIPTION:" + text(description));
            }
            lines.add("SEQUENCE:" + e.sequence());
            lines.add("LAST-MODIFIED:" + utc(e.updatedAt()));
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)));
        return out.toString();
    }

    /** Participants, who prepares, and notes, one a line. */
    static String description(CalendarEvent e) {
        List<String> parts = new ArrayList<>();
        if (e.participants() != null) {
            parts.add("Thành phần: " + e.participants());
        }
        if (e.preparedBy() != null) {
            parts.add("Chuẩn bị: " + e.preparedBy());
        }
        if (e.notes() != null) {
            parts.add("Ghi chú: " + e.notes());
        }
        return String.join("\n", parts);
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11), in NFC so that a letter and its marks stay one character. */
    static String text(String value) {
        String nfc = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A parameter value (RFC 5545 §3.2): quoted, without the quotes and control characters it may not hold. */
    static String parameter(String value) {
        String nfc = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC);
        return "\"" + nfc.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Folds a content line (RFC 5545 §3.1): at most 75 octets a line, continuations start with one space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }

    private static String local(OffsetDateTime at) {
        return at.atZoneSameInstant(VanThuApplication.ZONE).format(LOCAL);
    }

    private static String utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }
}
