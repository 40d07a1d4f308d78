package coregulate.service.insights;

import java.time.LocalDate;
import java.util.List;

/** The figures of one Insights view (or report), ready to draw and to read aloud. */
public record Insights(String subject, LocalDate from, LocalDate toInclusive, int checkIns, double insideWindowShare,
                       List<DayPoint> arousalByDay, List<WeekShare> windowShareByWeek, List<Count> topCategories,
                       int[] triggersByWeekday, List<WeekTimeOuts> timeOutsByWeek, double reconvenedShare,
                       List<ExerciseChange> exercises, List<Pair> sleepVsArousal, List<Pair> pulseVsArousal,
                       List<String> notes) {

    public record DayPoint(LocalDate day, double averageArousal, int count) {
    }

    public record WeekShare(LocalDate weekStart, double share, int count) {
    }

    public record Count(String label, int count) {
    }

    public record WeekTimeOuts(LocalDate weekStart, int called, int reconvened) {
    }

    /** How many steps closer to calm (0 on the scale) a partner rated themselves after an exercise, on average. */
    public record ExerciseChange(String name, double calmerBy, int rated) {
    }

    public record Pair(double x, double y) {
    }

    public int timeOuts() {
        return timeOutsByWeek.stream().mapToInt(WeekTimeOuts::called).sum();
    }

    /** A plain-words summary for screen readers and for the top of the report. */
    public String summary() {
        if (checkIns == 0 && timeOuts() == 0) {
            return subject + ": nothing recorded from " + from + " to " + toInclusive + " yet.";
        }
        var text = new StringBuilder(subject + ", " + from + " to " + toInclusive + ": " + checkIns + " check-ins");
        if (checkIns > 0) {
            text.append(", ").append(Math.round(insideWindowShare * 100)).append("% inside the window of tolerance");
        }
        if (!topCategories.isEmpty()) {
            text.append(". Most frequent trigger: ").append(topCategories.get(0).label())
                    .append(" (").append(topCategories.get(0).count()).append(")");
        }
        text.append(". Time-outs: ").append(timeOuts());
        if (timeOuts() > 0) {
            text.append(", ").append(Math.round(reconvenedShare * 100)).append("% came back together");
        }
        if (!exercises.isEmpty()) {
            var best = exercises.get(0);
            text.append(". Most helpful exercise: ").append(best.name()).append(String.format(" (on average %.1f steps closer to calm)",
                    best.calmerBy()));
        }
        return text.append('.').toString();
    }
}
