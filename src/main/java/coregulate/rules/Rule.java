package coregulate.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One rule from rules.json: when its conditions all hold, it favours some exercises (with weights), rules
 * others out, and gives a reason in plain words. Placeholders {arousal} and {pulse} are filled in.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Rule(String id, Conditions when, Map<String, Double> favour, List<String> exclude, String reason,
                   boolean timeOutReminder, String describe) {
    public Rule {
        favour = favour == null ? Map.of() : Map.copyOf(favour);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Conditions; every one given must hold. Unknown keys are an error that names the rule. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Conditions(Integer arousalAtLeast, Integer arousalAtMost, Integer pulseAtLeast,
                             Integer pulseOverRestingPercent, Double hrvBelow, Double sleepBelow,
                             List<String> signalsAny, List<String> emotionsAny, Boolean timeOutRunning,
                             Integer hourFrom, Integer hourTo) {
        boolean holds(SuggestionInput in) {
            if (arousalAtLeast != null && in.arousal() < arousalAtLeast) {
                return false;
            }
            if (arousalAtMost != null && in.arousal() > arousalAtMost) {
                return false;
            }
            if (pulseAtLeast != null && (in.pulse() == null || in.pulse() < pulseAtLeast)) {
                return false;
            }
            if (pulseOverRestingPercent != null && (in.pulse() == null || in.restingPulse() == null
                    || in.pulse() < in.restingPulse() * (1 + pulseOverRestingPercent / 100.0))) {
                return false;
            }
            if (hrvBelow != null && (in.hrvMs() == null || in.hrvMs() >= hrvBelow)) {
                return false;
            }
            if (sleepBelow != null && (in.sleepHours() == null || in.sleepHours() >= sleepBelow)) {
                return false;
            }
            if (signalsAny != null && signalsAny.stream().noneMatch(in.signals()::contains)) {
                return false;
            }
            if (emotionsAny != null && emotionsAny.stream().noneMatch(in.emotions()::contains)) {
                return false;
            }
            if (timeOutRunning != null && timeOutRunning != in.timeOutRunning()) {
                return false;
            }
            if (hourFrom != null && hourTo != null) {
                int h = in.timeOfDay().getHour();
                boolean inside = hourFrom <= hourTo ? h >= hourFrom && h < hourTo : h >= hourFrom || h < hourTo;
                return inside;
            }
            return true;
        }
    }

    String reasonFor(SuggestionInput in) {
        return reason.replace("{arousal}", (in.arousal() > 0 ? "+" : "") + in.arousal())
                .replace("{pulse}", in.pulse() == null ? "" : String.valueOf(in.pulse()));
    }
}
