/**
 * Work calendars (lịch công tác) of heads and units: the week's events, the week view, printing, the weekly e-mail
 * to the unit's staff and an iCalendar feed phone calendars subscribe to.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.calendar.internal}. Allowed dependencies:
 * directory, account, mailbox, extraction, storage.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"directory", "account", "mailbox", "extraction", "storage"})
package vn.vanthu.calendar;

import org.springframework.modulith.ApplicationModule;
