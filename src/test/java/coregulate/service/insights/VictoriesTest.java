package coregulate.service.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.breathing.SessionRating;
import coregulate.domain.checkin.CheckInPoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Today celebrates, from the few columns it reads: only good news, never a missed day. */
class VictoriesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26); // a Thursday

    private static CheckInPoint at(LocalDate day, int hour, int arousal) {
        return new CheckInPoint(day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant(), arousal, null, null, null);
    }

    @Test
    void countsTheDaysInARowUpToTodayInTheLocalZone() {
        // 23:30 local time is already the next day in UTC; the streak follows the partner's own calendar.
        var points = List.of(at(TODAY, 8, 0), at(TODAY.minusDays(1), 23, 1), at(TODAY.minusDays(2), 7, -1),
                at(TODAY.minusDays(4), 9, 4));
        var found = Victories.find(points, List.of(), 0, TODAY, ZONE);
        assertEquals(List.of("You've checked in 3 days in a row. Noticing is the first step."), found);
    }

    @Test
    void aWeekWithMoreDaysInsideTheWindowThanTheOneBeforeIsCelebratedAndAWorseOneIsNotMentioned() {
        var lastMonday = LocalDate.of(2026, 11, 16);
        var points = new ArrayList<CheckInPoint>();
        for (int d = 0; d < 4; d++) {
            points.add(at(lastMonday.plusDays(d), 9, d == 0 ? 1 : 0));
        }
        points.add(at(lastMonday.minusDays(7), 9, 0));
        points.add(at(lastMonday.minusDays(6), 9, 4));
        assertTrue(Victories.find(points, List.of(), 0, TODAY, ZONE).contains(
                "Last week you had 4 days inside your window of tolerance, more than the week before."));

        var worse = List.of(at(lastMonday, 9, 4), at(lastMonday.minusDays(7), 9, 0));
        assertEquals(List.of(), Victories.find(worse, List.of(), 0, TODAY, ZONE));

        var one = List.of(at(lastMonday, 9, 0));
        assertEquals(List.of("Last week you had 1 day inside your window of tolerance, more than the week before."),
                Victories.find(one, List.of(), 0, TODAY, ZONE));
    }

    @Test
    void anExerciseThatHelpedTwoTimesInThreeIsNamedWithItsCount() {
        var ratings = List.of(new SessionRating("box", "Box breathing", 4, 2), new SessionRating("box", "Box breathing", 3, 1),
                new SessionRating("box", "Box breathing", 2, 2), new SessionRating("478", "4-7-8 breathing", 3, 0));
        var found = Victories.find(List.of(), ratings, 2, TODAY, ZONE);
        assertEquals(List.of("You've kept your promise to come back together 2 times.",
                "Box breathing reliably helps you: calmer after 2 of 3 times."), found);
    }
}
