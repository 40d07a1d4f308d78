package coregulate.breathing;

import coregulate.domain.ArousalState;
import coregulate.domain.RecordMeta;
import java.util.List;

/** A breathing pattern a partner made and named; it runs in the pacer like a bundled exercise. */
public record OwnPattern(RecordMeta meta, String name, BreathingPattern pattern) {
    public static final String ID_PREFIX = "own-";
    public static final int MAX_NAME = 60;

    /** The exercise id other areas use for it: "own-" and the record's UUID. */
    public String exerciseId() {
        return ID_PREFIX + meta.id();
    }

    public static boolean isOwnId(String exerciseId) {
        return exerciseId != null && exerciseId.startsWith(ID_PREFIX);
    }

    public Exercise asExercise() {
        double minutes = pattern.sessionSeconds(pattern.breathsPerMinute()) / 60.0;
        return new Exercise(exerciseId(), name, Category.BREATHING,
                List.of(ArousalState.ACTIVATED, ArousalState.REGULATED), Math.round(minutes * 10) / 10.0,
                List.of("Follow the shape: in as it grows, hold while it rests, out as it shrinks.",
                        "Rhythm: " + pattern.rhythmText() + "."),
                pattern, PaceRange.around(pattern.breathsPerMinute()),
                "Your own rhythm. Slow breathing with a breath out at least as long as the breath in tends to "
                        + "calm the body most.",
                "Made by you", pattern.longestHoldSeconds() > 0
                        ? List.of("This has breath holds: stop if you feel light-headed.") : List.of(),
                true);
    }
}
