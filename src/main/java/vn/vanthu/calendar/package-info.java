/**
 * Work calendars (lịch công tác) of heads and units.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.calendar.internal}. Allowed dependencies:
 * directory, account.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"directory", "account"})
package vn.vanthu.calendar;

import org.springframework.modulith.ApplicationModule;
