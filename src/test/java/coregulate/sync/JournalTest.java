package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    private final LineSealer sealer = SyncFixtures.sealer(SyncFixtures.key(7), "pair-1");
    private final JournalReader reader = new JournalReader(sealer);

    private byte[] journalOf(List<SyncEvent> events) {
        StringBuilder sb = new StringBuilder();
        for (SyncEvent e : events) {
            String[] place = e.eid().split(":");
            sb.append(SyncFixtures.sealedLine(sealer, e, Integer.parseInt(place[1]), Long.parseLong(place[2])))
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<SyncEvent> parse(byte[] bytes, List<String> notices, int[] counts) {
        List<SyncEvent> out = new ArrayList<>();
        reader.parse(bytes, out, notices, counts);
        return out;
    }

    @Test
    void sealedLinesRoundTrip() {
        List<SyncEvent> events = SyncFixtures.events(1, 20);
        assertEquals(events, parse(journalOf(events), new ArrayList<>(), new int[2]));
    }

    @Test
    void everyCutPointYieldsAPrefixAndNeverAGarbledEvent() {
        List<SyncEvent> events = SyncFixtures.events(2, 8);
        byte[] full = journalOf(events);
        qt().forAll(integers().between(0, full.length)).checkAssert(k -> {
            byte[] prefix = java.util.Arrays.copyOf(full, k);
            List<String> notices = new ArrayList<>();
            List<SyncEvent> got = parse(prefix, notices, new int[2]);
            assertEquals(events.subList(0, got.size()), got);
            assertTrue(notices.isEmpty(), "a cut line is pending, not an alarm");
        });
    }

    @Test
    void aSingleFlippedByteSpoilsAtMostOneEvent() {
        List<SyncEvent> events = SyncFixtures.events(3, 8);
        byte[] full = journalOf(events);
        qt().forAll(integers().between(0, full.length - 1), integers().between(1, 255)).checkAssert((pos, x) -> {
            byte[] bad = full.clone();
            bad[pos] = (byte) (bad[pos] ^ x);
            List<SyncEvent> got = parse(bad, new ArrayList<>(), new int[2]);
            assertTrue(got.size() >= events.size() - 2, "a flipped newline may join two lines, no more");
            assertTrue(events.containsAll(got), "nothing garbled is ever accepted");
        });
    }

    @Test
    void aTamperedCiphertextIsRejectedAndReportedWhileTheRestMerges() throws Exception {
        List<SyncEvent> events = SyncFixtures.events(4, 3);
        String[] lines = new String(journalOf(events), StandardCharsets.UTF_8).split("\n");
        JournalLine l = JournalLine.decode(lines[1]);
        byte[] ct = l.ciphertext().clone();
        ct[0] ^= 1;
        lines[1] = new JournalLine(l.version(), l.deviceId(), l.epoch(), l.seq(), l.nonce(), ct).encode();
        List<String> notices = new ArrayList<>();
        List<SyncEvent> got = parse((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), notices,
                new int[2]);
        assertEquals(List.of(events.get(0), events.get(2)), got);
        assertEquals(1, notices.size());
    }

    @Test
    void aLineMovedToAnotherSequenceOrDeviceIsRejected() throws Exception {
        SyncEvent e = SyncFixtures.events(5, 1).get(0);
        String[] place = e.eid().split(":");
        JournalLine l = JournalLine.decode(SyncFixtures.sealedLine(sealer, e, 1, Long.parseLong(place[2])));
        String movedSeq = new JournalLine(1, l.deviceId(), 1, l.seq() + 1, l.nonce(), l.ciphertext()).encode();
        String movedDev = new JournalLine(1, "devOther", 1, l.seq(), l.nonce(), l.ciphertext()).encode();
        List<String> notices = new ArrayList<>();
        assertTrue(parse((movedSeq + "\n" + movedDev + "\n").getBytes(StandardCharsets.UTF_8), notices,
                new int[2]).isEmpty());
        assertEquals(2, notices.size());
    }

    @Test
    void aWrongKeyReadsNothing() {
        List<SyncEvent> events = SyncFixtures.events(6, 3);
        JournalReader other = new JournalReader(SyncFixtures.sealer(SyncFixtures.key(8), "pair-1"));
        List<SyncEvent> got = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        other.parse(journalOf(events), got, notices, new int[2]);
        assertTrue(got.isEmpty());
        assertEquals(3, notices.size());
    }

    @Test
    void conflictCopiesAddLinesAndTempOrEmptyFilesAreHarmless() throws Exception {
        List<SyncEvent> events = SyncFixtures.events(7, 10);
        List<SyncEvent> devA = events.stream().filter(e -> e.deviceId().equals("devA")).toList();
        Path dev = Files.createDirectories(dir.resolve("dev-devA"));
        Files.write(dev.resolve("seg-1-000001.jnl"), journalOf(devA.subList(0, devA.size() / 2)));
        Files.write(dev.resolve("seg-1-000001.sync-conflict-20260101-120000-ABCDEFG.jnl"), journalOf(devA));
        Files.write(dev.resolve("seg-1-000001 (conflicted copy 2026-01-01).jnl"), journalOf(devA));
        Files.write(dev.resolve(".tmp-seg-1-000002.jnl"), "garbage".getBytes(StandardCharsets.UTF_8));
        Files.write(dev.resolve("seg-1-000003.jnl"), new byte[0]);
        JournalReader.Result r = reader.readAll(dir);
        MergeState m = new MergeState();
        m.addAll(r.events());
        assertEquals(devA.size(), m.size());
        assertTrue(r.notices().isEmpty());
    }

    @Test
    void aLineFromANewerFormatIsSkippedWithANotice() {
        String future = "{\"v\":9,\"x\":1,\"crc\":\"" + crcOf("{\"v\":9,\"x\":1}") + "\"}\n";
        List<String> notices = new ArrayList<>();
        byte[] bytes = (future + new String(journalOf(SyncFixtures.events(8, 1)), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(1, parse(bytes, notices, new int[2]).size());
        assertTrue(notices.get(0).contains("newer version"));
    }

    private static String crcOf(String s) {
        var c = new java.util.zip.CRC32C();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }

    @Test
    void theWriterNeverReopensAnOldSegmentAndRollsAtTheSizeLimit() throws Exception {
        Path dev = dir.resolve("dev-devA");
        try (JournalWriter w = new JournalWriter(dev, 1, 1 << 20)) {
            w.append("first");
        }
        Files.writeString(dev.resolve("seg-1-000001.jnl"), "torn", java.nio.file.StandardOpenOption.APPEND);
        try (JournalWriter w = new JournalWriter(dev, 1, 10)) {
            w.append("second line");
            w.append("third line");
        }
        assertEquals("first\ntorn", Files.readString(dev.resolve("seg-1-000001.jnl")));
        assertEquals("second line\n", Files.readString(dev.resolve("seg-1-000002.jnl")));
        assertEquals("third line\n", Files.readString(dev.resolve("seg-1-000003.jnl")));
        assertFalse(Files.exists(dev.resolve("seg-1-000004.jnl")));
    }
}
