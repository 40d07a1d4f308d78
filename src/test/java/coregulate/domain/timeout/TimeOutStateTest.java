package coregulate.domain.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.domain.RecordMeta;
import coregulate.testing.FakeClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOutStateTest {
    private final FakeClock clock = new FakeClock();
    private final UUID ana = UUID.randomUUID();
    private final UUID sam = UUID.randomUUID();

    private TimeOut called() {
        return TimeOut.call(RecordMeta.create(ana, UUID.randomUUID(), clock.instant()), ana, clock.instant(), 30,
                Duration.ofHours(24), null);
    }

    @Test
    void calledThenRunningThenReconveningThenReconvened() {
        var t = called();
        assertEquals(TimeOutPhase.CALLED, t.phaseAt(clock.instant()));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(TimeOutPhase.RUNNING, t.phaseAt(clock.instant()));
        clock.advance(Duration.ofMinutes(30).minusSeconds(11));
        assertEquals(TimeOutPhase.RUNNING, t.phaseAt(clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(TimeOutPhase.RECONVENING, t.phaseAt(clock.instant()));
        t = t.acknowledge(sam, clock.instant()).markReady(ana, sam, clock.instant());
        assertEquals(TimeOutPhase.RECONVENING, t.phaseAt(clock.instant()), "one partner ready is not yet together");
        t = t.markReady(sam, ana, clock.instant());
        assertEquals(TimeOutPhase.RECONVENED, t.phaseAt(clock.instant()));
        assertTrue(t.promiseKept());
        assertEquals(sam, t.acknowledgedBy());
        t = t.recordOutcome(4, "we listened", clock.instant());
        assertEquals(4, t.outcome());
    }

    @Test
    void aMistakenCallCanBeTakenBackOnlyAtFirst() {
        var t = called();
        clock.advance(Duration.ofSeconds(5));
        assertEquals(TimeOutPhase.CANCELLED, t.cancel(clock.instant()).phaseAt(clock.instant()));
        clock.advance(Duration.ofSeconds(6));
        assertThrows(IllegalStateException.class, () -> t.cancel(clock.instant()));
    }

    @Test
    void extraTimeStaysWithinTheLatestReturn() {
        var t = called();
        clock.advance(Duration.ofMinutes(31));
        t = t.extend(15, clock.instant());
        assertEquals(TimeOutPhase.RUNNING, t.phaseAt(clock.instant()));
        clock.advance(Duration.ofMinutes(15));
        assertEquals(TimeOutPhase.RECONVENING, t.phaseAt(clock.instant()));
        var late = t;
        assertThrows(IllegalArgumentException.class, () -> late.extend(24 * 60, clock.instant()));
        assertThrows(IllegalArgumentException.class, () -> late.extend(0, clock.instant()));
    }

    @Test
    void notBackByTheLatestTimeIsMissedWithoutBlame() {
        var t = called();
        clock.advance(Duration.ofHours(24));
        assertEquals(TimeOutPhase.MISSED, t.phaseAt(clock.instant()));
        assertFalse(t.promiseKept());
        assertThrows(IllegalStateException.class, () -> t.markReady(ana, sam, clock.instant()));
        assertThrows(IllegalStateException.class, () -> t.recordOutcome(3, "", clock.instant()));
    }

    @Test
    void agreementRulesExplainThemselves() {
        assertTrue(TimeOutAgreement.problems("pause", 30, 24).isEmpty());
        assertTrue(TimeOutAgreement.problems("pause", 15, 24).get(0).contains("at least 20 minutes"));
        assertTrue(TimeOutAgreement.problems("pause", 30, 25).get(0).contains("1 to 24 hours"));
        assertTrue(TimeOutAgreement.problems(" ", 30, 2).get(0).contains("signal"));
        assertTrue(TimeOutAgreement.problems("pause", 30, 2, "x".repeat(600)).get(0).contains("500"));
    }
}
