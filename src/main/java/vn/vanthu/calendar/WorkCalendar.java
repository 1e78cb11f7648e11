package vn.vanthu.calendar;

/**
 * A work calendar of an organization.
 *
 * @param id the identifier
 * @param organizationId whose calendar
 * @param kind the head's or the unit's
 * @param name its title (“Lịch công tác của Hiệu trưởng”)
 * @param feedToken the secret in its iCalendar feed address ({@code /lich/<token>.ics})
 */
public record WorkCalendar(long id, long organizationId, CalendarKind kind, String name, String feedToken) {}
