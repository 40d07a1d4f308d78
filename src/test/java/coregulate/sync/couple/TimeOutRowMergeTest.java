package coregulate.sync.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A time-out both partners change on two computers ends the same on both, whatever order the changes arrive
 * in, however often: the field merge is commutative, associative and idempotent.
 */
class TimeOutRowMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANA = "00000000-0000-0000-0000-00000000000a";
    private static final String SAM = "00000000-0000-0000-0000-00000000000b";
    private static final Instant CALLED = Instant.parse("2026-11-26T09:00:00Z");

    /** One version of the time-out as one computer saw it: some of the possible answers filled in. */
    private static ObjectNode version(long seed) {
        Random r = new Random(seed);
        ObjectNode n = JSON.createObjectNode();
        n.put("id", "t1").put("called_at", CALLED.toString()).put("break_minutes", 20)
                .put("updated_at", CALLED.plusSeconds(r.nextInt(4) * 60L).toString())
                .put("extra_minutes", r.nextInt(3) * 10);
        putMaybe(n, r, "cancelled_at", CALLED.plusSeconds(r.nextInt(3)).toString());
        putMaybe(n, r, "reconvened_at", CALLED.plusSeconds(1200 + r.nextInt(3) * 60L).toString());
        putMaybe(n, r, "acknowledged_by", r.nextBoolean() ? ANA : SAM);
        n.put("ready", switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> ANA;
            case 2 -> SAM;
            default -> ANA + "," + SAM;
        });
        if (r.nextBoolean()) {
            n.put("outcome", 1 + r.nextInt(5)).put("outcome_note", "note " + r.nextInt(3));
        } else {
            n.putNull("outcome").put("outcome_note", "");
        }
        return n;
    }

    private static void putMaybe(ObjectNode n, Random r, String field, String value) {
        if (r.nextBoolean()) {
            n.put(field, value);
        } else {
            n.putNull(field);
        }
    }

    @Test
    void mergingIsCommutative() {
        qt().forAll(longs().all(), longs().all()).checkAssert((x, y) ->
                assertEquals(TimeOutRowMerge.merge(version(x), version(y)),
                        TimeOutRowMerge.merge(version(y), version(x))));
    }

    @Test
    void mergingIsAssociative() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((x, y, z) ->
                assertEquals(TimeOutRowMerge.merge(TimeOutRowMerge.merge(version(x), version(y)), version(z)),
                        TimeOutRowMerge.merge(version(x), TimeOutRowMerge.merge(version(y), version(z)))));
    }

    @Test
    void mergingTheSameVersionAgainChangesNothing() {
        qt().forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
            var once = TimeOutRowMerge.merge(version(x), version(y));
            assertEquals(once, TimeOutRowMerge.merge(once, version(y)));
            assertEquals(TimeOutRowMerge.merge(version(x), version(x)).get("ready"), version(x).get("ready"));
        });
    }

    @Test
    void anAcknowledgementAndAReadinessMadeAtOnceAreBothKept() {
        ObjectNode acknowledged = version(1).put("acknowledged_by", SAM).put("ready", "").putNull("cancelled_at")
                .putNull("reconvened_at");
        ObjectNode ready = version(2).putNull("acknowledged_by").put("ready", ANA).putNull("cancelled_at")
                .putNull("reconvened_at");
        var merged = TimeOutRowMerge.merge(acknowledged, ready);
        assertEquals(SAM, merged.get("acknowledged_by").asText());
        assertEquals(ANA, merged.get("ready").asText());
    }
}
