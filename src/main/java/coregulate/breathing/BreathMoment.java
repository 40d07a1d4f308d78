package coregulate.breathing;

/**
 * What the pacer shows at one instant: the phase, how far through it (0..1), whole seconds left in it (as a
 * person counts: 4, 3, 2, 1), and the session's time left. {@code finished} once the session's time is up.
 * {@code fullness} (0 empty lungs .. 1 full) is what the shape's size follows: it grows on breathing in, stays
 * on a hold and shrinks on breathing out.
 */
public record BreathMoment(int cycle, int phaseIndex, Phase phase, double fraction, int secondsLeftInPhase,
                           long elapsedNanos, long remainingNanos, boolean finished, double fullness) {

    public PhaseKind kind() {
        return phase.kind();
    }

    /** Session progress from 0 to 1. */
    public double sessionFraction() {
        long total = elapsedNanos + remainingNanos;
        return total == 0 ? 1 : (double) elapsedNanos / total;
    }

    /** Time left as m:ss, rounded up so that the count reaches 0:00 exactly at the end. */
    public String remainingText() {
        long seconds = (remainingNanos + 999_999_999L) / 1_000_000_000L;
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
