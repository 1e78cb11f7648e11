package vn.vanthu.mailbox.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks messages sent on a thread of its own, the moment the server has said {@code 250}, so that the next message
 * goes out while the database commits the last one's mark (a round trip per message off the sender's path). The
 * marks that arrive while a commit runs go into the next commit together (a group commit): a crash can still resend
 * only what was accepted and not yet marked, at most the marks of one commit in flight, and a busy outbox does not
 * pay one disk flush per message. The sender waits for every mark at the end of each batch.
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
    private final Queue<Map.Entry<Long, OffsetDateTime>> pending = new ConcurrentLinkedQueue<>();
    private volatile RuntimeException failure;

    SentMarks(OutboxRows rows) {
        this.rows = rows;
    }

    /** Marks the message sent, soon; a database error is retried a few times, then reported by {@link #flush}. */
    void add(long id, OffsetDateTime at) {
        pending.add(Map.entry(id, at));
        marker.execute(this::markPending);
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

    /** Commits every mark given so far and not yet taken (an earlier run may have taken this call's own). */
    private void markPending() {
        Map<Long, OffsetDateTime> marks = new LinkedHashMap<>();
        for (Map.Entry<Long, OffsetDateTime> mark; (mark = pending.poll()) != null; ) {
            marks.put(mark.getKey(), mark.getValue());
        }
        if (marks.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                rows.markSent(marks);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    // Left claimed as SENDING: given back to the queue with the node's claims (at least once).
                    log.error("Không ghi được các thư {} là đã gửi: {}", marks.keySet(), e.toString());
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
