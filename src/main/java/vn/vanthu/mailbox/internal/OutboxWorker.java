package vn.vanthu.mailbox.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
public class OutboxWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration STALE_CLAIM = Duration.ofHours(1);
    private static final int NOTIFY_BATCH = 500;

    private volatile boolean stopping;
    private final OutboxRows rows;
    private final NodeIdentity identity;
    private final MimeMessageBuilder builder;
    private final List<SmtpConnection> lanes;
    private final ExecutorService laneThreads;
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
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            MailProperties properties,
            Clock clock,
            org.springframework.context.ApplicationContext context) {
        this.rows = rows;
        this.identity = identity;
        this.builder = builder;
        this.tx = tx;
        this.events = events;
        this.settings = properties.outbox();
        this.lanes = IntStream.range(0, settings.connections())
                .mapToObj(i -> new SmtpConnection(properties))
                .toList();
        this.laneThreads = Executors.newFixedThreadPool(Math.max(1, settings.connections() - 1), runnable -> {
            Thread thread = new Thread(runnable, "vanthu-outbox-lane");
            thread.setDaemon(true);
            return thread;
        });
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
            sent += sendOverLanes(batch);
            marks.flush();
            notifySent();
        }
        lanes.forEach(SmtpConnection::close);
        return sent;
    }

    /**
     * Sends a claimed batch over the lanes at once, each lane its own kept connection and every n-th message: the
     * time per message is mostly waiting for the server's answers, which several connections overlap.
     */
    private int sendOverLanes(List<OutboxRows.Claimed> batch) {
        int width = Math.min(lanes.size(), batch.size());
        List<Future<Integer>> others = new ArrayList<>();
        for (int lane = 1; lane < width; lane++) {
            int first = lane;
            others.add(laneThreads.submit(() -> sendLane(lanes.get(first), batch, first, width)));
        }
        int sent = sendLane(lanes.get(0), batch, 0, width);
        for (Future<Integer> other : others) {
            try {
                sent += other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Bị ngắt khi chờ các luồng gửi thư", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Một luồng gửi thư bị lỗi", e.getCause());
            }
        }
        return sent;
    }

    /** Sends the lane's share of the batch (from {@code first}, every {@code step}-th) over its connection. */
    private int sendLane(SmtpConnection smtp, List<OutboxRows.Claimed> batch, int first, int step) {
        int sent = 0;
        for (int i = first; i < batch.size(); i += step) {
            if (stopping) {
                List<OutboxRows.Claimed> unsent = new ArrayList<>();
                for (int j = i; j < batch.size(); j += step) {
                    unsent.add(batch.get(j));
                }
                release(unsent);
                break;
            }
            throttle.acquire();
            sent += send(smtp, batch.get(i)) ? 1 : 0;
        }
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
        laneThreads.shutdownNow();
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

    private boolean send(SmtpConnection smtp, OutboxRows.Claimed claimed) {
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
