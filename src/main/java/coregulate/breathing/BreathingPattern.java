package coregulate.breathing;

import java.util.ArrayList;
import java.util.List;

/**
 * A breathing rhythm in seconds: breathe in, an optional short second breath in (the "top-up" of cyclic
 * sighing), hold, breathe out, hold. It runs for a number of cycles or for a number of minutes (exactly one of
 * them is set). Phases of zero seconds are simply left out.
 */
public record BreathingPattern(double inhale, double topUp, double holdIn, double exhale, double holdOut,
                               Integer cycles, Double minutes) {

    public List<Phase> phases() {
        var out = new ArrayList<Phase>();
        out.add(new Phase(PhaseKind.INHALE, "Breathe in", inhale));
        if (topUp > 0) {
            out.add(new Phase(PhaseKind.INHALE, "A little more in", topUp));
        }
        if (holdIn > 0) {
            out.add(new Phase(PhaseKind.HOLD, "Hold", holdIn));
        }
        out.add(new Phase(PhaseKind.EXHALE, "Breathe out", exhale));
        if (holdOut > 0) {
            out.add(new Phase(PhaseKind.HOLD, "Rest", holdOut));
        }
        return List.copyOf(out);
    }

    public double cycleSeconds() {
        return inhale + topUp + holdIn + exhale + holdOut;
    }

    /** Breaths a minute at the pattern's own pace. */
    public double breathsPerMinute() {
        return 60.0 / cycleSeconds();
    }

    /** The longest breath hold, so that rules can avoid holds of 4 seconds or more for someone panicking. */
    public double longestHoldSeconds() {
        return Math.max(holdIn, holdOut);
    }

    /** How long the session lasts at the given pace, in seconds. */
    public double sessionSeconds(double breathsPerMinute) {
        if (cycles != null) {
            return cycles * 60.0 / breathsPerMinute;
        }
        return minutes * 60.0;
    }

    /** The rhythm in words, leaving out empty phases, e.g. "4 s in, 4 s hold, 4 s out, 4 s rest". */
    public String rhythmText() {
        var parts = new ArrayList<String>();
        parts.add(fmt(inhale) + " s in" + (topUp > 0 ? " + " + fmt(topUp) + " s more" : ""));
        if (holdIn > 0) {
            parts.add(fmt(holdIn) + " s hold");
        }
        parts.add(fmt(exhale) + " s out");
        if (holdOut > 0) {
            parts.add(fmt(holdOut) + " s rest");
        }
        return String.join(", ", parts);
    }

    static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
