package vn.vanthu.calendar;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.VanThuApplication;
import vn.vanthu.calendar.internal.CalendarRows;
import vn.vanthu.calendar.internal.EventFields;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * Keeps the work calendars (lịch công tác): each organization has its head's and its own, made on first use, each
 * with a secret feed token; events are entered in Vietnam time.
 */
@Service
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkCalendars {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarRows rows;
    private final OrganizationDirectory organizations;

    public WorkCalendars(CalendarRows rows, OrganizationDirectory organizations) {
        this.rows = rows;
        this.organizations = organizations;
    }

    /** The head's and the unit's calendars of an organization, made when missing. */
    @Transactional
    public List<WorkCalendar> of(long organizationId) {
        Organization organization = organizations
                .find(organizationId)
                .orElseThrow(() -> new IllegalArgumentException("Không có đơn vị " + organizationId));
        List<WorkCalendar> calendars = rows.ofOrganization(organizationId);
        if (calendars.size() < CalendarKind.values().length) {
            rows.ensure(
                    organizationId, CalendarKind.HEAD, "Lịch công tác của lãnh đạo " + organization.name(), token());
            rows.ensure(organizationId, CalendarKind.UNIT, "Lịch công tác của " + organization.name(), token());
            calendars = rows.ofOrganization(organizationId);
        }
        return calendars;
    }

    /** A calendar by id. */
    @Transactional(readOnly = true)
    public Optional<WorkCalendar> find(long calendarId) {
        return rows.find(calendarId);
    }

    /** Every calendar made so far. */
    @Transactional(readOnly = true)
    public List<WorkCalendar> all() {
        return rows.all();
    }

    /** The calendar a feed token opens; empty for an unknown or renewed token. */
    @Transactional(readOnly = true)
    public Optional<WorkCalendar> byFeedToken(String token) {
        return token == null || token.length() < 20 ? Optional.empty() : rows.byToken(token);
    }

    /** Gives a calendar a new feed token: the old address stops working (a phone that leaked it). */
    @Transactional
    public WorkCalendar renewFeedToken(long calendarId) {
        rows.renewToken(calendarId, token());
        return rows.find(calendarId).orElseThrow();
    }

    /** The week (Monday to Sunday) holding a day. */
    @Transactional(readOnly = true)
    public CalendarWeek week(long calendarId, LocalDate anyDay) {
        WorkCalendar calendar = rows.find(calendarId).orElseThrow();
        LocalDate monday = mondayOf(anyDay);
        List<CalendarEvent> events = events(calendarId, monday, monday.plusDays(7));
        List<CalendarWeek.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new CalendarWeek.Day(
                    date,
                    events.stream()
                            .filter(e -> e.startsAt()
                                    .atZoneSameInstant(VanThuApplication.ZONE)
                                    .toLocalDate()
                                    .equals(date))
                            .toList()));
        }
        return new CalendarWeek(calendar, monday, days);
    }

    /** The events starting on or after one day and before another, by time. */
    @Transactional(readOnly = true)
    public List<CalendarEvent> events(long calendarId, LocalDate from, LocalDate until) {
        return rows.events(calendarId, start(from), start(until));
    }

    /** Enters an event. */
    @Transactional
    public long add(long calendarId, NewCalendarEvent event, String actor) {
        rows.find(calendarId).orElseThrow();
        return rows.insertEvent(calendarId, at(event, false), at(event, true), fields(event), actor);
    }

    /** Changes an event; its iCalendar SEQUENCE goes up so subscribed phones take the change. */
    @Transactional
    public void change(long calendarId, long eventId, NewCalendarEvent event) {
        if (rows.updateEvent(calendarId, eventId, at(event, false), at(event, true), fields(event)) == 0) {
            throw new IllegalArgumentException("Không có sự kiện " + eventId);
        }
    }

    /** Removes an event. */
    @Transactional
    public void remove(long calendarId, long eventId) {
        rows.deleteEvent(calendarId, eventId);
    }

    /** The Monday of the week holding a day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(VanThuApplication.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime at(NewCalendarEvent e, boolean end) {
        if (end && e.end() == null) {
            return null;
        }
        return e.day()
                .atTime(end ? e.end() : e.start())
                .atZone(VanThuApplication.ZONE)
                .toOffsetDateTime();
    }

    private static EventFields fields(NewCalendarEvent e) {
        return new EventFields(e.title(), e.place(), e.participants(), e.preparedBy(), e.notes());
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
