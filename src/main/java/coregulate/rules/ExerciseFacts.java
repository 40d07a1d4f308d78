package coregulate.rules;

import coregulate.domain.ArousalState;
import java.util.Set;

/** What the rules need to know about an exercise. The catalogue's order is the default order. */
public record ExerciseFacts(String id, String name, Set<ArousalState> suits, double longestHoldSeconds) {
    /** Holds of four seconds or more are a poor first choice when shut down. */
    public boolean hasLongHold() {
        return longestHoldSeconds >= 4;
    }
}
