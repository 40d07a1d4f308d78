package coregulate.domain.timeout;

import coregulate.domain.RecordMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The couple's time-out plan, written together at a calm time. Each change is a new version; a version is in
 * force only once both partners have confirmed it.
 */
public record TimeOutAgreement(RecordMeta meta, int version, String signalWords, String signalGesture,
                               int breakMinutes, int latestReturnHours, String firstPlan, String secondPlan,
                               String restart, Set<UUID> confirmedBy) {
    public static final int MIN_BREAK_MINUTES = 20;
    public static final int DEFAULT_BREAK_MINUTES = 30;
    public static final int MAX_BREAK_MINUTES = 240;
    public static final int MAX_RETURN_HOURS = 24;
    public static final int TEXT_MAX = 500;

    public TimeOutAgreement {
        confirmedBy = Set.copyOf(confirmedBy);
    }

    public Duration breakLength() {
        return Duration.ofMinutes(breakMinutes);
    }

    public Duration latestReturn() {
        return Duration.ofHours(latestReturnHours);
    }

    public boolean confirmedByBoth(UUID first, UUID second) {
        return confirmedBy.contains(first) && confirmedBy.contains(second);
    }

    /** Everything wrong with the plan, in words for the person writing it; empty when it can be saved. */
    public static List<String> problems(String signalWords, int breakMinutes, int latestReturnHours,
                                        String... texts) {
        var out = new ArrayList<String>();
        if (signalWords == null || signalWords.isBlank()) {
            out.add("Agree on the words of your signal, e.g. \"I'm flooding, I need a pause\".");
        }
        if (breakMinutes < MIN_BREAK_MINUTES) {
            out.add("A break needs at least " + MIN_BREAK_MINUTES + " minutes: that is about how long the body takes "
                    + "to settle, even when you feel calm sooner.");
        } else if (breakMinutes > MAX_BREAK_MINUTES) {
            out.add("Please keep the break to " + MAX_BREAK_MINUTES + " minutes or less; you can always take another.");
        }
        if (latestReturnHours < 1 || latestReturnHours > MAX_RETURN_HOURS) {
            out.add("Agree to come back within 1 to " + MAX_RETURN_HOURS + " hours: longer pauses feel like avoidance.");
        } else if (latestReturnHours * 60 < breakMinutes) {
            out.add("The latest time to come back must be after the break ends.");
        }
        for (String text : texts) {
            if (text != null && text.length() > TEXT_MAX) {
                out.add("Please keep each answer to " + TEXT_MAX + " characters.");
                break;
            }
        }
        return out;
    }
}
