package coregulate.breathing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Safe bounds for any breathing pattern, bundled or a partner's own. Problems are keyed by field (inhale,
 * topUp, holdIn, exhale, holdOut, length, pace) so that a form can show each next to its field.
 */
public final class PatternRules {
    public static final double MAX_INHALE = 10;
    public static final double MAX_TOP_UP = 3;
    public static final double MAX_HOLD = 10;
    public static final double MAX_EXHALE = 16;
    public static final int MAX_CYCLES = 120;
    public static final double MAX_MINUTES = 30;

    private PatternRules() {
    }

    public static boolean quarterStep(double seconds) {
        return Math.abs(seconds * 4 - Math.rint(seconds * 4)) < 1e-9;
    }

    /** Every problem with the pattern, in plain words; empty when it is safe to use. */
    public static Map<String, String> problems(BreathingPattern p) {
        var out = new LinkedHashMap<String, String>();
        phase(out, "inhale", "Breathing in", p.inhale(), 1, MAX_INHALE, true);
        phase(out, "topUp", "The second breath in", p.topUp(), 0, MAX_TOP_UP, false);
        phase(out, "holdIn", "The hold after breathing in", p.holdIn(), 0, MAX_HOLD, false);
        phase(out, "exhale", "Breathing out", p.exhale(), 1, MAX_EXHALE, true);
        phase(out, "holdOut", "The rest after breathing out", p.holdOut(), 0, MAX_HOLD, false);
        if ((p.cycles() == null) == (p.minutes() == null)) {
            out.put("length", "Choose either a number of breaths or a number of minutes.");
        } else if (p.cycles() != null && (p.cycles() < 1 || p.cycles() > MAX_CYCLES)) {
            out.put("length", "Choose from 1 to " + MAX_CYCLES + " breaths.");
        } else if (p.minutes() != null && !(p.minutes() >= 1 && p.minutes() <= MAX_MINUTES)) {
            out.put("length", "Choose from 1 to " + (int) MAX_MINUTES + " minutes.");
        }
        if (out.isEmpty()) {
            double bpm = p.breathsPerMinute();
            if (bpm < PaceRange.SAFE_MIN || bpm > PaceRange.SAFE_MAX) {
                out.put("pace", "This makes " + PaceRange.text(bpm) + " breaths a minute; keep it between "
                        + PaceRange.text(PaceRange.SAFE_MIN) + " and " + PaceRange.text(PaceRange.SAFE_MAX) + ".");
            }
        }
        return out;
    }

    private static void phase(Map<String, String> out, String key, String what, double seconds, double min,
                              double max, boolean required) {
        if (Double.isNaN(seconds) || seconds < 0 || (required && seconds <= 0)) {
            out.put(key, what + " needs " + (required ? "more than zero" : "zero or more") + " seconds.");
        } else if (seconds > 0 && seconds < min) {
            out.put(key, what + " needs at least " + BreathingPattern.fmt(min) + " second.");
        } else if (seconds > max) {
            out.put(key, what + " can be at most " + BreathingPattern.fmt(max) + " seconds.");
        } else if (!quarterStep(seconds)) {
            out.put(key, what + " goes in steps of a quarter second (for example 4, 4.25, 4.5).");
        }
    }
}
