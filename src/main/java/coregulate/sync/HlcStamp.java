package coregulate.sync;

import java.util.Comparator;

/** A hybrid logical clock stamp; totally ordered by wall time, then counter, then device id. */
public record HlcStamp(long wallMillis, int counter, String deviceId) implements Comparable<HlcStamp> {
    private static final Comparator<HlcStamp> ORDER = Comparator.comparingLong(HlcStamp::wallMillis)
            .thenComparingInt(HlcStamp::counter)
            .thenComparing(HlcStamp::deviceId);

    @Override
    public int compareTo(HlcStamp other) {
        return ORDER.compare(this, other);
    }
}
