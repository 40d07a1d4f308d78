package coregulate.breathing;

import coregulate.domain.RecordMeta;
import java.time.Instant;
import java.util.UUID;

/**
 * One time a partner did an exercise: when, how long, whether they finished it, and how activated they felt
 * before and after on the check-in scale (-5..+5; null when skipped). {@code togetherWith} is the other
 * partner when they breathed together at one computer.
 */
public record ExerciseSession(RecordMeta meta, String exerciseId, String exerciseName, Instant startedAt,
                              long durationSeconds, boolean completed, Integer beforeLevel, Integer afterLevel,
                              Double breathsPerMinute, UUID togetherWith) {
    public ExerciseSession {
        checkLevel(beforeLevel);
        checkLevel(afterLevel);
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("A session cannot last less than no time");
        }
    }

    private static void checkLevel(Integer level) {
        if (level != null && (level < -5 || level > 5)) {
            throw new IllegalArgumentException("Ratings run from -5 to +5, got " + level);
        }
    }

    public UUID partnerId() {
        return meta.authorPartnerId();
    }

    /** After minus before, when both were rated. Negative means calmer for an activated person. */
    public java.util.Optional<Integer> change() {
        return beforeLevel == null || afterLevel == null ? java.util.Optional.empty()
                : java.util.Optional.of(afterLevel - beforeLevel);
    }
}
