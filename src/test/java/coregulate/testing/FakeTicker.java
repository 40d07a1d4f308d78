package coregulate.testing;

import coregulate.domain.Ticker;
import java.time.Duration;

/**
 * Monotonic time for tests. It follows {@link FakeClock#advance} through its own offset, but ignores wall
 * clock jumps made with {@link #ignoreWallJump}.
 */
public final class FakeTicker implements Ticker {
    private final FakeClock clock;
    private final long startWallNanos;
    private volatile long skewNanos;

    public FakeTicker(FakeClock clock) {
        this.clock = clock;
        this.startWallNanos = toNanos(clock);
    }

    private static long toNanos(FakeClock clock) {
        var i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Override
    public long nanoTime() {
        return toNanos(clock) - startWallNanos - skewNanos;
    }

    /** Call after {@link FakeClock#jumpWallClock}: the monotonic source does not see that jump. */
    public void ignoreWallJump(Duration jump) {
        skewNanos += jump.toNanos();
    }
}
