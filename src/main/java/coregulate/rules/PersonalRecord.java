package coregulate.rules;

import java.util.List;

/**
 * A partner's before/after ratings for one exercise. "Helped" means they rated themselves closer to calm (0)
 * afterwards. The estimate is a shrunk mean: each rating pulls the default by a little, so two lucky sessions
 * do not outrank what many have shown.
 */
public record PersonalRecord(String exerciseId, List<int[]> beforeAfter) {
    static final double PRIOR_WEIGHT = 3;

    public PersonalRecord {
        beforeAfter = List.copyOf(beforeAfter);
    }

    public int rated() {
        return beforeAfter.size();
    }

    public long helped() {
        return beforeAfter.stream().filter(p -> Math.abs(p[1]) < Math.abs(p[0])).count();
    }

    /** Average steps closer to calm, shrunk toward zero by a prior worth three sessions. */
    public double shrunkImprovement() {
        double sum = beforeAfter.stream().mapToDouble(p -> Math.abs(p[0]) - Math.abs(p[1])).sum();
        return sum / (beforeAfter.size() + PRIOR_WEIGHT);
    }

    public String evidence() {
        return "helped you " + helped() + " of " + rated() + " times";
    }
}
