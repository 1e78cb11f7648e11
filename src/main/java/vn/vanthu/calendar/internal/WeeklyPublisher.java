package vn.vanthu.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.Role;
import vn.vanthu.calendar.CalendarProperties;
import vn.vanthu.calendar.CalendarWeek;
import vn.vanthu.calendar.WorkCalendar;
import vn.vanthu.calendar.WorkCalendars;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.storage.BlobStore;

/**
 * E-mails each calendar's week to the staff of its organization, called by the {@code calendar-publish} route: from
 * {@code vanthu.calendar.publish-day} at {@code publish-time}, the week that begins on the first Monday on or after
 * that day goes out once (a row per calendar and week), with the printed PDF; an empty week is not sent.
 */
@Component
public class WeeklyPublisher {

    static final String KIND = "CALENDAR_WEEK";

    private final WorkCalendars calendars;
    private final CalendarRows rows;
    private final CalendarSheets sheets;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final MailOutbox outbox;
    private final BlobStore blobs;
    private final CalendarProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WeeklyPublisher(
            WorkCalendars calendars,
            CalendarRows rows,
            CalendarSheets sheets,
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            MailOutbox outbox,
            BlobStore blobs,
            CalendarProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.calendars = calendars;
        this.rows = rows;
        this.sheets = sheets;
        this.organizations = organizations;
        this.accounts = accounts;
        this.outbox = outbox;
        this.blobs = blobs;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Publishes the weeks due and not yet published; returns how many mails were queued. */
    public int publishDue() {
        LocalDate week = weekDue(LocalDateTime.now(clock));
        int queued = 0;
        for (WorkCalendar calendar : calendars.all()) {
            if (!rows.published(calendar.id(), week)) {
                Integer count = transactions.execute(status -> publish(calendar, week));
                queued += count == null ? 0 : count;
            }
        }
        return queued;
    }

    /** The Monday of the week whose publication time has most recently come. */
    LocalDate weekDue(LocalDateTime now) {
        LocalDateTime moment = now.toLocalDate()
                .with(TemporalAdjusters.previousOrSame(properties.publishDay()))
                .atTime(properties.publishTime());
        if (moment.isAfter(now)) {
            moment = moment.minusWeeks(1);
        }
        return moment.toLocalDate().with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** Sends one calendar's week to its staff now, unless it went already; returns the mails queued. */
    int publish(WorkCalendar calendar, LocalDate monday) {
        CalendarWeek week = calendars.week(calendar.id(), monday);
        Set<String> staff = staff(calendar.organizationId());
        if (week.empty() || staff.isEmpty() || !rows.firstPublication(calendar.id(), monday, staff.size())) {
            return 0;
        }
        Organization organization =
                organizations.find(calendar.organizationId()).orElseThrow();
        String sha256;
        try {
            sha256 = blobs.put(sheets.pdf(organization.name(), week)).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = "lich-cong-tac-tuan-" + week.number() + "-" + monday.getYear() + ".pdf";
        for (String address : staff) {
            outbox.enqueue(new OutgoingMail(
                    KIND,
                    address,
                    week.calendar().name() + " – tuần " + week.number() + " (" + CalendarSheets.DAY.format(monday)
                            + " – " + CalendarSheets.DAY.format(week.sunday()) + ")",
                    text(organization, week),
                    null,
                    List.of(new OutgoingAttachment(fileName, "application/pdf", sha256)),
                    null,
                    null,
                    List.of(),
                    false,
                    Map.of("Auto-Submitted", "auto-generated", "Precedence", "bulk"),
                    "CALENDAR",
                    calendar.id()));
        }
        return staff.size();
    }

    /** The staff's personal addresses: never the organization's official ones, which a gateway may poll. */
    private Set<String> staff(long organizationId) {
        List<String> official =
                organizations.find(organizationId).map(Organization::emails).orElse(List.of());
        Set<String> addresses = new LinkedHashSet<>();
        for (Account a : accounts.inOrganizations(List.of(organizationId))) {
            if (a.enabled()
                    && a.role() != Role.ADMIN
                    && a.email() != null
                    && a.email().contains("@")
                    && !a.email().equalsIgnoreCase(outbox.gatewayAddress())
                    && !official.contains(a.email().trim().toLowerCase(Locale.ROOT))) {
                addresses.add(a.email().trim().toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }

    static String text(Organization organization, CalendarWeek week) {
        List<String> lines = new ArrayList<>(List.of(
                organization.name().toUpperCase(Locale.ROOT),
                CalendarSheets.title(week) + " (từ ngày " + CalendarSheets.DAY.format(week.monday()) + " đến ngày "
                        + CalendarSheets.DAY.format(week.sunday()) + ")",
                week.calendar().name()));
        for (CalendarWeek.Day day : week.days()) {
            if (day.events().isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(day.weekdayName().toUpperCase(Locale.ROOT) + " " + CalendarSheets.DAY.format(day.date()));
            for (var e : day.events()) {
                lines.add("- " + CalendarSheets.time(e) + ": " + e.title()
                        + (e.place() == null ? "" : " – Địa điểm: " + e.place())
                        + (e.participants() == null ? "" : " – Thành phần: " + e.participants())
                        + (e.preparedBy() == null ? "" : " – Chuẩn bị: " + e.preparedBy())
                        + (e.notes() == null ? "" : " – Ghi chú: " + e.notes()));
            }
        }
        lines.addAll(List.of("", "Bản in lịch (PDF) kèm theo thư. Thư được gửi tự động mỗi tuần."));
        return String.join("\n", lines);
    }
}
