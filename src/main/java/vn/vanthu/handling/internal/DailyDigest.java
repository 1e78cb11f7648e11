package vn.vanthu.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.VanThuApplication;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.Role;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.handling.Assignments;
import vn.vanthu.handling.HandlingItem;
import vn.vanthu.handling.HandlingProperties;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentQuery;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.RegisterBook;

/**
 * The daily digest (bản tin hằng ngày), called by the {@code handling-digest} route: from
 * {@code vanthu.handling.digest-time} each day, every account with an e-mail address gets the documents registered
 * for its organization since its last digest, what it was newly given to handle, and the deadlines near or past.
 * Each account is looked at once a day (a row per account and day); an empty digest is recorded and not sent.
 */
@Component
public class DailyDigest {

    static final String KIND = "DAILY_DIGEST";

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final RegisterBook book;
    private final Assignments assignments;
    private final MailAddresses addresses;
    private final MailOutbox outbox;
    private final SentRecords sent;
    private final HandlingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    DailyDigest(
            AccountDirectory accounts,
            OrganizationDirectory organizations,
            RegisterBook book,
            Assignments assignments,
            MailAddresses addresses,
            MailOutbox outbox,
            SentRecords sent,
            HandlingProperties properties,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${vanthu.distribution.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.book = book;
        this.assignments = assignments;
        this.addresses = addresses;
        this.outbox = outbox;
        this.sent = sent;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends today's digests not yet looked at, once the digest time has come; returns how many were queued. */
    public int sendDue() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VanThuApplication.ZONE);
        if (now.toLocalTime().isBefore(properties.digestTime())) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        List<Long> organizationIds = organizations.subtree(organizations.root().id()).stream()
                .map(Organization::id)
                .toList();
        int queued = 0;
        for (Account account : accounts.inOrganizations(organizationIds)) {
            if (!account.enabled() || !addresses.hasEmail(account) || sent.digestSent(account.id(), today)) {
                continue;
            }
            Boolean mailed = transactions.execute(status -> digest(account, today, now.toOffsetDateTime()));
            queued += Boolean.TRUE.equals(mailed) ? 1 : 0;
        }
        return queued;
    }

    private boolean digest(Account account, LocalDate today, OffsetDateTime now) {
        OffsetDateTime since = sent.lastDigest(account.id()).orElse(now.minusDays(1));
        List<DocumentSummary> arrived = book
                .search(new DocumentQuery(
                        account.organizationId(),
                        Direction.INCOMING,
                        null,
                        null,
                        null,
                        since.atZoneSameInstant(VanThuApplication.ZONE).toLocalDate(),
                        today,
                        null,
                        200))
                .stream()
                .filter(d -> d.registeredAt() != null && d.registeredAt().isAfter(since))
                .toList();
        List<HandlingItem> given = assignments.assignedSince(account, since);
        List<HandlingItem> deadlines = deadlines(account, today);
        int items = arrived.size() + given.size() + deadlines.size();
        if (!sent.firstDigest(account.id(), today, items) || items == 0) {
            return false;
        }
        outbox.enqueue(mail(account, today, arrived, given, deadlines));
        return true;
    }

    private List<HandlingItem> deadlines(Account account, LocalDate today) {
        LocalDate until = today.plusDays(properties.dueSoonDays());
        Map<Long, HandlingItem> byDocument = new LinkedHashMap<>();
        if (account.role() == Role.LEADER || account.role() == Role.CLERK || account.role() == Role.UNIT) {
            assignments
                    .dueBy(account.organizationId(), until)
                    .forEach(i -> byDocument.put(i.document().id(), i));
        }
        assignments.assignedTo(account).stream()
                .filter(i -> i.assignment().open()
                        && i.deadline() != null
                        && !i.deadline().isAfter(until))
                .forEach(i -> byDocument.putIfAbsent(i.document().id(), i));
        return new ArrayList<>(byDocument.values());
    }

    private OutgoingMail mail(
            Account account,
            LocalDate today,
            List<DocumentSummary> arrived,
            List<HandlingItem> given,
            List<HandlingItem> deadlines) {
        List<String> lines = new ArrayList<>(List.of("Kính gửi " + account.fullName() + ",", ""));
        lines.add("Bản tin công văn ngày " + Texts.day(today) + ":");
        if (!arrived.isEmpty()) {
            lines.add("");
            lines.add("VĂN BẢN MỚI ĐẾN (" + arrived.size() + ")");
            arrived.forEach(d -> lines.add("- Số đến " + d.registerNumber() + ": " + Texts.line(d) + flag(d)));
        }
        if (!given.isEmpty()) {
            lines.add("");
            lines.add("VĂN BẢN ĐƯỢC GIAO XỬ LÝ (" + given.size() + ")");
            given.forEach(i -> lines.add("- " + Texts.line(i.document()) + flag(i.document())
                    + (i.deadline() == null ? "" : " – hạn " + Texts.day(i.deadline()))));
        }
        if (!deadlines.isEmpty()) {
            lines.add("");
            lines.add("SẮP ĐẾN HẠN, QUÁ HẠN (" + deadlines.size() + ")");
            deadlines.forEach(i -> lines.add("- " + (i.overdue() ? "[QUÁ HẠN] " : "") + "Hạn " + Texts.day(i.deadline())
                    + ": " + Texts.line(i.document())));
        }
        lines.addAll(List.of("", "Xem chi tiết: " + baseUrl + "/handling", "", "Thư được gửi tự động mỗi ngày."));
        String subject = "Bản tin công văn ngày " + Texts.day(today) + ": " + arrived.size() + " văn bản mới, "
                + given.size() + " việc được giao, " + deadlines.size() + " sắp đến hạn hoặc quá hạn";
        return new OutgoingMail(
                KIND,
                account.email(),
                subject,
                String.join("\n", lines),
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                Map.of("Auto-Submitted", "auto-generated", "Precedence", "bulk"),
                "ACCOUNT",
                account.id());
    }

    private static String flag(DocumentSummary d) {
        return d.priority() > 0 ? " [" + Texts.urgency(d.priority()) + "]" : "";
    }
}
