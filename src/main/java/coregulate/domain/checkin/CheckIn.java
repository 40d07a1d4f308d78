package coregulate.domain.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import coregulate.domain.RecordMeta;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One check-in: where a partner's nervous system is at a moment, what the body and feelings say, and how
 * connected they feel. Measurements are optional and null when not given.
 */
public record CheckIn(RecordMeta meta, Instant at, int arousal, Set<BodySignal> signals, List<String> customSignals,
                      Set<Emotion> emotions, List<String> customEmotions, Integer pulse, Double hrvMs,
                      Double sleepHours, Integer connection, String note) {
    public static final int FLOODING_PULSE = 100;

    public CheckIn {
        signals = Set.copyOf(signals);
        customSignals = List.copyOf(customSignals);
        emotions = Set.copyOf(emotions);
        customEmotions = List.copyOf(customEmotions);
        note = note == null ? "" : note;
    }

    public ArousalState state() {
        return ArousalState.ofLevel(arousal);
    }

    public boolean insideWindow() {
        return ArousalState.insideWindow(arousal);
    }

    /**
     * A pulse of 100 or more, or 10% over the partner's own resting pulse when it is known, suggests the body
     * is flooded (Gottman's threshold).
     */
    public boolean possibleFlooding(Integer restingPulse) {
        return isFlooding(pulse, restingPulse);
    }

    public static boolean isFlooding(Integer pulse, Integer restingPulse) {
        if (pulse == null) {
            return false;
        }
        if (pulse >= FLOODING_PULSE) {
            return true;
        }
        return restingPulse != null && pulse >= Math.ceil(restingPulse * 1.10);
    }
}
