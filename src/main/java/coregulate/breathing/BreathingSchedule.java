package coregulate.breathing;

import java.util.List;

/**
 * The pacer's timeline: a pure function from elapsed monotonic time to the phase to show. Every phase
 * boundary is computed from the session start as cycle × cycle length + offset in whole nanoseconds, never
 * by adding up frame times, so nothing drifts however long the session or however busy the machine.
 */
public final class BreathingSchedule {
    private static final long NANOS = 1_000_000_000L;
    private final List<Phase> phases;
    private final long[] phaseStart;
    private final long[] phaseLength;
    private final double[] startLevel;
    private final double[] endLevel;
    private final long cycleNanos;
    private final long totalNanos;
    private final double breathsPerMinute;

    /**
     * @param breathsPerMinute the chosen pace; the pattern's phases are stretched or shortened in proportion
     */
    public BreathingSchedule(BreathingPattern pattern, double breathsPerMinute) {
        if (!(breathsPerMinute >= PaceRange.SAFE_MIN && breathsPerMinute <= PaceRange.SAFE_MAX)) {
            throw new IllegalArgumentException("A pace of " + breathsPerMinute + " breaths a minute is outside the "
                    + "safe range of " + PaceRange.SAFE_MIN + " to " + PaceRange.SAFE_MAX);
        }
        this.breathsPerMinute = breathsPerMinute;
        this.phases = pattern.phases();
        double scale = pattern.breathsPerMinute() / breathsPerMinute;
        phaseStart = new long[phases.size()];
        phaseLength = new long[phases.size()];
        long offset = 0;
        for (int i = 0; i < phases.size(); i++) {
            phaseStart[i] = offset;
            phaseLength[i] = Math.round(phases.get(i).seconds() * scale * NANOS);
            offset += phaseLength[i];
        }
        cycleNanos = offset;
        startLevel = new double[phases.size()];
        endLevel = new double[phases.size()];
        double level = 0;
        for (int i = 0; i < phases.size(); i++) {
            startLevel[i] = level;
            var kind = phases.get(i).kind();
            boolean moreInFollows = i + 1 < phases.size() && phases.get(i + 1).kind() == PhaseKind.INHALE;
            if (kind == PhaseKind.INHALE) {
                level = moreInFollows ? 0.85 : 1.0;
            } else if (kind == PhaseKind.EXHALE) {
                level = 0;
            }
            endLevel[i] = level;
        }
        totalNanos = pattern.cycles() != null ? pattern.cycles() * cycleNanos
                : Math.round(pattern.minutes() * 60 * NANOS);
    }

    public BreathingSchedule(BreathingPattern pattern) {
        this(pattern, pattern.breathsPerMinute());
    }

    public long totalNanos() {
        return totalNanos;
    }

    public long cycleNanos() {
        return cycleNanos;
    }

    public double breathsPerMinute() {
        return breathsPerMinute;
    }

    public List<Phase> phases() {
        return phases;
    }

    /** When the given phase of the given cycle begins, in nanoseconds from the start. */
    public long phaseStartNanos(int cycle, int phaseIndex) {
        return cycle * cycleNanos + phaseStart[phaseIndex];
    }

    public BreathMoment at(long elapsedNanos) {
        long elapsed = Math.max(0, elapsedNanos);
        boolean finished = elapsed >= totalNanos;
        if (finished) {
            // Show the last instant of the session rather than the start of a cycle that never comes.
            elapsed = totalNanos;
        }
        long probe = finished ? Math.max(0, totalNanos - 1) : elapsed;
        int cycle = (int) (probe / cycleNanos);
        long within = probe - cycle * cycleNanos;
        int index = phases.size() - 1;
        while (index > 0 && within < phaseStart[index]) {
            index--;
        }
        long intoPhase = finished ? phaseLength[index] : within - phaseStart[index];
        long phaseEnd = Math.min(phaseLength[index], totalNanos - phaseStartNanos(cycle, index));
        long leftInPhase = Math.max(0, phaseEnd - intoPhase);
        double fraction = phaseLength[index] == 0 ? 1 : Math.min(1.0, (double) intoPhase / phaseLength[index]);
        int secondsLeft = (int) ((leftInPhase + NANOS - 1) / NANOS);
        double fullness = startLevel[index] + (endLevel[index] - startLevel[index]) * fraction;
        return new BreathMoment(cycle, index, phases.get(index), fraction, secondsLeft, elapsed,
                totalNanos - elapsed, finished, fullness);
    }
}
