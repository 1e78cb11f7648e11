package vn.vanthu.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event to enter in a work calendar, in Vietnam time.
 *
 * @param day the day
 * @param start the start time
 * @param end the end time, or {@code null}
 * @param title what
 * @param place where, or {@code null}
 * @param participants who takes part, or {@code null}
 * @param preparedBy who prepares, or {@code null}
 * @param notes notes, or {@code null}
 */
public record NewCalendarEvent(
        LocalDate day,
        LocalTime start,
        LocalTime end,
        String title,
        String place,
        String participants,
        String preparedBy,
        String notes) {

    public NewCalendarEvent {
        if (day == null || start == null) {
            throw new IllegalArgumentException("Cần ngày và giờ bắt đầu.");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Cần nội dung công việc.");
        }
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("Giờ kết thúc phải sau giờ bắt đầu.");
        }
        title = title.trim();
        place = blankToNull(place);
        participants = blankToNull(participants);
        preparedBy = blankToNull(preparedBy);
        notes = blankToNull(notes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
