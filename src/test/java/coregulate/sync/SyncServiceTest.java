package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    @TempDir
    Path tmp;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<SyncEvent> purged = new CopyOnWriteArrayList<>();
    private static final UUID ANNA = UUID.randomUUID();

    private Database db(String name) {
        try {
            return Database.open(Files.createDirectories(tmp.resolve(name)).resolve("coregulate.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SyncService service(String name) {
        Database db = db(name);
        open.add(db);
        SyncService s = new SyncService(db, "dev" + name, Clock.systemUTC(), new SecureRandom(),
                KdfParams.FAST_FOR_TESTS, purged::addAll);
        open.add(0, s);
        return s;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private Path shared() throws Exception {
        return Files.createDirectories(tmp.resolve("shared"));
    }

    @Test
    void aTimeOutCalledOnOneComputerReachesTheOtherThroughTheWatcher() throws Exception {
        SyncService a = service("A");
        SyncService b = service("B");
        String code = a.pair(shared(), "Ben");
        assertTrue(b.join(shared(), code.toUpperCase(), "Anna").ok());
        assertEquals("Paired with Anna.", b.status().summary());

        List<SyncEvent> seenByB = new CopyOnWriteArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (FolderWatcher w = new FolderWatcher(shared(), scheduler, () -> seenByB.addAll(b.pollOnce()), s -> { })) {
            w.start(200);
            UUID timeOut = UUID.randomUUID();
            a.publish(SyncEventType.TIMEOUT_START, "timeout", timeOut, ANNA, "{\"minutes\":20}");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (seenByB.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, seenByB.size());
            assertEquals(SyncEventType.TIMEOUT_START, seenByB.get(0).type());
            assertEquals(timeOut, seenByB.get(0).entityId());
            assertEquals("{\"minutes\":20}", seenByB.get(0).body());
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aWrongCodeIsRefusedAndWritesNothing() throws Exception {
        SyncService a = service("A");
        SyncService b = service("B");
        String code = a.pair(shared(), "Ben");
        String wrong = String.join(" ", code.split(" ")[1], code.split(" ")[0]) + code.substring(
                code.indexOf(' ', code.indexOf(' ') + 1));
        if (wrong.equals(code)) {
            wrong = code.replaceFirst("^\\S+", "zebra".equals(code.split(" ")[0]) ? "apple" : "zebra");
        }
        SyncService.JoinResult r = b.join(shared(), wrong, "Anna");
        assertFalse(r.ok());
        assertTrue(r.message().contains("does not match"), r.message());
        assertFalse(b.isPaired());
        try (Stream<Path> files = Files.list(shared())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("dev-devB")));
        }
    }

    @Test
    void aFolderThatIsNotACoupleFolderIsExplained() throws Exception {
        SyncService b = service("B");
        SyncService.JoinResult r = b.join(shared(), PairingCode.bundled().generate(new SecureRandom()), "Anna");
        assertFalse(r.ok());
        assertTrue(r.message().contains("not a Coregulate couple folder"), r.message());
    }

    @Test
    void onlyPublishedEventsReachTheFolderAndNothingThereIsReadable() throws Exception {
        SyncService a = service("A");
        a.pair(shared(), "Ben");
        String privateCanary = "PRIVATE-CANARY-" + UUID.randomUUID();
        String sharedCanary = "SHARED-CANARY-" + UUID.randomUUID();
        // A private entry is simply never published; the shared one is, but only sealed.
        a.publish(SyncEventType.UPSERT, "checkin", UUID.randomUUID(), ANNA, "{\"note\":\"" + sharedCanary + "\"}");
        assertFalse(privateCanary.isEmpty());
        try (Stream<Path> all = Files.walk(shared())) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains(privateCanary), p.toString());
                assertFalse(raw.contains(sharedCanary), "shared content must be sealed: " + p);
                assertFalse(raw.contains("CANARY"), p.toString());
            }
        }
    }

    @Test
    void unwrittenOutboxRowsAreAppendedAtStartUpAndRepeatsAreHarmless() throws Exception {
        Database db = db("A");
        SyncService a = new SyncService(db, "devA", Clock.systemUTC(), new SecureRandom(), KdfParams.FAST_FOR_TESTS,
                e -> { });
        String code = a.pair(shared(), "Ben");
        db.write(c -> a.enqueue(c, SyncEventType.UPSERT, "checkin", UUID.randomUUID(), ANNA, "{}"));
        a.close(); // "crash" before the line was appended
        SyncService again = new SyncService(db, "devA", Clock.systemUTC(), new SecureRandom(),
                KdfParams.FAST_FOR_TESTS, e -> { });
        again.flushOutbox();
        again.close();
        db.close();

        SyncService b = service("B");
        assertTrue(b.join(shared(), code, "Anna").ok());
        assertEquals(1, b.pollOnce().size());
        assertEquals(0, b.pollOnce().size(), "reading the same lines again changes nothing");
    }

    @Test
    void unpairingDeletesOurJournalAndPurgesThePartnersEntries() throws Exception {
        SyncService a = service("A");
        SyncService b = service("B");
        String code = a.pair(shared(), "Ben");
        assertTrue(b.join(shared(), code, "Anna").ok());
        UUID entry = UUID.randomUUID();
        a.publish(SyncEventType.UPSERT, "checkin", entry, ANNA, "{}");
        assertEquals(1, b.pollOnce().size());
        b.publish(SyncEventType.UPSERT, "checkin", UUID.randomUUID(), ANNA, "{}");

        b.unpair();
        assertFalse(b.isPaired());
        assertFalse(Files.exists(shared().resolve("dev-devB")));
        assertEquals(List.of(entry), purged.stream().map(SyncEvent::entityId).toList());
        assertEquals("Not paired with another computer.", b.status().summary());
        assertTrue(Files.exists(shared().resolve("dev-devA")), "the partner's folder is never touched");
    }

    @Test
    void aVanishedFolderIsReportedNotThrown() throws Exception {
        SyncService a = service("A");
        a.pair(shared(), "Ben");
        List<String> statuses = new CopyOnWriteArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (FolderWatcher w = new FolderWatcher(tmp.resolve("gone"), scheduler, a::pollOnce, statuses::add)) {
            w.start(50);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (statuses.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            scheduler.shutdownNow();
        }
        assertTrue(statuses.get(0).contains("not reachable"));
        assertTrue(a.pollOnce().isEmpty());
    }
}
