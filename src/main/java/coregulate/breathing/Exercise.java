package coregulate.breathing;

import coregulate.domain.ArousalState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One calming exercise from the library, or a partner's own breathing pattern. Breathing exercises carry a
 * pattern and the paces it may be run at; the others are followed step by step.
 */
public record Exercise(String id, String name, Category category, List<ArousalState> states, double durationMinutes,
                       List<String> steps, BreathingPattern pattern, PaceRange paceRange, String whyItWorks,
                       String source, List<String> cautions, boolean ownPattern) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        states = List.copyOf(states);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }

    public Optional<BreathingPattern> breathingPattern() {
        return Optional.ofNullable(pattern);
    }

    public boolean hasPacer() {
        return pattern != null;
    }

    public boolean suits(ArousalState state) {
        return states.contains(state);
    }

    /** The longest breath hold in seconds, 0 when there is none; rules avoid 4 s or more for panic. */
    public double longestHoldSeconds() {
        return pattern == null ? 0 : pattern.longestHoldSeconds();
    }

    public boolean hasLongHold() {
        return longestHoldSeconds() >= 4;
    }
}
