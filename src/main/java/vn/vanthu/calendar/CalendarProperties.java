package vn.vanthu.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Work calendar settings ({@code vanthu.calendar.*}).
 *
 * @param publishDay the day the week's calendar is e-mailed to the staff (default Friday)
 * @param publishTime the time from which it is e-mailed that day (default 15:00, Vietnam time)
 * @param scheduled whether the publishing route runs (default {@code true})
 * @param pollInterval how often the publishing route looks (default 5 minutes)
 * @param feedPastWeeks how many past weeks the iCalendar feed keeps (default 8)
 * @param feedFutureWeeks how many weeks ahead the iCalendar feed shows (default 26)
 */
@ConfigurationProperties("vanthu.calendar")
public record CalendarProperties(
        DayOfWeek publishDay,
        LocalTime publishTime,
        Boolean scheduled,
        Duration pollInterval,
        Integer feedPastWeeks,
        Integer feedFutureWeeks) {

    public CalendarProperties {
        publishDay = publishDay == null ? DayOfWeek.FRIDAY : publishDay;
        publishTime = publishTime == null ? LocalTime.of(15, 0) : publishTime;
        scheduled = scheduled == null || scheduled;
        pollInterval = pollInterval == null ? Duration.ofMinutes(5) : pollInterval;
        feedPastWeeks = feedPastWeeks == null ? 8 : feedPastWeeks;
        feedFutureWeeks = feedFutureWeeks == null ? 26 : feedFutureWeeks;
    }
}
