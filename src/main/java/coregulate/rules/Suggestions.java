package coregulate.rules;

import java.util.List;
import java.util.Optional;

/**
 * What the engine says: crisis resources first when distress is very high, a time-out reminder when the body
 * may be flooded, then two or three exercises, each with its reason and, when known, the partner's own record.
 */
public record Suggestions(boolean showCrisisResources, Optional<String> timeOutReminder, List<Suggestion> ranked) {
    public Suggestions {
        ranked = List.copyOf(ranked);
    }

    public record Suggestion(String exerciseId, String name, String reason, Optional<String> evidence, double score) {
    }
}
