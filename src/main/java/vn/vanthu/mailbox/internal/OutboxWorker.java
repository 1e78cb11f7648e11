package vn.vanthu.mailbox.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.OutboxSettings;
import vn.vanthu.mailbox.OutgoingMailFailed;
import vn.vanthu.mailbox.OutgoingMailSent;
import vn.vanthu.mailbox.OutgoingMailsSent;

/**
 * Sends what the outbox holds, called by the {@code mailbox-send} route: claims due rows (committed before
 * sending), sends each over the kept SMTP connection at the configured rate, and records the answer: sent;
 * retried later with exponential backoff on a 4xx answer or a connection error; failed at once on a 5xx answer.
 */
@Component("outboxWorker")
public class OutboxWorker implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration STALE_CLAIM = Duration.ofHours(1);
    private static final int NOTIFY_BATCH = 500;

    private volatile boolean stopping;
    private final OutboxRows rows;
    private final NodeIdentity identity;
    private final MimeMessageBuilder builder;
    private final SmtpConnection smtp;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final OutboxSettings settings;
    private final Throttle throttle;
    private final SentMarks marks;
    private final Clock clock;
    private final org.springframework.context.ApplicationContext context;

    OutboxWorker(
            OutboxRows rows,
            NodeIdentity identity,
            MimeMessageBuilder builder,
            SmtpConnection smtp,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            MailProperties properties,
            Clock clock,
            org.springframework.context.ApplicationContext context) {
        this.rows = rows;
        this.identity = identity;
        this.builder = builder;
        this.smtp = smtp;
        this.tx = tx;
        this.events = events;
        this.settings = properties.outbox();
        this.throttle = new Throttle(settings.ratePerSecond());
        this.marks = new SentMarks(rows);
        this.clock = clock;
        this.context = context;
    }

    /** Sends every due message and returns how many were sent; stops between messages when the gateway stops. */
    public int sendDue() {
        tx.executeWithoutResult(status -> {
            identity.beat();
            rows.requeueStale(identity.silentSince(), STALE_CLAIM);
        });
        notifySent();
        int sent = 0;
        List<OutboxRows.Claimed> batch;
        while (!stopping
                && !(batch = tx.execute(status -> rows.claimDue(settings.batchSize(), identity.name()))).isEmpty()) {
            for (int i = 0; i < batch.size(); i++) {
                if (stopping) {
                    release(batch.subList(i, batch.size()));
                    break;
                }
                throttle.acquire();
                sent += send(batch.get(i)) ? 1 : 0;
            }
            marks.flush();
            notifySent();
        }
        smtp.close();
        return sent;
    }

    /** Tells the asking modules, one event per batch, about messages marked sent and not yet reported. */
    private void notifySent() {
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(tx.execute(status -> {
                List<OutgoingMailSent> sent = rows.unnotified(NOTIFY_BATCH);
                if (sent.isEmpty()) {
                    return false;
                }
                rows.markNotified(sent.stream().map(OutgoingMailSent::outboxId).toList());
                events.publishEvent(new OutgoingMailsSent(sent));
                return sent.size() == NOTIFY_BATCH;
            }));
        }
    }

    /** After the routes stopped (the sender flushed its marks on the way out): ends the marking thread. */
    @Override
    public void destroy() {
        marks.close();
    }

    /** Stops sending after the message in hand; the rest stays in the outbox for the next start. */
    @EventListener(ContextClosedEvent.class)
    void stop(ContextClosedEvent event) {
        // Only this application's closing: a child context closing must not stop the sender.
        if (event.getApplicationContext() == context) {
            log.info("Dừng gửi thư: ứng dụng đang dừng");
            stopping = true;
        }
    }

    private void release(List<OutboxRows.Claimed> unsent) {
        tx.executeWithoutResult(status -> unsent.forEach(claimed -> rows.release(claimed.id())));
    }

    private boolean send(OutboxRows.Claimed claimed) {
        try {
            MimeMessage message = builder.build(smtp.session(), claimed.messageId(), claimed.mail());
            smtp.send(message);
        } catch (MessagingException | java.io.IOException | RuntimeException e) {
            smtp.close();
            failed(claimed, SmtpFailure.of(e));
            return false;
        }
        // Committed alone and at once (beside the next message's sending): the shortest window in which a crash
        // could make a restart send it again.
        marks.add(claimed.id(), OffsetDateTime.now(clock));
        return true;
    }

    private void failed(OutboxRows.Claimed claimed, SmtpFailure failure) {
        boolean giveUp = failure.permanent() || claimed.attempts() >= settings.maxAttempts();
        tx.executeWithoutResult(status -> {
            if (giveUp) {
                rows.markFailed(claimed.id(), failure.reason());
                events.publishEvent(new OutgoingMailFailed(
                        claimed.id(),
                        claimed.messageId(),
                        claimed.recipient(),
                        failure.reason(),
                        claimed.mail().referenceType(),
                        claimed.mail().referenceId()));
            } else {
                rows.reschedule(claimed.id(), backoff(claimed.attempts()), failure.reason());
            }
        });
        log.warn(
                "Gửi thư {} tới {} không được ({}): {}",
                claimed.id(),
                claimed.recipient(),
                giveUp ? "dừng" : "sẽ thử lại",
                failure.reason());
    }

    private Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 12);
        return settings.firstRetryDelay().multipliedBy(factor);
    }
}
