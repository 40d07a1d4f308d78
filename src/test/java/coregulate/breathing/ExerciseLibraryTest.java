package coregulate.breathing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.domain.ArousalState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExerciseLibraryTest {
    private static final Set<String> REQUIRED_IDS = Set.of("box-breathing", "four-seven-eight", "cyclic-sighing",
            "resonance-breathing", "extended-exhale", "grounding-54321", "orienting", "cold-water",
            "progressive-muscle-relaxation", "humming-voo", "shake-out", "brisk-walk", "breathing-in-sync",
            "hand-on-heart", "settle-20");

    @Test
    void theBundledLibraryLoadsWithEveryExerciseOtherAreasRelyOn() {
        var library = ExerciseLibrary.bundled();
        assertEquals(REQUIRED_IDS, library.all().stream().map(Exercise::id).collect(Collectors.toSet()));
        var box = library.byId("box-breathing").orElseThrow();
        assertEquals(4, box.longestHoldSeconds());
        assertTrue(box.hasLongHold());
        assertEquals(7, library.byId("four-seven-eight").orElseThrow().longestHoldSeconds());
        assertFalse(library.byId("resonance-breathing").orElseThrow().hasLongHold());
        var resonance = library.byId("resonance-breathing").orElseThrow();
        assertEquals(new PaceRange(4.5, 7), resonance.paceRange());
        assertTrue(library.byId("grounding-54321").orElseThrow().breathingPattern().isEmpty());
        assertTrue(library.byId("nope").isEmpty());
        for (var e : library.all()) {
            assertFalse(e.cautions().isEmpty() && e.hasLongHold(), e.id() + " has a hold but no caution");
        }
    }

    @Test
    void shutDownGetsMovementAndSoundNotLongHolds() {
        var library = ExerciseLibrary.bundled();
        var forShutDown = library.forState(ArousalState.SHUT_DOWN);
        assertTrue(forShutDown.stream().anyMatch(e -> e.id().equals("shake-out")));
        assertTrue(forShutDown.stream().anyMatch(e -> e.id().equals("humming-voo")));
        assertTrue(forShutDown.stream().noneMatch(Exercise::hasLongHold));
        assertTrue(library.forState(ArousalState.ACTIVATED).stream().anyMatch(e -> e.id().equals("settle-20")));
        assertEquals(2, library.inCategory(Category.TOGETHER).size());
    }

    @Test
    void aBrokenEntryIsRefusedWithAMessageNamingIt() {
        String json = """
                {"version": 1, "exercises": [
                  {"id": "fine-one", "name": "Fine", "category": "grounding", "states": ["activated"],
                   "durationMinutes": 2, "steps": ["Look around."], "whyItWorks": "Because.", "source": "Me",
                   "cautions": []},
                  {"id": "bad-breath", "name": "Bad", "category": "breathing", "states": ["activated"],
                   "durationMinutes": 2, "steps": ["Breathe."], "whyItWorks": "Because.", "source": "Me",
                   "cautions": [], "pattern": {"inhale": 0, "exhale": 4, "cycles": 3}}
                ]}""";
        var e = assertThrows(ExerciseLibraryException.class, () -> load(json));
        assertTrue(e.getMessage().contains("Exercise 2 ('bad-breath')"), e.getMessage());
        assertTrue(e.getMessage().contains("Breathing in needs more than zero seconds"), e.getMessage());
    }

    @Test
    void unknownStatesCategoriesAndMalformedJsonAreExplained() {
        String badState = """
                {"version": 1, "exercises": [
                  {"id": "odd", "name": "Odd", "category": "grounding", "states": ["sleepy"],
                   "durationMinutes": 2, "steps": ["x"], "whyItWorks": "y", "source": "z", "cautions": []}]}""";
        var e = assertThrows(ExerciseLibraryException.class, () -> load(badState));
        assertTrue(e.getMessage().contains("'odd'") && e.getMessage().contains("sleepy"), e.getMessage());
        var broken = assertThrows(ExerciseLibraryException.class, () -> load("{\"exercises\": [ {\"id\": "));
        assertTrue(broken.getMessage().startsWith("The exercise file is not valid"), broken.getMessage());
        var empty = assertThrows(ExerciseLibraryException.class, () -> load("{\"version\":1,\"exercises\":[]}"));
        assertTrue(empty.getMessage().contains("no exercises"));
        String quarter = """
                {"version": 1, "exercises": [
                  {"id": "q", "name": "Q", "category": "breathing", "states": ["activated"],
                   "durationMinutes": 2, "steps": ["x"], "whyItWorks": "y", "source": "z", "cautions": [],
                   "pattern": {"inhale": 4.1, "exhale": 6, "cycles": 5}}]}""";
        var q = assertThrows(ExerciseLibraryException.class, () -> load(quarter));
        assertTrue(q.getMessage().contains("quarter second"), q.getMessage());
    }

    @Test
    void patternRulesNameEachBadField() {
        var problems = PatternRules.problems(new BreathingPattern(-1, 0, 30, 4.3, 0, null, null));
        assertTrue(problems.get("inhale").contains("more than zero"));
        assertTrue(problems.get("holdIn").contains("at most 10"));
        assertTrue(problems.get("exhale").contains("quarter second"));
        assertTrue(problems.get("length").contains("breaths or a number of minutes"));
        assertTrue(PatternRules.problems(new BreathingPattern(4.25, 0, 0, 6.5, 0, 10, null)).isEmpty());
        assertTrue(PatternRules.problems(new BreathingPattern(1, 0, 0, 1, 0, 10, null)).containsKey("pace"),
                "30 breaths a minute is too fast");
    }

    private static ExerciseLibrary load(String json) {
        return ExerciseLibrary.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
