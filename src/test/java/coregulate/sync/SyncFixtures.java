package coregulate.sync;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Builds deterministic events for merge and journal tests. */
final class SyncFixtures {
    static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final String[] DEVICES = {"devA", "devB", "devC"};
    static final UUID[] ENTITIES = {UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("00000000-0000-0000-0000-000000000002"),
            UUID.fromString("00000000-0000-0000-0000-000000000003")};
    static final long DAY = 86_400_000L;

    private SyncFixtures() {
    }

    /** Random events with clock skew of up to +-3 days and frequent equal stamps, so ties are exercised. */
    static List<SyncEvent> events(long seed, int count) {
        Random r = new Random(seed);
        List<SyncEvent> out = new ArrayList<>();
        long[] seq = new long[DEVICES.length];
        for (int i = 0; i < count; i++) {
            int d = r.nextInt(DEVICES.length);
            String dev = DEVICES[d];
            long wall = 1_700_000_000_000L + (r.nextInt(7) - 3) * DAY + r.nextInt(3);
            SyncEventType type = r.nextInt(4) == 0 ? SyncEventType.WITHDRAW : SyncEventType.UPSERT;
            out.add(new SyncEvent(SyncEvent.eid(dev, 1, ++seq[d]), type, "checkin",
                    ENTITIES[r.nextInt(ENTITIES.length)], PARTNER, dev, new HlcStamp(wall, r.nextInt(2), dev),
                    "{\"n\":" + i + "}"));
        }
        return out;
    }

    static LineSealer sealer(byte[] key, String pairId) {
        return new LineSealer(key, pairId, new SecureRandom());
    }

    static byte[] key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return k;
    }

    static String sealedLine(LineSealer s, SyncEvent e, int epoch, long seq) {
        LineSealer.Sealed sealed = s.seal(e.deviceId(), epoch, seq, e.toJson());
        return new JournalLine(JournalLine.VERSION, e.deviceId(), epoch, seq, sealed.nonce(), sealed.ciphertext())
                .encode();
    }
}
