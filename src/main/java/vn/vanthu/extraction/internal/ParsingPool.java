package vn.vanthu.extraction.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of parsing threads with a bounded queue: a parse that takes longer than its timeout is
 * cancelled (interrupted) and reported, and the caller never waits longer than the timeout; when the queue is
 * full the caller is told at once instead of piling work up.
 */
final class ParsingPool implements AutoCloseable {

    /** Why a parse did not produce a result. */
    static final class ParseFailure extends Exception {
        ParseFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ThreadPoolExecutor executor;

    ParsingPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 8), r -> {
                    Thread t = new Thread(r, "vanthu-extraction-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Runs the task on the pool and waits at most {@code timeout} for it. */
    <T> T run(Callable<T> task, Duration timeout) throws ParseFailure {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ParseFailure("Hệ thống đang bận đọc nhiều tệp, hãy thử lại sau.", e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ParseFailure("Quá thời gian đọc tệp (" + timeout.toSeconds() + " giây).", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseFailure("Việc đọc tệp bị ngắt.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ParseFailure(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
