package coregulate.service.insights;

import coregulate.breathing.ExerciseSession;
import coregulate.domain.checkin.CheckInPoint;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.timeout.TimeOut;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.service.insights.Insights.Count;
import coregulate.service.insights.Insights.DayPoint;
import coregulate.service.insights.Insights.ExerciseChange;
import coregulate.service.insights.Insights.Pair;
import coregulate.service.insights.Insights.WeekShare;
import coregulate.service.insights.Insights.WeekTimeOuts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns entries into figures, one chart at a time. Pure: the same entries always give the same insights.
 * Check-ins come in as {@link CheckInPoint}s, the few columns the charts use.
 */
public final class InsightsCalculator {
    private InsightsCalculator() {
    }

    /** Every chart at once. */
    public static Insights compute(String subject, LocalDate from, LocalDate toInclusive, ZoneId zone,
                                   List<CheckInPoint> checkIns, List<Trigger> triggers, List<TimeOut> timeOuts,
                                   List<ExerciseSession> sessions, Instant now) {
        var timeOutWeeks = timeOutsByWeek(timeOuts, zone, now);
        var notes = checkIns.stream().filter(c -> !c.note().isBlank())
                .map(c -> c.at().atZone(zone).toLocalDate() + ": " + c.note()).toList();
        return new Insights(subject, from, toInclusive, checkIns.size(), share(checkIns), arousalByDay(checkIns, zone),
                windowShareByWeek(checkIns, zone), topCategories(triggers), triggersByWeekday(triggers, zone),
                timeOutWeeks.weeks(), timeOutWeeks.reconvenedShare(), exercises(sessions), sleepVsArousal(checkIns),
                pulseVsArousal(checkIns), notes);
    }

    /** The arousal chart: the average level of each day that has check-ins, oldest first. */
    public static List<DayPoint> arousalByDay(List<CheckInPoint> checkIns, ZoneId zone) {
        var days = new TreeMap<LocalDate, int[]>();
        for (var c : checkIns) {
            var sumAndCount = days.computeIfAbsent(c.at().atZone(zone).toLocalDate(), d -> new int[2]);
            sumAndCount[0] += c.arousal();
            sumAndCount[1]++;
        }
        var out = new ArrayList<DayPoint>(days.size());
        days.forEach((day, s) -> out.add(new DayPoint(day, (double) s[0] / s[1], s[1])));
        return out;
    }

    /** The window chart: the share of check-ins inside the window of tolerance, per week (from Monday). */
    public static List<WeekShare> windowShareByWeek(List<CheckInPoint> checkIns, ZoneId zone) {
        var weeks = new TreeMap<LocalDate, int[]>();
        for (var c : checkIns) {
            var insideAndCount = weeks.computeIfAbsent(weekStart(c.at(), zone), d -> new int[2]);
            if (c.insideWindow()) {
                insideAndCount[0]++;
            }
            insideAndCount[1]++;
        }
        var out = new ArrayList<WeekShare>(weeks.size());
        weeks.forEach((week, s) -> out.add(new WeekShare(week, (double) s[0] / s[1], s[1])));
        return out;
    }

    /** The categories chart: the six most frequent trigger categories, then by name. */
    public static List<Count> topCategories(List<Trigger> triggers) {
        Map<String, Long> categories = triggers.stream().collect(Collectors.groupingBy(Trigger::categoryLabel,
                Collectors.counting()));
        return categories.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(6).map(e -> new Count(e.getKey(), e.getValue().intValue())).toList();
    }

    /** The weekday chart: triggers on each day of the week, Monday first. */
    public static int[] triggersByWeekday(List<Trigger> triggers, ZoneId zone) {
        int[] weekdays = new int[7];
        for (var t : triggers) {
            weekdays[t.at().atZone(zone).getDayOfWeek().getValue() - 1]++;
        }
        return weekdays;
    }

    /** The time-out chart's weeks, and the share of finished time-outs that came back together. */
    public record TimeOutWeeks(List<WeekTimeOuts> weeks, double reconvenedShare) {
    }

    /** The time-out chart: time-outs called (not cancelled) per week, and how many came back together. */
    public static TimeOutWeeks timeOutsByWeek(List<TimeOut> timeOuts, ZoneId zone, Instant now) {
        var weeks = new TreeMap<LocalDate, int[]>();
        int finished = 0;
        int reconvened = 0;
        for (var t : timeOuts) {
            var phase = t.phaseAt(now);
            if (phase == TimeOutPhase.CANCELLED) {
                continue;
            }
            var counts = weeks.computeIfAbsent(weekStart(t.calledAt(), zone), d -> new int[2]);
            counts[0]++;
            if (phase == TimeOutPhase.RECONVENED) {
                counts[1]++;
                reconvened++;
            }
            if (!phase.isActive()) {
                finished++;
            }
        }
        var series = weeks.entrySet().stream()
                .map(e -> new WeekTimeOuts(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new TimeOutWeeks(series, finished == 0 ? 0 : (double) reconvened / finished);
    }

    /** The exercises chart: how many steps closer to calm each rated exercise left its partner, best first. */
    public static List<ExerciseChange> exercises(List<ExerciseSession> sessions) {
        return sessions.stream().filter(s -> s.beforeLevel() != null && s.afterLevel() != null)
                .collect(Collectors.groupingBy(ExerciseSession::exerciseName)).entrySet().stream()
                .map(e -> new ExerciseChange(e.getKey(), e.getValue().stream()
                        .mapToInt(s -> Math.abs(s.beforeLevel()) - Math.abs(s.afterLevel())).average().orElse(0),
                        e.getValue().size()))
                .sorted(Comparator.comparingDouble(ExerciseChange::calmerBy).reversed()
                        .thenComparing(ExerciseChange::name))
                .toList();
    }

    /** The sleep chart: hours slept against arousal, for check-ins that record sleep. */
    public static List<Pair> sleepVsArousal(List<CheckInPoint> checkIns) {
        return checkIns.stream().filter(c -> c.sleepHours() != null)
                .map(c -> new Pair(c.sleepHours(), c.arousal())).toList();
    }

    /** Pulse against arousal (in the report), for check-ins that record a pulse. */
    public static List<Pair> pulseVsArousal(List<CheckInPoint> checkIns) {
        return checkIns.stream().filter(c -> c.pulse() != null).map(c -> new Pair(c.pulse(), c.arousal())).toList();
    }

    private static double share(List<CheckInPoint> list) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(CheckInPoint::insideWindow).count() / list.size();
    }

    static LocalDate weekStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
