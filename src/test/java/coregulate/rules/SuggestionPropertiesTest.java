package coregulate.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties over every possible check-in, with shrinking to the smallest failing one. */
class SuggestionPropertiesTest {
    private final SuggestionEngine engine = RulesFixture.engine();
    private final Map<String, ExerciseFacts> facts = new HashMap<>();

    SuggestionPropertiesTest() {
        RulesFixture.catalogue().forEach(f -> facts.put(f.id(), f));
    }

    private static Gen<Set<String>> subsetOf(String[] ids) {
        return integers().between(0, (1 << ids.length) - 1).map(mask -> {
            var set = new HashSet<String>();
            for (int i = 0; i < ids.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(ids[i]);
                }
            }
            return set;
        });
    }

    private static Gen<Integer> optional(int from, int to) {
        return integers().between(from - 1, to).map(v -> v == from - 1 ? null : v);
    }

    private static Gen<SuggestionInput> inputs() {
        return inputs(-5, 5);
    }

    private static Gen<SuggestionInput> inputs(int lowest, int highest) {
        String[] signals = java.util.Arrays.stream(BodySignal.values()).map(BodySignal::id).toArray(String[]::new);
        String[] emotions = java.util.Arrays.stream(Emotion.values()).map(Emotion::id).toArray(String[]::new);
        Gen<Object[]> measures = optional(30, 220).zip(optional(40, 100), optional(5, 250), optional(0, 16),
                (pulse, resting, hrv, sleep) -> new Object[] {pulse, resting, hrv == null ? null : hrv.doubleValue(),
                        sleep == null ? null : sleep.doubleValue()});
        Gen<boolean[]> flags = booleans().all().zip(booleans().all(), booleans().all(),
                (a, b, c) -> new boolean[] {a, b, c});
        return integers().between(lowest, highest).zip(subsetOf(signals), subsetOf(emotions), measures,
                (arousal, s, e, m) -> new Object[] {arousal, s, e, m})
                .zip(flags, integers().between(0, 23), (base, f, hour) -> {
                    Object[] m = (Object[]) base[3];
                    @SuppressWarnings("unchecked")
                    Set<String> s = (Set<String>) base[1];
                    @SuppressWarnings("unchecked")
                    Set<String> e = (Set<String>) base[2];
                    return new SuggestionInput((Integer) base[0], s, e, (Integer) m[0], (Integer) m[1], (Double) m[2],
                            (Double) m[3], f[0], f[1], f[2], LocalTime.of(hour, 0));
                });
    }

    @Test
    void everyPossibleCheckInGetsAtLeastOneSuggestionWithAReason() {
        qt().withExamples(3000).forAll(inputs()).check(in -> {
            var s = engine.suggest(in, Map.of());
            return !s.ranked().isEmpty() && s.ranked().stream().allMatch(x -> !x.reason().isBlank());
        });
    }

    @Test
    void shutDownNeverGetsABreathHoldFirst() {
        qt().withExamples(3000).forAll(inputs(-5, -2)).check(in -> {
            var first = engine.suggest(in, Map.of()).ranked().get(0);
            return !facts.get(first.exerciseId()).hasLongHold();
        });
    }

    @Test
    void rankingIsStableForEqualEvidence() {
        qt().withExamples(1000).forAll(inputs(), integers().between(0, 1000)).check((in, seed) -> {
            // Every exercise gets the very same record; the order in which history arrives must not matter.
            var ids = new ArrayList<>(facts.keySet());
            Collections.shuffle(ids, new Random(seed));
            var history = new LinkedHashMap<String, PersonalRecord>();
            for (String id : ids) {
                history.put(id, new PersonalRecord(id, List.of(new int[] {3, 1})));
            }
            var a = engine.suggest(in, history).ranked();
            Collections.reverse(ids);
            var reversed = new LinkedHashMap<String, PersonalRecord>();
            for (String id : ids) {
                reversed.put(id, history.get(id));
            }
            return a.equals(engine.suggest(in, reversed).ranked()) && a.equals(engine.suggest(in, history).ranked());
        });
    }
}
