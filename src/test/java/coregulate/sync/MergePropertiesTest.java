package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergePropertiesTest {
    private static MergeState of(List<SyncEvent> events) {
        MergeState m = new MergeState();
        m.addAll(events);
        return m;
    }

    @Test
    void importingTheSameEventsTwiceChangesNothing() {
        qt().forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<SyncEvent> events = SyncFixtures.events(seed, n);
            MergeState once = of(events);
            MergeState twice = of(events);
            twice.addAll(events);
            assertEquals(once.view(), twice.view());
            assertEquals(once.size(), twice.size());
        });
    }

    @Test
    void anyDeliveryOrderGivesTheSameView() {
        qt().forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<SyncEvent> events = SyncFixtures.events(seed, n);
            List<SyncEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
            assertEquals(of(events).view(), of(shuffled).view());
        });
    }

    @Test
    void mergeIsCommutativeAndAssociative() {
        qt().forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<SyncEvent> all = SyncFixtures.events(seed, n);
            Random r = new Random(seed);
            List<List<SyncEvent>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (SyncEvent e : all) {
                parts.get(r.nextInt(3)).add(e); // some events also land in a second part: duplicate delivery
                if (r.nextInt(5) == 0) {
                    parts.get(r.nextInt(3)).add(e);
                }
            }
            MergeState a = of(parts.get(0));
            MergeState b = of(parts.get(1));
            MergeState c = of(parts.get(2));
            assertEquals(a.merge(b).view(), b.merge(a).view());
            assertEquals(a.merge(b).merge(c).view(), a.merge(b.merge(c)).view());
            assertEquals(of(all).view(), a.merge(b).merge(c).view());
        });
    }

    @Test
    void theNewestWithdrawalWinsAndStaleRedeliveryCannotResurrect() {
        qt().forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, n) -> {
            List<SyncEvent> events = new ArrayList<>(SyncFixtures.events(seed, n));
            SyncEvent target = events.get(0);
            SyncEvent tombstone = new SyncEvent("devZ:1:1", SyncEventType.WITHDRAW, target.entityKind(),
                    target.entityId(), target.partnerId(), "devZ",
                    new HlcStamp(1_700_000_000_000L + 10 * SyncFixtures.DAY, 0, "devZ"), "{}");
            MergeState m = of(events);
            m.addAll(List.of(tombstone));
            m.addAll(events); // stale re-delivery, e.g. from an old conflict copy or restored backup
            String key = target.entityKind() + "/" + target.entityId();
            assertEquals(tombstone, m.view().get(key));
            assertEquals(false, m.live().containsKey(key));
        });
    }

    @Test
    void aClockDaysBehindStillOrdersLaterChangesAfterWhatItReceived() {
        qt().forAll(integers().between(1, 30), integers().between(0, 1000)).checkAssert((days, ctr) -> {
            long partnerWall = 1_700_000_000_000L + days * SyncFixtures.DAY;
            var behind = new HybridLogicalClock(java.time.Clock.fixed(java.time.Instant.ofEpochMilli(1_700_000_000_000L),
                    java.time.ZoneOffset.UTC), "devB", 0, 0);
            HlcStamp received = new HlcStamp(partnerWall, ctr, "devA");
            behind.receive(received);
            HlcStamp next = behind.send();
            assertEquals(1, Integer.signum(next.compareTo(received)));
        });
    }

    @Test
    void aForkedEidIsReportedAndResolvedTheSameWayInEitherOrder() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SyncEvent e = SyncFixtures.events(seed, 1).get(0);
            SyncEvent fork = new SyncEvent(e.eid(), e.type(), e.entityKind(), e.entityId(), e.partnerId(),
                    e.deviceId(), e.stamp(), "{\"restored\":true}");
            MergeState ab = of(List.of(e, fork));
            MergeState ba = of(List.of(fork, e));
            assertEquals(ab.view(), ba.view());
            assertEquals(java.util.Set.of(e.eid()), ab.forks());
        });
    }
}
