package coregulate.service.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import coregulate.app.Store;
import coregulate.domain.Partner;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.Trigger;
import coregulate.exchange.demo.SampleCouple;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.TriggerService;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.Jdbc;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.checkin.TriggerRepository;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.testing.FakeClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Insights read only the few columns their charts use; the figures must be exactly those computed from whole
 * check-ins, for a partner's own view, the other partner seen from outside, and the couple's view.
 */
class InsightsServiceTest {
    @TempDir
    Path dir;

    @Test
    void chartsFromTheNarrowReadEqualThoseFromWholeCheckIns() {
        var clock = new FakeClock();
        try (var store = Store.open(dir.resolve("data"))) {
            var db = store.database();
            var made = new SampleCouple(db, clock, 7).fill(120, 2, 4);
            var maya = made.couple().first();
            var jonas = made.couple().second();
            db.write(c -> Jdbc.update(c, "UPDATE check_in SET note = 'a note' WHERE rowid % 7 = 0"));
            var device = UUID.randomUUID();
            var checkIns = new CheckInService(new CheckInRepository(db), clock, device);
            var triggers = new TriggerService(new TriggerRepository(db), clock, device);
            var timeOuts = new TimeOutService(new TimeOutRepository(db), clock, device, made.couple());
            var sessions = new SessionService(new ExerciseRepository(db), clock, device);
            var service = new InsightsService(checkIns, triggers, timeOuts, sessions, clock);
            var today = LocalDate.now(clock);
            var zone = clock.getZone();
            var start = today.minusDays(89).atStartOfDay(zone).toInstant();
            var end = today.plusDays(1).atStartOfDay(zone).toInstant();

            for (Optional<Partner> subject : List.of(Optional.of(maya), Optional.of(jonas), Optional.<Partner>empty())) {
                List<CheckIn> whole = new ArrayList<>();
                List<Trigger> logged = new ArrayList<>();
                String name;
                if (subject.isPresent()) {
                    name = subject.get().name();
                    whole.addAll(checkIns.between(subject.get().id(), maya.id(), start, end));
                    logged.addAll(triggers.between(subject.get().id(), maya.id(), start, end));
                } else {
                    name = maya.name() + " & " + jonas.name();
                    for (var p : made.couple().partners()) {
                        checkIns.between(p.id(), maya.id(), start, end).stream()
                                .filter(x -> x.meta().visibility() == Visibility.SHARED).forEach(whole::add);
                        triggers.between(p.id(), maya.id(), start, end).stream()
                                .filter(x -> x.meta().visibility() == Visibility.SHARED).forEach(logged::add);
                    }
                    whole.sort(Comparator.comparing(CheckIn::at));
                }
                var own = subject.isPresent() && subject.get().id().equals(maya.id())
                        ? sessions.sessions(maya.id()).stream()
                                .filter(x -> !x.startedAt().isBefore(start) && x.startedAt().isBefore(end)).toList()
                        : List.<coregulate.breathing.ExerciseSession>of();
                var expected = InsightsCalculator.compute(name, today.minusDays(89), today, zone,
                        whole.stream().map(coregulate.domain.checkin.CheckInPoint::of).toList(), logged,
                        timeOuts.between(start, end), own, clock.instant());

                var scope = new InsightsService.Scope(made.couple(), maya.id(), subject, today.minusDays(89), today);
                var actual = service.compute(scope);
                String who = subject.map(Partner::name).orElse("couple");
                assertFalse(expected.arousalByDay().isEmpty(), who);
                assertEquals(expected.subject(), actual.subject(), who);
                assertEquals(expected.checkIns(), actual.checkIns(), who);
                assertEquals(expected.insideWindowShare(), actual.insideWindowShare(), who);
                assertEquals(expected.arousalByDay(), actual.arousalByDay(), who);
                assertEquals(expected.windowShareByWeek(), actual.windowShareByWeek(), who);
                assertEquals(expected.topCategories(), actual.topCategories(), who);
                assertArrayEquals(expected.triggersByWeekday(), actual.triggersByWeekday(), who);
                assertEquals(expected.timeOutsByWeek(), actual.timeOutsByWeek(), who);
                assertEquals(expected.reconvenedShare(), actual.reconvenedShare(), who);
                assertEquals(expected.exercises(), actual.exercises(), who);
                assertEquals(expected.sleepVsArousal(), actual.sleepVsArousal(), who);
                assertEquals(expected.pulseVsArousal(), actual.pulseVsArousal(), who);
                assertEquals(expected.notes(), actual.notes(), who);
                assertEquals(expected.summary(), actual.summary(), who);

                // Each chart asked for on its own is the same as in the whole.
                assertEquals(actual.arousalByDay(), service.arousalByDay(scope), who);
                assertEquals(actual.windowShareByWeek(), service.windowShareByWeek(scope), who);
                assertEquals(actual.topCategories(), service.topCategories(scope), who);
                assertArrayEquals(actual.triggersByWeekday(), service.triggersByWeekday(scope), who);
                assertEquals(actual.timeOutsByWeek(), service.timeOutsByWeek(scope).weeks(), who);
                assertEquals(actual.exercises(), service.exercises(scope), who);
                assertEquals(actual.sleepVsArousal(), service.sleepVsArousal(scope), who);
            }
        }
    }
}
