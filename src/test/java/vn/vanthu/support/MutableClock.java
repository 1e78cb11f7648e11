package vn.vanthu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

    /** Stops the clock at an instant. */
    public void setTo(Instant instant) {
        now = instant;
        frozen = true;
    }

    /** Moves a stopped clock forward. */
    public void advance(Duration duration) {
        now = instant().plus(duration);
        frozen = true;
    }

    /** Lets the clock run with real time again. */
    public void reset() {
        frozen = false;
    }
}
