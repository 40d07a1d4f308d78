package coregulate.service.insights;

import coregulate.breathing.SessionRating;
import coregulate.domain.checkin.CheckInPoint;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Small victories worth celebrating. Only good news is said: a missed day is never mentioned, so nothing here
 * reads as guilt.
 */
public final class Victories {
    private Victories() {
    }

    public static List<String> find(List<CheckInPoint> recentCheckIns, List<SessionRating> ratings, int promisesKept,
                                    LocalDate today, ZoneId zone) {
        var out = new ArrayList<String>();
        Set<LocalDate> days = recentCheckIns.stream().map(c -> c.at().atZone(zone).toLocalDate())
                .collect(Collectors.toSet());
        int streak = streak(days, today);
        if (streak >= 2) {
            out.add("You've checked in " + streak + " days in a row. Noticing is the first step.");
        }
        var thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long now = daysInWindow(recentCheckIns, thisWeek.minusWeeks(1), zone);
        long before = daysInWindow(recentCheckIns, thisWeek.minusWeeks(2), zone);
        if (now > before && now > 0) {
            out.add("Last week you had " + (now == 1 ? "1 day" : now + " days")
                    + " inside your window of tolerance, more than the week before.");
        }
        if (promisesKept > 0) {
            out.add(promisesKept == 1 ? "You came back together after a time-out, as you promised."
                    : "You've kept your promise to come back together " + promisesKept + " times.");
        }
        ratings.stream().collect(Collectors.groupingBy(SessionRating::exerciseName, java.util.LinkedHashMap::new,
                Collectors.toList())).forEach((name, list) -> {
                    long helped = list.stream().filter(SessionRating::calmer).count();
                    if (list.size() >= 3 && helped * 3 >= list.size() * 2) {
                        out.add(name + " reliably helps you: calmer after " + helped + " of " + list.size() + " times.");
                    }
                });
        return out;
    }

    static int streak(Set<LocalDate> days, LocalDate today) {
        var day = days.contains(today) ? today : today.minusDays(1);
        int count = 0;
        while (days.contains(day)) {
            count++;
            day = day.minusDays(1);
        }
        return count;
    }

    private static long daysInWindow(List<CheckInPoint> checkIns, LocalDate weekStart, ZoneId zone) {
        var byDay = new TreeMap<LocalDate, List<CheckInPoint>>();
        for (var c : checkIns) {
            var d = c.at().atZone(zone).toLocalDate();
            if (!d.isBefore(weekStart) && d.isBefore(weekStart.plusWeeks(1))) {
                byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
            }
        }
        return byDay.values().stream()
                .filter(list -> Math.abs(list.stream().mapToInt(CheckInPoint::arousal).average().orElse(9)) <= 1).count();
    }
}
