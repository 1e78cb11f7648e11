package vn.vanthu.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.account.Account;
import vn.vanthu.handling.Assignee;
import vn.vanthu.handling.Assignments;
import vn.vanthu.handling.HandlingItem;
import vn.vanthu.handling.HandlingProperties;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;

/**
 * Reminds of deadlines by e-mail, called by the {@code handling-reminders} route: the lead of an assigned document
 * when its deadline is near (within {@code vanthu.handling.due-soon-days}) and again when it has passed (with the
 * leader who assigned it); the organization's leaders for an unassigned document with a due date. Each reminder
 * goes once per document, kind and deadline.
 */
@Component
public class DeadlineReminders {

    static final String KIND = "DEADLINE_REMINDER";

    private final Assignments assignments;
    private final MailAddresses addresses;
    private final MailOutbox outbox;
    private final SentRecords sent;
    private final DocumentRegistry registry;
    private final vn.vanthu.account.AccountDirectory accounts;
    private final HandlingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    DeadlineReminders(
            Assignments assignments,
            MailAddresses addresses,
            MailOutbox outbox,
            SentRecords sent,
            DocumentRegistry registry,
            vn.vanthu.account.AccountDirectory accounts,
            HandlingProperties properties,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${vanthu.distribution.base-url:http://localhost:8080}") String baseUrl) {
        this.assignments = assignments;
        this.addresses = addresses;
        this.outbox = outbox;
        this.sent = sent;
        this.registry = registry;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends the reminders that are due and not yet sent; returns how many mails were queued. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int queued = 0;
        for (HandlingItem item : assignments.dueBy(today.plusDays(properties.dueSoonDays()))) {
            Integer count = transactions.execute(status -> remind(item));
            queued += count == null ? 0 : count;
        }
        return queued;
    }

    private int remind(HandlingItem item) {
        String kind = item.overdue() ? "OVERDUE" : "DUE_SOON";
        Set<String> to = recipients(item);
        if (to.isEmpty() || !sent.firstReminder(item.document().id(), kind, item.deadline())) {
            return 0;
        }
        for (String address : to) {
            outbox.enqueue(mail(item, address));
        }
        registry.record(
                item.document().id(),
                DocumentRegistry.SYSTEM,
                "REMINDED",
                (item.overdue() ? "Nhắc văn bản quá hạn " : "Nhắc văn bản sắp đến hạn ") + Texts.day(item.deadline())
                        + ": " + String.join(", ", to));
        return to.size();
    }

    private Set<String> recipients(HandlingItem item) {
        Set<String> to = new LinkedHashSet<>();
        if (item.assignment() == null) {
            addresses.leadersOf(item.document().organizationId()).forEach(a -> to.add(a.email()));
            return to;
        }
        item.assignment().lead().map(addresses::of).ifPresent(to::addAll);
        if (item.overdue()) {
            item.assignment().cooperating().stream().map(addresses::of).forEach(to::addAll);
            Long assigner = assignerAccount(item);
            if (assigner != null) {
                accounts.find(assigner)
                        .filter(addresses::hasEmail)
                        .map(Account::email)
                        .ifPresent(to::add);
            }
        }
        return to;
    }

    private Long assignerAccount(HandlingItem item) {
        String username =
                item.assignment().assignedBy().split(" thay mặt ", 2)[0].trim();
        return accounts.findByUsername(username).map(Account::id).orElse(null);
    }

    private OutgoingMail mail(HandlingItem item, String to) {
        DocumentSummary d = item.document();
        String when = item.overdue() ? "đã quá hạn giải quyết" : "sắp đến hạn giải quyết";
        String lead = item.assignment() == null
                ? "Văn bản chưa được phân công."
                : item.assignment()
                        .lead()
                        .map(Assignee::name)
                        .map(n -> "Chủ trì: " + n)
                        .orElse("");
        String text = String.join(
                "\n",
                "Kính gửi Quý đơn vị, Quý ông/bà,",
                "",
                "Văn bản sau " + when + " (hạn " + Texts.day(item.deadline()) + "):",
                "- " + Texts.line(d),
                "- Số đến: " + d.registerNumber() + (d.priority() > 0 ? " – " + Texts.urgency(d.priority()) : ""),
                "- " + lead,
                "",
                "Cập nhật tiến độ: " + baseUrl + "/documents/" + d.id() + "/handling",
                "",
                "Thư nhắc được gửi tự động.");
        return new OutgoingMail(
                KIND,
                to,
                (item.overdue() ? "[Quá hạn] " : "[Sắp đến hạn] ") + Texts.symbol(d) + " – hạn "
                        + Texts.day(item.deadline()),
                text,
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                Map.of("Auto-Submitted", "auto-generated"),
                "DOCUMENT",
                d.id());
    }
}
