package coregulate.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock that tests move by hand. Thread-safe: the app reads it from its background thread. */
public final class FakeClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public FakeClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public FakeClock() {
        this(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new FakeClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Moves only the wall clock, as a person changing the system time would; monotonic time stays put. */
    public synchronized void jumpWallClock(Duration d) {
        now = now.plus(d);
    }
}
