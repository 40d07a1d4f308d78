package coregulate.breathing;

import java.util.Optional;

/** The breaths a minute a pattern may be slowed or quickened to, both ends included. */
public record PaceRange(double min, double max) {
    /** Nobody is paced slower or faster than this, whatever a file or a partner asks for. */
    public static final double SAFE_MIN = 2.0;
    public static final double SAFE_MAX = 12.0;

    public PaceRange {
        if (!(min >= SAFE_MIN && max <= SAFE_MAX && min <= max)) {
            throw new IllegalArgumentException("A pace range lies within " + SAFE_MIN + " to " + SAFE_MAX
                    + " breaths a minute, low end first");
        }
    }

    /** A range around a pattern's own pace: a quarter slower to a quarter faster, within the safe limits. */
    public static PaceRange around(double breathsPerMinute) {
        double low = Math.max(SAFE_MIN, round(breathsPerMinute * 0.75));
        double high = Math.min(SAFE_MAX, round(breathsPerMinute * 1.25));
        return new PaceRange(Math.min(low, high), Math.max(low, high));
    }

    public boolean contains(double breathsPerMinute) {
        return breathsPerMinute >= min - 1e-9 && breathsPerMinute <= max + 1e-9;
    }

    /** A plain message when the pace is outside, or empty when it is fine. */
    public Optional<String> problem(double breathsPerMinute) {
        if (contains(breathsPerMinute)) {
            return Optional.empty();
        }
        return Optional.of("Choose a pace from " + text(min) + " to " + text(max) + " breaths a minute.");
    }

    public double clamp(double breathsPerMinute) {
        return Math.max(min, Math.min(max, breathsPerMinute));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public static String text(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
