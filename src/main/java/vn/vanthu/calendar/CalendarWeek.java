package vn.vanthu.calendar;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * A week of a work calendar, Monday to Sunday.
 *
 * @param calendar the calendar
 * @param monday the week's Monday
 * @param days the seven days with their events, by time
 */
public record CalendarWeek(WorkCalendar calendar, LocalDate monday, List<Day> days) {

    public CalendarWeek {
        days = List.copyOf(days);
    }

    /** The ISO week number (“tuần 48”). */
    public int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The week's Sunday. */
    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Whether no day has an event. */
    public boolean empty() {
        return days.stream().allMatch(d -> d.events().isEmpty());
    }

    /**
     * A day of the week.
     *
     * @param date the date
     * @param events its events, by time
     */
    public record Day(LocalDate date, List<CalendarEvent> events) {

        public Day {
            events = List.copyOf(events);
        }

        /** “Thứ Hai”, …, “Chủ nhật”. */
        public String weekdayName() {
            return switch (date.getDayOfWeek()) {
                case MONDAY -> "Thứ Hai";
                case TUESDAY -> "Thứ Ba";
                case WEDNESDAY -> "Thứ Tư";
                case THURSDAY -> "Thứ Năm";
                case FRIDAY -> "Thứ Sáu";
                case SATURDAY -> "Thứ Bảy";
                case SUNDAY -> "Chủ nhật";
            };
        }
    }
}
