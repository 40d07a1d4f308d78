package coregulate.rules;

import coregulate.breathing.ExerciseLibrary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The real bundled exercises and rules, as the engine sees them. */
final class RulesFixture {
    private RulesFixture() {
    }

    static List<ExerciseFacts> catalogue() {
        return ExerciseLibrary.bundled().all().stream().map(e -> new ExerciseFacts(e.id(), e.name(),
                EnumSet.copyOf(e.states()), e.longestHoldSeconds())).toList();
    }

    static Set<String> ids() {
        return catalogue().stream().map(ExerciseFacts::id).collect(Collectors.toSet());
    }

    static SuggestionEngine engine() {
        return new SuggestionEngine(RuleBook.bundled(ids()), catalogue());
    }
}
