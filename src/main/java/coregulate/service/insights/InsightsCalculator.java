package coregulate.service.insights;

import coregulate.breathing.ExerciseSession;
import coregulate.domain.checkin.CheckIn;
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

/** Turns entries into figures. Pure: the same entries always give the same insights. */
public final class InsightsCalculator {
    private InsightsCalculator() {
    }

    public static Insights compute(String subject, LocalDate from, LocalDate toInclusive, ZoneId zone,
                                   List<CheckIn> checkIns, List<Trigger> triggers, List<TimeOut> timeOuts,
                                   List<ExerciseSession> sessions, Instant now) {
        var byDay = new TreeMap<LocalDate, List<CheckIn>>();
        for (var c : checkIns) {
            byDay.computeIfAbsent(c.at().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(c);
        }
        var days = byDay.entrySet().stream().map(e -> new DayPoint(e.getKey(),
                e.getValue().stream().mapToInt(CheckIn::arousal).average().orElse(0), e.getValue().size())).toList();
        var byWeek = new TreeMap<LocalDate, List<CheckIn>>();
        for (var c : checkIns) {
            byWeek.computeIfAbsent(weekStart(c.at(), zone), d -> new ArrayList<>()).add(c);
        }
        var weekShares = byWeek.entrySet().stream().map(e -> new WeekShare(e.getKey(),
                share(e.getValue()), e.getValue().size())).toList();

        Map<String, Long> categories = triggers.stream().collect(Collectors.groupingBy(Trigger::categoryLabel,
                Collectors.counting()));
        var top = categories.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(6).map(e -> new Count(e.getKey(), e.getValue().intValue())).toList();
        int[] weekdays = new int[7];
        for (var t : triggers) {
            weekdays[t.at().atZone(zone).getDayOfWeek().getValue() - 1]++;
        }

        var timeOutWeeks = new TreeMap<LocalDate, int[]>();
        int finished = 0;
        int reconvened = 0;
        for (var t : timeOuts) {
            var phase = t.phaseAt(now);
            if (phase == TimeOutPhase.CANCELLED) {
                continue;
            }
            var counts = timeOutWeeks.computeIfAbsent(weekStart(t.calledAt(), zone), d -> new int[2]);
            counts[0]++;
            if (phase == TimeOutPhase.RECONVENED) {
                counts[1]++;
                reconvened++;
            }
            if (!phase.isActive()) {
                finished++;
            }
        }
        var timeOutSeries = timeOutWeeks.entrySet().stream()
                .map(e -> new WeekTimeOuts(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        var exercises = sessions.stream().filter(s -> s.beforeLevel() != null && s.afterLevel() != null)
                .collect(Collectors.groupingBy(ExerciseSession::exerciseName)).entrySet().stream()
                .map(e -> new ExerciseChange(e.getKey(), e.getValue().stream()
                        .mapToInt(s -> Math.abs(s.beforeLevel()) - Math.abs(s.afterLevel())).average().orElse(0),
                        e.getValue().size()))
                .sorted(Comparator.comparingDouble(ExerciseChange::calmerBy).reversed()
                        .thenComparing(ExerciseChange::name))
                .toList();

        var sleep = checkIns.stream().filter(c -> c.sleepHours() != null)
                .map(c -> new Pair(c.sleepHours(), c.arousal())).toList();
        var pulse = checkIns.stream().filter(c -> c.pulse() != null).map(c -> new Pair(c.pulse(), c.arousal())).toList();
        var notes = checkIns.stream().filter(c -> !c.note().isBlank())
                .map(c -> c.at().atZone(zone).toLocalDate() + ": " + c.note()).toList();
        return new Insights(subject, from, toInclusive, checkIns.size(), share(checkIns), days, weekShares, top,
                weekdays, timeOutSeries, finished == 0 ? 0 : (double) reconvened / finished, exercises, sleep, pulse,
                notes);
    }

    private static double share(List<CheckIn> list) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(CheckIn::insideWindow).count() / list.size();
    }

    static LocalDate weekStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
