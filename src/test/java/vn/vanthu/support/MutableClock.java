package vn.vanthu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import vn.vanthu.VanThuApplication;

/** A clock tests can move: to the end of a year, past a deadline. It starts at the real time. */
public final class MutableClock extends Clock {

    private volatile Instant now = Instant.now();
    private volatile boolean frozen;

    @Override
    public ZoneId getZone() {
        return VanThuApplication.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return frozen ? now : Instant.now();
    }

    /**
     * Stops the clock at an instant, to the microsecond: databases keep microseconds and round the rest, so a
     * frozen instant with nanoseconds would read back a little later than "now" for ever.
     */
    public void setTo(Instant instant) {
        now = instant.truncatedTo(ChronoUnit.MICROS);
        frozen = true;
    }

    /** Moves a stopped clock forward. */
    public void advance(Duration duration) {
        setTo(instant().plus(duration));
    }

    /** Lets the clock run with real time again. */
    public void reset() {
        frozen = false;
    }
}
