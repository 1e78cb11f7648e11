package vn.vanthu.mailbox.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces out sends to at most a given rate; a rate of 0 means no limit. */
final class Throttle {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Throttle(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    synchronized void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long now = System.nanoTime();
        if (next > now) {
            LockSupport.parkNanos(next - now);
        }
        next = Math.max(next, now) + intervalNanos;
    }
}
