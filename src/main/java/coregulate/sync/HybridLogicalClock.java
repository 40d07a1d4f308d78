package coregulate.sync;

import java.time.Clock;

/**
 * Hybrid logical clock: stamps follow the wall clock when it moves forward and fall back to a counter when
 * it does not, so a partner whose clock is days wrong can never make our later changes look older than theirs.
 * Not thread-safe on its own; {@link SyncService} calls it under its own lock. State is persisted by the caller
 * via {@link #last()} and restored through the constructor.
 */
public final class HybridLogicalClock {
    private final Clock clock;
    private final String deviceId;
    private long wall;
    private int counter;

    public HybridLogicalClock(Clock clock, String deviceId, long lastWall, int lastCounter) {
        this.clock = clock;
        this.deviceId = deviceId;
        this.wall = lastWall;
        this.counter = lastCounter;
    }

    /** Stamp for a local event or a send. */
    public HlcStamp send() {
        long now = clock.millis();
        if (now > wall) {
            wall = now;
            counter = 0;
        } else {
            counter++;
        }
        return last();
    }

    /** Merge a received stamp so that anything we create afterwards sorts after it. */
    public HlcStamp receive(HlcStamp remote) {
        long now = clock.millis();
        long newWall = Math.max(Math.max(wall, remote.wallMillis()), now);
        if (newWall == wall && newWall == remote.wallMillis()) {
            counter = Math.max(counter, remote.counter()) + 1;
        } else if (newWall == wall) {
            counter++;
        } else if (newWall == remote.wallMillis()) {
            counter = remote.counter() + 1;
        } else {
            counter = 0;
        }
        wall = newWall;
        return last();
    }

    public HlcStamp last() {
        return new HlcStamp(wall, counter, deviceId);
    }
}
