package vn.vanthu.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.calendar.CalendarProperties;
import vn.vanthu.calendar.WorkCalendar;
import vn.vanthu.calendar.WorkCalendars;

/**
 * The iCalendar feed of a work calendar at {@code /lich/<token>.ics}, open without login so that phone calendars can
 * subscribe: the random token in the address is the authorisation, and renewing it closes the old address.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final WorkCalendars calendars;
    private final CalendarProperties properties;
    private final Clock clock;
    private final String organizer;

    CalendarFeedController(
            WorkCalendars calendars,
            CalendarProperties properties,
            Clock clock,
            @Value("${vanthu.mail.gateway-address:vanthu@localhost}") String gatewayAddress) {
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
        this.organizer = gatewayAddress;
    }

    @GetMapping("/lich/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        WorkCalendar calendar = calendars.byFeedToken(token).orElse(null);
        if (calendar == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("Không tìm thấy lịch.");
        }
        LocalDate monday = WorkCalendars.mondayOf(LocalDate.now(clock));
        var events = calendars.events(
                calendar.id(),
                monday.minusWeeks(properties.feedPastWeeks()),
                monday.plusWeeks(properties.feedFutureWeeks() + 1L));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .body(ICalendarWriter.write(calendar, events, organizer, OffsetDateTime.now(clock)));
    }
}
