package vn.vanthu.mailbox.internal;

import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks messages sent on a thread of its own, the moment the server has said {@code 250}, so that the next message
 * goes out while the database commits the last one's mark (a round trip per message off the sender's path). Marks
 * are committed in the order given, each alone, as before: a crash can still resend only what was accepted and not
 * yet marked, now at most the one or two marks in flight. The sender waits for every mark at the end of each batch.
 */
final class SentMarks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentMarks.class);
    private static final int ATTEMPTS = 5;

    private final OutboxRows rows;
    private final ExecutorService marker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vanthu-outbox-marks");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RuntimeException failure;

    SentMarks(OutboxRows rows) {
        this.rows = rows;
    }

    /** Marks the message sent, soon; a database error is retried a few times, then reported by {@link #flush}. */
    void add(long id, OffsetDateTime at) {
        marker.execute(() -> mark(id, at));
    }

    /** Waits until every mark given so far is committed; throws if one could not be. */
    void flush() {
        Future<?> done = marker.submit(() -> {});
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chờ ghi trạng thái đã gửi", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Không chờ được việc ghi trạng thái đã gửi", e.getCause());
        }
        RuntimeException failed = failure;
        if (failed != null) {
            failure = null;
            throw failed;
        }
    }

    private void mark(long id, OffsetDateTime at) {
        for (int attempt = 1; ; attempt++) {
            try {
                rows.markSent(id, at);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    // Left claimed as SENDING: given back to the queue with the node's claims (at least once).
                    log.error("Không ghi được thư {} là đã gửi: {}", id, e.toString());
                    failure = e;
                    return;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        marker.shutdown();
        try {
            if (!marker.awaitTermination(10, TimeUnit.SECONDS)) {
                marker.shutdownNow();
            }
        } catch (InterruptedException e) {
            marker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
