package coregulate.domain.checkin;

import java.util.Optional;

/** The valid ranges of a check-in's fields, with the messages shown next to a field that is out of range. */
public final class CheckInLimits {
    public static final int PULSE_MIN = 30;
    public static final int PULSE_MAX = 220;
    public static final double HRV_MIN = 5;
    public static final double HRV_MAX = 250;
    public static final double SLEEP_MAX = 16;
    public static final int CONNECTION_MIN = 1;
    public static final int CONNECTION_MAX = 5;
    public static final int NOTE_MAX = 2000;
    public static final int LABEL_MAX = 40;

    private CheckInLimits() {
    }

    /** Parses an optional whole number typed by a person; blank means "not given". */
    public static Parsed<Integer> pulse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        try {
            int bpm = Integer.parseInt(text.strip());
            if (bpm < PULSE_MIN || bpm > PULSE_MAX) {
                return Parsed.problem("A pulse between " + PULSE_MIN + " and " + PULSE_MAX + " beats a minute, please.");
            }
            return Parsed.of(bpm);
        } catch (NumberFormatException e) {
            return Parsed.problem("Pulse takes a whole number of beats a minute, like 72.");
        }
    }

    public static Parsed<Double> hrv(String text) {
        return decimal(text, HRV_MIN, HRV_MAX, "HRV (RMSSD) runs from 5 to 250 ms.",
                "HRV takes a number of milliseconds, like 42.");
    }

    public static Parsed<Double> sleep(String text) {
        return decimal(text, 0, SLEEP_MAX, "Hours slept run from 0 to 16.", "Hours slept takes a number, like 7.5.");
    }

    public static Optional<String> noteProblem(String note) {
        int length = note == null ? 0 : note.codePointCount(0, note.length());
        return length > NOTE_MAX
                ? Optional.of("The note is " + length + " characters; please keep it to " + NOTE_MAX + ".")
                : Optional.empty();
    }

    public static Optional<String> labelProblem(String label) {
        if (label == null || label.isBlank()) {
            return Optional.of("Please type a few words first.");
        }
        int length = label.strip().codePointCount(0, label.strip().length());
        return length > LABEL_MAX ? Optional.of("Please keep it to " + LABEL_MAX + " characters.") : Optional.empty();
    }

    private static Parsed<Double> decimal(String text, double min, double max, String rangeMessage, String typeMessage) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isNaN(value) || value < min || value > max) {
                return Parsed.problem(rangeMessage);
            }
            return Parsed.of(value);
        } catch (NumberFormatException e) {
            return Parsed.problem(typeMessage);
        }
    }

    /** A typed value: absent, a valid value, or a problem to show. */
    public record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> empty() {
            return new Parsed<>(null, "");
        }

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, "");
        }

        static <T> Parsed<T> problem(String message) {
            return new Parsed<>(null, message);
        }

        public boolean ok() {
            return problem.isEmpty();
        }
    }
}
