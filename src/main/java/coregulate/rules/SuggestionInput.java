package coregulate.rules;

import coregulate.domain.ArousalState;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the rules look at: the partner's latest check-in (optional fields may be null), whether a time-out is
 * running, the time of day, and whether they ticked "I don't feel safe".
 */
public record SuggestionInput(int arousal, Set<String> signals, Set<String> emotions, Integer pulse,
                              Integer restingPulse, Double hrvMs, Double sleepHours, boolean hasNote,
                              boolean feelsUnsafe, boolean timeOutRunning, LocalTime timeOfDay) {
    public SuggestionInput {
        signals = Set.copyOf(signals);
        emotions = Set.copyOf(emotions);
        if (arousal < ArousalState.MIN_LEVEL || arousal > ArousalState.MAX_LEVEL) {
            throw new IllegalArgumentException("Arousal runs from -5 to +5");
        }
    }

    public ArousalState state() {
        return ArousalState.ofLevel(arousal);
    }

    /** A partner with no check-in yet: treated as regulated, so they get practice suggestions. */
    public static SuggestionInput noCheckInYet(boolean timeOutRunning, LocalTime timeOfDay) {
        return new SuggestionInput(0, Set.of(), Set.of(), null, null, null, null, false, false, timeOutRunning, timeOfDay);
    }
}
