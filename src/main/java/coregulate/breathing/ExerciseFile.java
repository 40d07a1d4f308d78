package coregulate.breathing;

import coregulate.domain.ArousalState;
import java.util.List;
import java.util.Map;

/** The JSON shape of the bundled exercise file, and its checks. */
record ExerciseFile(int version, List<Entry> exercises) {

    record Entry(String id, String name, String category, List<String> states, Double durationMinutes,
                 List<String> steps, PatternEntry pattern, PaceEntry pace, String whyItWorks, String source,
                 List<String> cautions) {
    }

    record PatternEntry(Double inhale, Double topUp, Double holdIn, Double exhale, Double holdOut, Integer cycles,
                        Double minutes) {
    }

    record PaceEntry(double min, double max) {
    }

    static Exercise toExercise(Entry e) {
        if (e == null) {
            throw new IllegalArgumentException("the entry is empty");
        }
        require(e.id() != null && e.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "its id must be lower-case words joined by '-'");
        require(notBlank(e.name()), "it has no name");
        require(e.category() != null, "it has no category");
        Category category = Category.fromId(e.category());
        require(e.states() != null && !e.states().isEmpty(), "it names no states (shut-down, regulated, activated)");
        List<ArousalState> states = e.states().stream().map(ArousalState::fromId).toList();
        require(e.durationMinutes() != null && e.durationMinutes() > 0 && e.durationMinutes() <= 60,
                "its durationMinutes must be more than 0 and at most 60");
        require(e.steps() != null && !e.steps().isEmpty() && e.steps().stream().allMatch(ExerciseFile::notBlank),
                "it needs at least one step, and no empty ones");
        require(notBlank(e.whyItWorks()), "it has no whyItWorks text");
        require(notBlank(e.source()), "it has no source");
        BreathingPattern pattern = null;
        PaceRange pace = null;
        if (e.pattern() != null) {
            var p = e.pattern();
            pattern = new BreathingPattern(orZero(p.inhale()), orZero(p.topUp()), orZero(p.holdIn()),
                    orZero(p.exhale()), orZero(p.holdOut()), p.cycles(), p.minutes());
            Map<String, String> problems = PatternRules.problems(pattern);
            require(problems.isEmpty(), "its pattern: " + String.join(" ", problems.values()));
            pace = e.pace() == null ? PaceRange.around(pattern.breathsPerMinute())
                    : new PaceRange(e.pace().min(), e.pace().max());
            require(pace.contains(pattern.breathsPerMinute()), "its own pace of "
                    + PaceRange.text(pattern.breathsPerMinute()) + " breaths a minute lies outside its pace range");
        } else {
            require(e.pace() == null, "it has a pace but no pattern");
        }
        return new Exercise(e.id(), e.name().strip(), category, states, e.durationMinutes(), e.steps(), pattern, pace,
                e.whyItWorks().strip(), e.source().strip(), e.cautions() == null ? List.of() : e.cautions(), false);
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
