package coregulate.sync.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.domain.BodySignal;
import coregulate.domain.Couple;
import coregulate.domain.Emotion;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.service.checkin.CheckInService;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.DeviceRepository;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.couple.CoupleRepository;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.sync.KdfParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two computers, each with its own data folder, sharing one couple folder: what reaches the other, and what never does. */
class CoupleSyncTest {
    @TempDir
    Path temp;
    private final List<Side> open = new ArrayList<>();

    /** One computer: its store, its sync, and what arrived on it. */
    final class Side implements AutoCloseable {
        final Store store;
        final UUID device;
        final Clock clock;
        Couple couple;
        final CoupleSync sync;
        final List<CoupleSync.Arrived> arrived = new CopyOnWriteArrayList<>();

        Side(String name, Clock clock, String first, String second) {
            this.clock = clock;
            this.store = Store.open(temp.resolve(name));
            this.device = new DeviceRepository(store.database()).localDeviceId(name, clock.instant());
            var couples = new CoupleService(new CoupleRepository(store.database()), clock, device);
            this.couple = couples.couple().orElseGet(() -> couples.createCouple(new PartnerDraft(first, "", "#3b82f6"),
                    new PartnerDraft(second, "", "#f97316")));
            this.sync = new CoupleSync(store.database(), device, name, clock, SecureRandom::new,
                    KdfParams.FAST_FOR_TESTS, Duration.ofHours(1));
            sync.start(arrived::add);
            open.add(this);
        }

        UUID partner(String name) {
            return couple.partners().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
        }

        void reloadCouple() {
            couple = new CoupleService(new CoupleRepository(store.database()), clock, device).couple().orElseThrow();
        }

        CheckInService checkIns() {
            return new CheckInService(new CheckInRepository(store.database()), clock, device);
        }

        TimeOutService timeOuts() {
            return new TimeOutService(new TimeOutRepository(store.database()), clock, device, couple);
        }

        List<String> notesSeenBy(String name) {
            return checkIns().history(HistoryFilter.all(partner(name))).stream().map(CheckIn::note).toList();
        }

        @Override
        public void close() {
            sync.close();
            store.close();
        }
    }

    @AfterEach
    void closeAll() {
        open.forEach(Side::close);
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    }

    private static CheckIn checkIn(Visibility visibility, String note) {
        return new CheckIn(new RecordMeta(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, UUID.randomUUID(),
                UUID.randomUUID(), visibility), null, 3, Set.of(BodySignal.RACING_HEART), List.of(),
                Set.of(Emotion.ANXIOUS), List.of(), null, null, null, 2, note);
    }

