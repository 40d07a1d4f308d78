package coregulate.breathing;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How one exercise has gone for one partner: sessions done, finished, and the change in arousal from before to
 * after (after minus before, on the -5..+5 scale) for each session rated both times, oldest first.
 */
public record ExerciseEffect(String exerciseId, String exerciseName, int sessions, int completed,
                             List<Integer> changes) {
    public ExerciseEffect {
        changes = List.copyOf(changes);
    }

    public OptionalDouble averageChange() {
        return changes.stream().mapToInt(Integer::intValue).average();
    }

    /** Average change in plain words, e.g. "On average you went from rating to 1.5 lower (3 rated sessions)". */
    public String summary() {
        if (changes.isEmpty()) {
            return "No rated sessions yet. Rate how you feel before and after to see what helps you.";
        }
        double avg = averageChange().orElse(0);
        String count = changes.size() == 1 ? "1 rated session" : changes.size() + " rated sessions";
        String amount = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(avg));
        if (Math.abs(avg) < 0.05) {
            return "On average your rating stayed the same (" + count + ").";
        }
        return "On average your rating went " + (avg < 0 ? "down" : "up") + " by " + amount + " (" + count + ").";
    }
}
