package vn.vanthu.calendar;

import java.time.OffsetDateTime;

/**
 * An event of a work calendar.
 *
 * @param id the identifier
 * @param calendarId the calendar
 * @param startsAt when it starts
 * @param endsAt when it ends, or {@code null}
 * @param title what (nội dung công việc)
 * @param place where (địa điểm), or {@code null}
 * @param participants who takes part (thành phần), or {@code null}
 * @param preparedBy who prepares it (đơn vị, người chuẩn bị), or {@code null}
 * @param notes notes (ghi chú), or {@code null}
 * @param createdBy who entered it
 * @param sequence how many times it was changed (the iCalendar SEQUENCE)
 * @param updatedAt when it was last changed
 */
public record CalendarEvent(
        long id,
        long calendarId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String title,
        String place,
        String participants,
        String preparedBy,
        String notes,
        String createdBy,
        int sequence,
        OffsetDateTime updatedAt) {}
