package coregulate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {
    private final SuggestionEngine engine = RulesFixture.engine();
    private static final LocalTime NOON = LocalTime.NOON;

    private static SuggestionInput at(int arousal) {
        return new SuggestionInput(arousal, Set.of(), Set.of(), null, null, null, null, false, false, false, NOON);
    }

    private List<String> ids(Suggestions s) {
        return s.ranked().stream().map(Suggestions.Suggestion::exerciseId).toList();
    }

    @ParameterizedTest(name = "arousal {0} first suggests one of {1}")
    @CsvSource({
            "5, cold-water", "4, cold-water",
            "3, extended-exhale cyclic-sighing resonance-breathing", "2, extended-exhale cyclic-sighing resonance-breathing",
            "1, resonance-breathing breathing-in-sync hand-on-heart", "0, resonance-breathing breathing-in-sync hand-on-heart",
            "-1, resonance-breathing breathing-in-sync hand-on-heart",
            "-2, orienting humming-voo shake-out brisk-walk", "-3, orienting humming-voo shake-out brisk-walk",
            "-4, orienting humming-voo shake-out brisk-walk", "-5, orienting humming-voo shake-out brisk-walk"})
    void everyArousalLevelHasASensibleFirstSuggestion(int arousal, String allowedFirst) {
        var s = engine.suggest(at(arousal), Map.of());
        assertTrue(List.of(allowedFirst.split(" ")).contains(s.ranked().get(0).exerciseId()), s.toString());
        assertTrue(s.ranked().size() >= 2 && s.ranked().size() <= 3);
        assertFalse(s.ranked().get(0).reason().isBlank());
        assertTrue(s.ranked().get(0).reason().contains((arousal > 0 ? "+" : "") + arousal)
                || s.ranked().get(0).reason().contains("cold water"), s.ranked().get(0).reason());
        assertFalse(s.showCrisisResources());
        if (arousal <= -2) {
            assertFalse(ids(s).contains("box-breathing") || ids(s).contains("four-seven-eight"), ids(s).toString());
        }
    }

    @Test
    void floodingGetsTheSettlingPlanTheTimeOutReminderAndTheReasonWithThePulse() {
        var in = new SuggestionInput(3, Set.of(), Set.of(), 104, null, null, null, false, false, false, NOON);
        var s = engine.suggest(in, Map.of());
        assertEquals("settle-20", s.ranked().get(0).exerciseId());
        assertTrue(s.ranked().get(0).reason().contains("Your pulse is 104, above 100"), s.ranked().get(0).reason());
        assertTrue(s.timeOutReminder().orElseThrow().contains("20 minutes"));
        var running = new SuggestionInput(3, Set.of(), Set.of(), 104, null, null, null, false, false, true, NOON);
        assertTrue(engine.suggest(running, Map.of()).timeOutReminder().isEmpty(), "no reminder during a time-out");
        var overResting = new SuggestionInput(1, Set.of(), Set.of(), 77, 68, null, null, false, false, false, NOON);
        assertEquals("settle-20", engine.suggest(overResting, Map.of()).ranked().get(0).exerciseId());
    }

    @Test
    void veryHighDistressShowsCrisisResourcesFirst() {
        var withNote = new SuggestionInput(5, Set.of(), Set.of(), null, null, null, null, true, false, false, NOON);
        assertTrue(engine.suggest(withNote, Map.of()).showCrisisResources());
        var lowWithNote = new SuggestionInput(-5, Set.of(), Set.of(), null, null, null, null, true, false, false, NOON);
        assertTrue(engine.suggest(lowWithNote, Map.of()).showCrisisResources());
        assertFalse(engine.suggest(at(5), Map.of()).showCrisisResources(), "+5 without a note");
        var unsafe = new SuggestionInput(0, Set.of(), Set.of(), null, null, null, null, false, true, false, NOON);
        assertTrue(engine.suggest(unsafe, Map.of()).showCrisisResources());
    }

    @Test
    void aPartnersRatingsMoveAnExerciseUpAndOneThatNeverHelpedSinks() {
        var before = ids(engine.suggest(at(3), Map.of()));
        assertFalse(before.contains("progressive-muscle-relaxation"), before.toString());
        var helped = new ArrayList<int[]>();
        for (int i = 0; i < 7; i++) {
            helped.add(new int[] {4, i < 6 ? 0 : 4});
        }
        var never = List.of(new int[] {3, 4}, new int[] {3, 3}, new int[] {4, 5}, new int[] {3, 3});
        var history = Map.of("progressive-muscle-relaxation", new PersonalRecord("progressive-muscle-relaxation", helped),
                "extended-exhale", new PersonalRecord("extended-exhale", never));
        var after = engine.suggest(at(3), history);
        assertEquals("progressive-muscle-relaxation", after.ranked().get(0).exerciseId(), ids(after).toString());
        assertEquals("helped you 6 of 7 times", after.ranked().get(0).evidence().orElseThrow());
        assertTrue(ids(after).indexOf("extended-exhale") == -1
                || ids(after).indexOf("extended-exhale") > before.indexOf("extended-exhale"));
    }

    @Test
    void rulingOutWinsOverFavouring() {
        String json = """
                {"rules": [
                 {"id": "likes", "when": {}, "favour": {"a": 5}, "reason": "r", "describe": "d"},
                 {"id": "forbids", "when": {}, "exclude": ["a"], "reason": "r", "describe": "d"}]}""";
        var book = RuleBook.load(stream(json), Set.of("a", "b"));
        var facts = List.of(new ExerciseFacts("a", "A", Set.of(coregulate.domain.ArousalState.REGULATED), 0),
                new ExerciseFacts("b", "B", Set.of(coregulate.domain.ArousalState.REGULATED), 0));
        var s = new SuggestionEngine(book, facts).suggest(at(0), Map.of());
        assertEquals(List.of("b"), ids(s));
    }

    @Test
    void everythingRuledOutStillGivesOneGentleStepWithAReason() {
        String json = """
                {"rules": [{"id": "none", "when": {}, "exclude": ["a"], "reason": "r", "describe": "d"}]}""";
        var facts = List.of(new ExerciseFacts("a", "A", Set.of(coregulate.domain.ArousalState.REGULATED), 0));
        var s = new SuggestionEngine(RuleBook.load(stream(json), Set.of("a")), facts).suggest(at(0), Map.of());
        assertEquals(1, s.ranked().size());
        assertTrue(s.ranked().get(0).reason().contains("gentle step"));
    }

    @Test
    void aBrokenRuleNamesItself() {
        var unknownExercise = assertThrows(RuleBook.RuleBookException.class, () -> RuleBook.load(stream("""
                {"rules": [{"id": "calm-down", "when": {}, "favour": {"no-such-thing": 1}, "reason": "r", "describe": "d"}]}"""),
                Set.of("a")));
        assertTrue(unknownExercise.getMessage().contains("'calm-down'"), unknownExercise.getMessage());
        assertTrue(unknownExercise.getMessage().contains("no-such-thing"));
        var unknownCondition = assertThrows(RuleBook.RuleBookException.class, () -> RuleBook.load(stream("""
                {"rules": [{"id": "odd", "when": {"moonPhase": "full"}, "reason": "r", "describe": "d"}]}"""), Set.of()));
        assertTrue(unknownCondition.getMessage().contains("'odd'"), unknownCondition.getMessage());
        var badRange = assertThrows(RuleBook.RuleBookException.class, () -> RuleBook.load(stream("""
                {"rules": [{"id": "range", "when": {"arousalAtLeast": 9}, "reason": "r", "describe": "d"}]}"""), Set.of()));
        assertTrue(badRange.getMessage().contains("'range'"));
        assertThrows(RuleBook.RuleBookException.class, () -> RuleBook.load(stream("{not json"), Set.of()));
        assertEquals(14, RuleBook.bundled(RulesFixture.ids()).describe().size());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
