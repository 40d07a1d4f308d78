package coregulate.rules;

import coregulate.domain.ArousalState;
import coregulate.rules.Suggestions.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks exercises for a partner now: the catalogue's order is the default, rules add weight and rule some
 * out (ruling out wins over favouring), and the partner's own ratings move exercises up or down.
 */
public final class SuggestionEngine {
    public static final int HOW_MANY = 3;
    /** Points for suiting the partner's state at all; rule weights come on top. */
    private static final double SUITS_STATE = 1.0;
    /** How much one step of shrunk improvement counts against a rule weight. */
    private static final double PERSONAL_WEIGHT = 1.5;

    private final RuleBook rules;
    private final List<ExerciseFacts> catalogue;

    public SuggestionEngine(RuleBook rules, List<ExerciseFacts> catalogue) {
        this.rules = rules;
        this.catalogue = List.copyOf(catalogue);
    }

    public Suggestions suggest(SuggestionInput in, Map<String, PersonalRecord> history) {
        var state = in.state();
        var score = new LinkedHashMap<String, Double>();
        var reasons = new HashMap<String, String>();
        var reasonWeight = new HashMap<String, Double>();
        var excluded = new HashSet<String>();
        Optional<String> reminder = Optional.empty();
        for (var e : catalogue) {
            if (e.suits().contains(state)) {
                score.put(e.id(), SUITS_STATE);
            }
            // Long holds are never a first step out of shutdown, whatever the rules file says.
            if (state == ArousalState.SHUT_DOWN && e.hasLongHold()) {
                excluded.add(e.id());
            }
        }
        for (var rule : rules.rules()) {
            if (!rule.when().holds(in)) {
                continue;
            }
            excluded.addAll(rule.exclude());
            rule.favour().forEach((id, weight) -> {
                score.merge(id, weight, Double::sum);
                if (weight > reasonWeight.getOrDefault(id, 0.0)) {
                    reasonWeight.put(id, weight);
                    reasons.put(id, rule.reasonFor(in));
                }
            });
            if (rule.timeOutReminder() && !in.timeOutRunning()) {
                reminder = Optional.of("Your body may be flooded. This is a good moment for a time-out: about "
                        + "20 minutes apart, soothing rather than replaying the argument, then come back.");
            }
        }
        var byId = new HashMap<String, ExerciseFacts>();
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < catalogue.size(); i++) {
            byId.put(catalogue.get(i).id(), catalogue.get(i));
            order.put(catalogue.get(i).id(), i);
        }
        var ranked = new ArrayList<Suggestion>();
        for (var entry : score.entrySet()) {
            var facts = byId.get(entry.getKey());
            if (facts == null || excluded.contains(entry.getKey())) {
                continue;
            }
            var record = Optional.ofNullable(history.get(entry.getKey())).filter(r -> r.rated() > 0);
            double total = entry.getValue() + record.map(r -> r.shrunkImprovement() * PERSONAL_WEIGHT).orElse(0.0);
            String reason = reasons.getOrDefault(entry.getKey(), defaultReason(state));
            ranked.add(new Suggestion(facts.id(), facts.name(), reason, record.map(PersonalRecord::evidence), total));
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> order.getOrDefault(s.exerciseId(), Integer.MAX_VALUE))
                .thenComparing(Suggestion::exerciseId));
        if (ranked.isEmpty()) {
            ranked.add(fallback(state, byId));
        }
        boolean crisis = in.feelsUnsafe() || Math.abs(in.arousal()) == ArousalState.MAX_LEVEL && in.hasNote();
        return new Suggestions(crisis, reminder, ranked.subList(0, Math.min(HOW_MANY, ranked.size())));
    }

    private static String defaultReason(ArousalState state) {
        return switch (state) {
            case ACTIVATED -> "It helps an activated body slow down.";
            case SHUT_DOWN -> "It gently brings a shut-down body back online.";
            case REGULATED -> "A calm moment is the best time to practise.";
        };
    }

    /** Never an empty screen: if every option was ruled out, one gentle step that suits every state. */
    private static Suggestion fallback(ArousalState state, Map<String, ExerciseFacts> byId) {
        String id = state == ArousalState.SHUT_DOWN ? "orienting" : "extended-exhale";
        var facts = byId.get(id);
        String name = facts == null ? "Slow breathing" : facts.name();
        return new Suggestion(facts == null ? id : facts.id(), name,
                "Nothing else fitted just now, so here is one gentle step.", Optional.empty(), 0);
    }
}
