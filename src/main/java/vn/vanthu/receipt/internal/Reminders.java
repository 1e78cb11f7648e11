package vn.vanthu.receipt.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vanthu.VanThuApplication;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.receipt.ReceiptProperties;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;

/**
 * Called by the {@code receipt-remind} route: reminds units that have not confirmed (at most N times, at growing
 * intervals), and once a day tells each sender which deliveries are still unconfirmed, failed or bounced.
 */
@Component("receiptReminders")
public class Reminders {

    private final DeliveryBook deliveries;
    private final Circulars circulars;
    private final DocumentRegistry registry;
    private final SummaryMails summaries;
    private final ReceiptProperties properties;
    private final Clock clock;

    Reminders(
            DeliveryBook deliveries,
            Circulars circulars,
            DocumentRegistry registry,
            SummaryMails summaries,
            ReceiptProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.circulars = circulars;
        this.registry = registry;
        this.summaries = summaries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the reminders that are due and returns how many. */
    public int remindDue() {
        int sent = 0;
        for (Delivery delivery :
                deliveries.dueForReminder(properties.firstReminderAfter(), properties.maxReminders())) {
            sent += circulars.remind(delivery.id(), properties.firstReminderAfter(), properties.maxReminders()) ? 1 : 0;
        }
        return sent;
    }

    /** Sends today's summaries once the summary hour has passed; returns how many were sent. */
    public int sendSummaries() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VanThuApplication.ZONE);
        if (now.getHour() < properties.summaryHour()) {
            return 0;
        }
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(properties.summaryDays());
        Map<Long, List<DocumentSummary>> bySender =
                registry.outgoingSince(since).stream().collect(Collectors.groupingBy(DocumentSummary::organizationId));
        int sent = 0;
        for (var sender : bySender.entrySet()) {
            List<Long> documents =
                    sender.getValue().stream().map(DocumentSummary::id).toList();
            List<Delivery> open = deliveries.openSince(sender.getKey(), since, documents);
            if (!open.isEmpty() && summaries.send(sender.getKey(), now.toLocalDate(), sender.getValue(), open)) {
                sent++;
            }
        }
        return sent;
    }
}
