package coregulate.service.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.service.timeout.TimeOutService.AgreementDraft;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeOutServiceTest {
    @TempDir
    Path dir;

    @Test
    void anAgreementIsInForceOnlyOnceBothConfirmAndEarlierVersionsAreKept() {
        var clock = new FakeClock();
        var couple = CoupleSetup.anaAndSam(dir, clock);
        try (var store = Store.open(dir)) {
            var service = new TimeOutService(new TimeOutRepository(store.database()), clock, UUID.randomUUID(), couple);
            var ana = couple.first().id();
            var sam = couple.second().id();
            var v1 = service.propose(ana, new AgreementDraft("pause", "T", 25, 12, "walk", "tea", "appreciate"));
            assertTrue(service.inForce().isEmpty());
            service.confirm(sam, v1);
            assertEquals(1, service.inForce().orElseThrow().version());
            var v2 = service.propose(sam, new AgreementDraft("pause please", "", 40, 12, "", "", ""));
            assertEquals(1, service.inForce().orElseThrow().version(), "v1 stays in force until both confirm v2");
            service.confirm(ana, v2);
            assertEquals(40, service.inForce().orElseThrow().breakMinutes());
            assertEquals(2, service.agreements().size());

            var t = service.call(ana);
            assertEquals(40, t.breakMinutes());
            assertThrows(IllegalStateException.class, () -> service.call(sam));
            clock.advance(Duration.ofMinutes(41));
            assertEquals(TimeOutPhase.RECONVENING, service.phaseOf(service.active().orElseThrow()));
            t = service.ready(t, ana);
            t = service.ready(t, sam);
            assertEquals(TimeOutPhase.RECONVENED, service.phaseOf(t));
            assertEquals(1, service.promisesKept());
            assertThrows(IllegalArgumentException.class,
                    () -> service.propose(ana, new AgreementDraft("p", "", 10, 12, "", "", "")));
        }
    }

    @Test
    void comingBackOnTheLastWholeSecondStillCountsAsAPromiseKept() {
        // Called at half past a second: the latest return is stored with ".5", the reconvening without a
        // fraction. Compared as text, "...:00Z" sorts after "...:00.500Z", though it is half a second earlier.
        var clock = new FakeClock(java.time.Instant.parse("2026-11-24T18:00:00.500Z"), java.time.ZoneOffset.UTC);
        var couple = CoupleSetup.anaAndSam(dir, clock);
        try (var store = Store.open(dir)) {
            var service = new TimeOutService(new TimeOutRepository(store.database()), clock, UUID.randomUUID(), couple);
            var ana = couple.first().id();
            var sam = couple.second().id();
            var v1 = service.propose(ana, new AgreementDraft("pause", "", 20, 12, "", "", ""));
            service.confirm(sam, v1);
            var t = service.call(ana);
            clock.advance(Duration.ofHours(12).minusMillis(500));
            t = service.ready(t, ana);
            t = service.ready(t, sam);
            assertEquals(TimeOutPhase.RECONVENED, service.phaseOf(t));
            assertEquals(1, service.promisesKept());
        }
    }
}