    /** Alex pairs on computer A; Sam, on computer B (which knows them by other ids), joins as Sam. */
    private Side[] paired() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("Dropbox/Coregulate"));
        var a = new Side("a", clock(), "Alex", "Sam");
        var b = new Side("b", clock(), "Sam", "Alex");
        pairAndJoin(folder, a, "Alex", b, "Sam");
        exchange(a, b, a);
        return new Side[] {a, b};
    }

    @Test
    void joiningGivesBothComputersTheSamePartnersAndSaysWhoIsPaired() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        assertEquals(a.couple.id(), b.couple.id());
        assertEquals(a.partner("Sam"), b.partner("Sam"));
        assertEquals(a.partner("Alex"), b.partner("Alex"));
        assertEquals("Paired with Alex's computer.", b.sync.status().summary());
        assertEquals("Paired with Sam's computer.", a.sync.status().summary());
        assertTrue(a.sync.status().partnerSeen());
    }

    @Test
    void sharedEntriesTravelBothWaysAndPrivateOnesNeverLeave() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "shared-from-alex"));
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.PRIVATE, "secret-of-alex"));
        b.checkIns().record(b.partner("Sam"), checkIn(Visibility.SHARED, "shared-from-sam"));
        exchange(a, b, b);
        exchange(a, b, a);

        assertEquals(List.of("shared-from-alex"), b.notesSeenBy("Sam").stream().filter(n -> n.contains("alex")).toList());
        assertTrue(a.notesSeenBy("Alex").contains("shared-from-sam"));
        assertFalse(b.notesSeenBy("Alex").contains("secret-of-alex"));
        assertTrue(b.arrived.stream().anyMatch(CoupleSync.Arrived::changed));
        assertFalse(folderBytesContain(temp.resolve("Dropbox"), "secret-of-alex"));
        assertFalse(folderBytesContain(temp.resolve("Dropbox"), "shared-from-alex"), "lines are sealed");
    }

    @Test
    void makingAnEntryPrivateOrDeletingItTakesItOffThePartnersComputer() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        var alex = a.partner("Alex");
        var first = a.checkIns().record(alex, checkIn(Visibility.SHARED, "first"));
        var second = a.checkIns().record(alex, checkIn(Visibility.SHARED, "second"));
        exchange(a, b, b);
        assertTrue(b.notesSeenBy("Sam").containsAll(List.of("first", "second")));

        var meta = first.meta().withVisibility(Visibility.PRIVATE, a.clock.instant());
        a.checkIns().update(alex, new CheckIn(meta, first.at(), first.arousal(), first.signals(), first.customSignals(),
                first.emotions(), first.customEmotions(), first.pulse(), first.hrvMs(), first.sleepHours(),
                first.connection(), first.note()));
        a.checkIns().delete(alex, second);
        exchange(a, b, b);
        assertFalse(b.notesSeenBy("Sam").contains("first"));
        assertFalse(b.notesSeenBy("Sam").contains("second"));
    }

    @Test
    void aTimeOutCalledOnOneComputerArrivesAndBothAnswersAreKept() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        var called = a.timeOuts().call(a.partner("Alex"));
        exchange(a, b, b);
        assertTrue(b.arrived.stream().anyMatch(x -> x.timeOutsCalled().contains(called.meta().id())));
        var onB = b.timeOuts().active().orElseThrow();
        assertEquals(called.meta().id(), onB.meta().id());

        // Sam acknowledges on B while Alex, not yet knowing, marks ready on A.
        Clock later = Clock.offset(clock(), Duration.ofMinutes(21));
        new TimeOutService(new TimeOutRepository(b.store.database()), later, b.device, b.couple)
                .acknowledge(onB, b.partner("Sam"));
        var aLater = new TimeOutService(new TimeOutRepository(a.store.database()), later, a.device, a.couple);
        aLater.ready(aLater.active().orElseThrow(), a.partner("Alex"));
        exchange(a, b, a);
        exchange(a, b, b);
        exchange(a, b, a);

        var onA = a.timeOuts().latest().orElseThrow();
        var onBNow = b.timeOuts().latest().orElseThrow();
        assertEquals(b.partner("Sam"), onA.acknowledgedBy());
        assertEquals(Set.of(a.partner("Alex")), onBNow.ready());
        assertEquals(onA.acknowledgedBy(), onBNow.acknowledgedBy());
        assertEquals(onA.ready(), onBNow.ready());
    }

    @Test
    void callsFromBothComputersAtOnceBecomeOneTimeOut() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        a.timeOuts().call(a.partner("Alex"));
        b.timeOuts().call(b.partner("Sam"));
        exchange(a, b, a);
        exchange(a, b, b);
        exchange(a, b, a);
        assertEquals(a.timeOuts().active().map(t -> t.meta().id()), b.timeOuts().active().map(t -> t.meta().id()));
        long onA = a.timeOuts().history().stream().filter(t -> t.cancelledAt() == null).count();
        assertEquals(1, onA);
    }

    @Test
    void aWrongCodeOrAWrongFolderWritesNothing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("shared"));
        var a = new Side("a", clock(), "Alex", "Sam");
        var b = new Side("b", clock(), "Sam", "Alex");
        String code = a.sync.pair(folder, a.partner("Alex"));
        List<String> before = listing(folder);
        String[] words = code.split(" ");
        words[0] = words[words[0].equals(words[1]) ? 2 : 1];
        var wrong = b.sync.check(folder, String.join(" ", words));
        assertFalse(wrong.ok());
        var notAFolder = b.sync.check(Files.createDirectories(temp.resolve("elsewhere")), code);
        assertFalse(notAFolder.ok());
        assertTrue(notAFolder.problem().contains("not a Coregulate couple folder"), notAFolder.problem());
        assertEquals(before, listing(folder));
        assertFalse(b.sync.status().paired());
    }

    @Test
    void unpairingRemovesThePartnersEntriesButKeepsOwnAndStopsWriting() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "from-alex"));
        b.checkIns().record(b.partner("Sam"), checkIn(Visibility.SHARED, "from-sam"));
        exchange(a, b, b);
        assertTrue(b.notesSeenBy("Sam").contains("from-alex"));

        b.sync.unpair();
        assertFalse(b.notesSeenBy("Sam").contains("from-alex"));
        assertTrue(b.notesSeenBy("Sam").contains("from-sam"));
        assertFalse(b.sync.status().paired());
        try (Stream<Path> dirs = Files.list(temp.resolve("Dropbox/Coregulate"))) {
            assertEquals(1, dirs.filter(p -> p.getFileName().toString().startsWith("dev-")).count(),
                    "only A's journal folder is left");
        }
        b.checkIns().record(b.partner("Sam"), checkIn(Visibility.SHARED, "after-unpairing"));
        exchange(a, b, a);
        assertFalse(a.notesSeenBy("Alex").contains("after-unpairing"));
    }

    @Test
    void onePartnerWithTwoComputersJoinsAsThemselves() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("shared"));
        var desktop = new Side("desktop", clock(), "Alex", "Sam");
        var laptop = new Side("laptop", clock(), "Alex", "Sam");
        pairAndJoin(folder, desktop, "Alex", laptop, "Alex");
        exchange(desktop, laptop, desktop);
        assertEquals("Paired with your other computer.", laptop.sync.status().summary());
        assertEquals("Paired with your other computer.", desktop.sync.status().summary());
        laptop.checkIns().record(laptop.partner("Alex"), checkIn(Visibility.SHARED, "written on the laptop"));
        exchange(desktop, laptop, desktop);
        assertTrue(desktop.notesSeenBy("Alex").contains("written on the laptop"));
    }

    @Test
    void aPartnersClockSetDaysWrongStillEndsTheSameOnBoth() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("shared"));
        var a = new Side("a", clock(), "Alex", "Sam");
        var b = new Side("b", Clock.offset(clock(), Duration.ofDays(-3)), "Sam", "Alex");
        pairAndJoin(folder, a, "Alex", b, "Sam");
        UUID sam = b.partner("Sam");
        var entry = b.checkIns().record(sam, checkIn(Visibility.SHARED, "first words"));
        exchange(a, b, a);
        // Sam edits the entry after Alex's computer, days ahead, has already stamped changes of its own.
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "alex meanwhile"));
        exchange(a, b, b);
        b.checkIns().update(sam, new CheckIn(entry.meta(), entry.at(), entry.arousal(), entry.signals(),
                entry.customSignals(), entry.emotions(), entry.customEmotions(), entry.pulse(), entry.hrvMs(),
                entry.sleepHours(), entry.connection(), "second thoughts"));
        exchange(a, b, a);
        assertTrue(a.notesSeenBy("Alex").contains("second thoughts"), "the later edit wins despite the clock");
        assertFalse(a.notesSeenBy("Alex").contains("first words"));
    }

    @Test
    void aJournalDeletedUnderUsIsWrittenAgainAndAMissingFolderIsReported() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "before"));
        a.sync.awaitSent();
        Path root = temp.resolve("Dropbox/Coregulate");
        Path aside = temp.resolve("aside");
        Files.move(root, aside);
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "while away"));
        a.sync.awaitSent();
        assertTrue(a.sync.status().notices().stream().anyMatch(n -> n.contains("not reachable")),
                a.sync.status().notices().toString());
        Files.move(aside, root);
        try (Stream<Path> mine = Files.list(root)) {
            for (Path dir : (Iterable<Path>) mine.filter(p -> p.getFileName().toString().equals("dev-" + a.device))::iterator) {
                deleteTree(dir);
            }
        }
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "after"));
        exchange(a, b, b);
        assertTrue(b.notesSeenBy("Sam").containsAll(List.of("before", "while away", "after")), b.notesSeenBy("Sam").toString());
    }

    @Test
    void aStoreRestoredFromAnOlderBackupDoesNotReuseJournalPlaces() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "one"));
        a.sync.awaitSent();
        long before = a.store.database().read(c -> coregulate.storage.Jdbc.queryOne(c,
                "SELECT MAX(seq) FROM sync_outbox", rs -> rs.getLong(1)).orElse(0L));
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "two"));
        exchange(a, b, b);
        a.sync.close();
        // What an older backup knows: the outbox as it was before "two" went out.
        a.store.database().write(c -> coregulate.storage.Jdbc.update(c, "DELETE FROM sync_outbox WHERE seq > ?", before));
        try (var restarted = new CoupleSync(a.store.database(), a.device, "a", a.clock, SecureRandom::new,
                KdfParams.FAST_FOR_TESTS, Duration.ofHours(1))) {
            restarted.start(x -> { });
            a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "three"));
            restarted.awaitSent();
            b.sync.pollNow();
        }
        assertTrue(b.notesSeenBy("Sam").containsAll(List.of("one", "two", "three")), b.notesSeenBy("Sam").toString());
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsChangesUntilItCan() throws IOException {
        var sides = paired();
        var a = sides[0];
        var b = sides[1];
        Path mine = temp.resolve("Dropbox/Coregulate/dev-" + a.device);
        deleteTree(mine);
        // Tests run as root here, where permissions do not stop a write; a file where our folder should be does.
        Files.writeString(mine, "in the way");
        a.checkIns().record(a.partner("Alex"), checkIn(Visibility.SHARED, "kept for later"));
        a.sync.awaitSent();
        assertTrue(a.sync.status().notices().stream().anyMatch(n -> n.contains("cannot be written")),
                a.sync.status().notices().toString());
        Files.delete(mine);
        exchange(a, b, b);
        assertTrue(b.notesSeenBy("Sam").contains("kept for later"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    @Test
    void pairingAFolderThatIsGoneOrReadOnlyExplainsWhy() throws IOException {
        var a = new Side("a", clock(), "Alex", "Sam");
        var missing = assertThrowsIo(() -> a.sync.pair(temp.resolve("gone"), a.partner("Alex")));
        assertTrue(missing.contains("does not exist"), missing);
        assertFalse(a.sync.status().paired());
    }

    /** {@code first} pairs as {@code pairer}; {@code second} types the code and joins as {@code joiner}. */
    private static void pairAndJoin(Path folder, Side first, String pairer, Side second, String joiner)
            throws IOException {
        String code = first.sync.pair(folder, first.partner(pairer));
        var checked = second.sync.check(folder, code);
        assertTrue(checked.ok(), checked.problem());
        UUID there = checked.value().identity().partners().stream().filter(p -> p.name().equals(joiner))
                .findFirst().orElseThrow().id();
        var joined = second.sync.join(checked.value(), second.partner(joiner), there);
        assertTrue(joined.ok(), joined.problem());
        second.reloadCouple();
    }

    /** Both computers write what they have saved, then {@code reader} reads the folder. */
    private static void exchange(Side a, Side b, Side reader) {
        a.sync.awaitSent();
        b.sync.awaitSent();
        reader.sync.pollNow();
    }

    private static String assertThrowsIo(org.junit.jupiter.api.function.Executable work) {
        return org.junit.jupiter.api.Assertions.assertThrows(IOException.class, work).getMessage();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static boolean folderBytesContain(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String hay = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (hay.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
