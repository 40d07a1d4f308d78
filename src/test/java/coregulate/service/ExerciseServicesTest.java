package coregulate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.breathing.BreathingPattern;
import coregulate.breathing.ExerciseLibrary;
import coregulate.breathing.ExerciseSession;
import coregulate.domain.Couple;
import coregulate.service.ExerciseService.InvalidPatternException;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.storage.settings.SettingsRepository;
import coregulate.testing.ExerciseFixtures;
import coregulate.testing.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseServicesTest {
    @TempDir
    Path dir;
    final FakeClock clock = new FakeClock();
    final UUID device = UUID.randomUUID();
    Couple couple;

    @BeforeEach
    void couple() {
        couple = ExerciseFixtures.coupleIn(dir, clock);
    }

    private ExerciseService exercises(Store store) {
        return new ExerciseService(ExerciseLibrary.bundled(), new ExerciseRepository(store.database()),
                new SettingsService(new SettingsRepository(store.database()), clock), clock, device);
    }

    @Test
    void sessionsAreStoredWithRatingsAndSummedUpPerExercise() {
        UUID ana = couple.first().id();
        UUID sam = couple.second().id();
        try (var store = Store.open(dir)) {
            var sessions = new SessionService(new ExerciseRepository(store.database()), clock, device);
            var box = ExerciseLibrary.bundled().byId("box-breathing").orElseThrow();
            var walk = ExerciseLibrary.bundled().byId("brisk-walk").orElseThrow();
            sessions.record(new SessionService.Draft(ana, null, box, clock.instant(), 240, true, 4, 1, 3.75));
            clock.advance(Duration.ofHours(1));
            sessions.record(new SessionService.Draft(ana, null, box, clock.instant(), 60, false, 3, 2, 3.75));
            sessions.record(new SessionService.Draft(ana, sam, walk, clock.instant(), 600, true, null, null, null));
        }
        try (var store = Store.open(dir)) {
            var sessions = new SessionService(new ExerciseRepository(store.database()), clock, device);
            var stored = sessions.sessions(ana);
            assertEquals(3, stored.size());
            ExerciseSession first = stored.get(0);
            assertEquals("box-breathing", first.exerciseId());
            assertEquals(4, first.beforeLevel());
            assertEquals(1, first.afterLevel());
            assertTrue(first.completed());
            assertFalse(stored.get(1).completed(), "stopped early is remembered");
            var history = sessions.history(ana);
            var boxEffect = history.stream().filter(e -> e.exerciseId().equals("box-breathing")).findFirst().orElseThrow();
            assertEquals(2, boxEffect.sessions());
            assertEquals(1, boxEffect.completed());
            assertEquals(-2.0, boxEffect.averageChange().orElseThrow(), 1e-9);
            assertEquals("On average your rating went down by 2.0 (2 rated sessions).", boxEffect.summary());
            var samSessions = sessions.sessions(sam);
            assertEquals(1, samSessions.size(), "breathing together gives the other partner a row too");
            assertEquals(ana, samSessions.get(0).togetherWith());
        }
    }

    @Test
    void ownPatternsAreValidatedStoredEditedAndDeleted() {
        UUID ana = couple.first().id();
        try (var store = Store.open(dir)) {
            var service = exercises(store);
            var bad = assertThrows(InvalidPatternException.class, () -> service.savePattern(ana, null, " ",
                    new BreathingPattern(0, 0, 0, -2, 0, 10, null)));
            assertTrue(bad.problems().containsKey("name"));
            assertTrue(bad.problems().get("inhale").contains("more than zero"));
            assertTrue(bad.problems().get("exhale").contains("more than zero"));
            assertTrue(service.ownPatterns(ana).isEmpty(), "nothing stored for a bad pattern");

            var saved = service.savePattern(ana, null, "Evening wind-down", new BreathingPattern(4.25, 0, 0, 6.5, 0, 20, null));
            var asExercise = service.find(saved.exerciseId()).orElseThrow();
            assertTrue(asExercise.hasPacer());
            assertEquals("Evening wind-down", asExercise.name());
            assertTrue(service.exercisesFor(ana).contains(asExercise));
            assertFalse(service.exercisesFor(couple.second().id()).contains(asExercise), "own patterns are per partner");

            service.savePattern(ana, saved.meta().id(), "Evening", new BreathingPattern(4, 0, 2, 6, 0, null, 3.0));
            assertEquals(1, service.ownPatterns(ana).size());
            assertEquals(2, service.ownPatterns(ana).get(0).pattern().holdIn());
            service.setFavourite(ana, saved.exerciseId(), true);
            assertEquals(saved.exerciseId(), service.breatheNowChoice(ana).id(), "a favourite own pattern is used");
            service.deletePattern(ana, saved.meta().id());
            assertTrue(service.ownPatterns(ana).isEmpty());
            assertEquals("resonance-breathing", service.breatheNowChoice(ana).id());
        }
    }

    @Test
    void paceIsRememberedPerPartnerAndKeptWithinSafeBounds() {
        UUID ana = couple.first().id();
        UUID sam = couple.second().id();
        try (var store = Store.open(dir)) {
            var service = exercises(store);
            var resonance = service.find("resonance-breathing").orElseThrow();
            var e = assertThrows(IllegalArgumentException.class, () -> service.setPace(ana, resonance, 9));
            assertEquals("Choose a pace from 4.5 to 7 breaths a minute.", e.getMessage());
            service.setPace(ana, resonance, 4.5);
            assertEquals(4.5, service.pace(ana, resonance), 1e-9);
            assertEquals(60 / 11.0, service.pace(sam, resonance), 1e-9, "Sam keeps the exercise's own pace");
            assertFalse(service.preferences(ana).sound(), "sound is off by default");
        }
    }
}
