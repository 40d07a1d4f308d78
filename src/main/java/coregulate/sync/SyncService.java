package coregulate.sync;

import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Facade for the app: pairing, publishing our own shared changes, and merging the partner's. Synchronous;
 * call it on the sqlite thread. Only events passed to {@link #publish} or {@link #enqueue} ever leave this
 * computer, which is what keeps private entries private.
 */
public final class SyncService implements AutoCloseable {
    static final int EPOCH = 1;
    static final long SEGMENT_BYTES = 256 * 1024;
    private final Database db;
    private final String deviceId;
    private final Clock clock;
    private final SecureRandom random;
    private final KdfParams kdf;
    private final Consumer<List<SyncEvent>> purgePartnerEntities;
    private final SyncStore store = new SyncStore();
    private final Outbox outbox = new Outbox();
    private final PairingCode codes = PairingCode.bundled();
    private Paired paired;
    /** The highest sequence number already in our journal: after a restored backup, the outbox knows less. */
    private Long seqFloor;

    private record Paired(CoupleFolder folder, LineSealer sealer, JournalWriter writer, HybridLogicalClock hlc,
            String partnerLabel, JournalReader reader) {
    }

    /** Outcome of joining: either paired, or a message for the person. */
    public record JoinResult(boolean ok, String message) {
    }

    /** A couple folder whose code was right: what joining needs, and the couple identity sealed in it. */
    public record Opened(CoupleFolder folder, byte[] key, String identity) {
    }

    /** Either an opened folder or, when {@code opened} is null, a message for the person. */
    public record OpenResult(Opened opened, String message) {
        public boolean ok() {
            return opened != null;
        }
    }

    /**
     * What one poll brought: the entities whose winning change is now the partner's, and every change that
     * arrived for the first time (for records merged field by field, like a time-out both partners touch).
     */
    public record Received(List<SyncEvent> winners, List<SyncEvent> arrived) {
    }

    public SyncService(Database db, String deviceId, Clock clock, SecureRandom random, KdfParams kdf,
            Consumer<List<SyncEvent>> purgePartnerEntities) {
        this.db = db;
        this.deviceId = deviceId;
        this.clock = clock;
        this.random = random;
        this.kdf = kdf;
        this.purgePartnerEntities = purgePartnerEntities;
        resume();
    }

    private void resume() {
        db.read(c -> Jdbc.queryOne(c, "SELECT folder, key_b64, partner_label FROM sync_pairing WHERE id = 1",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})).ifPresent(row -> {
                    try {
                        CoupleFolder f = CoupleFolder.read(Path.of(row[0]));
                        start(f, Base64.getDecoder().decode(row[1]), row[2]);
                        flushOutbox();
                    } catch (CoupleFolder.NotACoupleFolder e) {
                        db.write(c -> {
                            store.notice(c, "folder", e.getMessage(), clock.instant());
                            return null;
                        });
                    }
                });
    }

    /** Makes {@code folder} a couple folder and returns the code to read to the partner. */
    public synchronized String pair(Path folder, String partnerLabel) throws IOException {
        return pair(folder, partnerLabel, "{}");
    }

    /** As {@link #pair(Path, String)}, sealing the couple's identity into the folder for the joining computer. */
    public synchronized String pair(Path folder, String partnerLabel, String identityJson) throws IOException {
        if (paired != null) {
            throw new IllegalStateException("This computer is already paired. Unpair first.");
        }
        if (Files.exists(folder.resolve(CoupleFolder.FILE))) {
            throw new IllegalStateException("This folder is already a couple folder. To use it, choose "
                    + "\"Join\" and type the code shown on your partner's computer.");
        }
        String code = codes.generate(random);
        byte[] salt = CoupleFolder.newSalt(random);
        byte[] key = KeyDerivation.derive(code, salt, kdf);
        CoupleFolder f = CoupleFolder.create(folder, kdf, random, salt, key, identityJson);
        remember(f, key, partnerLabel);
        return code;
    }

    /** Joins the couple folder the partner made; wrong codes and wrong folders write nothing. */
    public synchronized JoinResult join(Path folder, String typedCode, String partnerLabel) {
        OpenResult opened = open(folder, typedCode);
        return opened.ok() ? join(opened.opened(), partnerLabel) : new JoinResult(false, opened.message());
    }

    /** Checks the folder and the code without writing anything anywhere. */
    public synchronized OpenResult open(Path folder, String typedCode) {
        if (paired != null) {
            return new OpenResult(null, "This computer is already paired. Unpair first.");
        }
        PairingCode.Parsed parsed = codes.parse(typedCode);
        if (!parsed.ok()) {
            return new OpenResult(null, parsed.problem());
        }
        CoupleFolder f;
        try {
            f = CoupleFolder.read(folder);
        } catch (CoupleFolder.NotACoupleFolder e) {
            return new OpenResult(null, e.getMessage());
        }
        byte[] key = KeyDerivation.derive(parsed.normalised().orElseThrow(), f.salt(), f.kdf());
        if (!f.accepts(key)) {
            return new OpenResult(null, "That code does not match this couple folder. Please check it with "
                    + "your partner, word by word.");
        }
        try {
            return new OpenResult(new Opened(f, key, f.identity(key)), "");
        } catch (SealedLineRejected e) {
            return new OpenResult(null, "The couple description in this folder has been changed by someone "
                    + "else and was not used.");
        }
    }

    /** Joins a folder {@link #open} accepted. */
    public synchronized JoinResult join(Opened opened, String partnerLabel) {
        if (paired != null) {
            return new JoinResult(false, "This computer is already paired. Unpair first.");
        }
        try {
            remember(opened.folder(), opened.key(), partnerLabel);
        } catch (IOException | UncheckedIOException e) {
            return new JoinResult(false, "The shared folder cannot be written to right now: " + e.getMessage());
        }
        return new JoinResult(true, "Paired with " + partnerLabel + ".");
    }

    /** Renames the other side once it has said who uses it. */
    public synchronized void setPartnerLabel(String label) {
        if (paired == null || label.equals(paired.partnerLabel())) {
            return;
        }
        paired = new Paired(paired.folder(), paired.sealer(), paired.writer(), paired.hlc(), label, paired.reader());
        db.write(c -> Jdbc.update(c, "UPDATE sync_pairing SET partner_label = ? WHERE id = 1", label));
    }

    private void remember(CoupleFolder f, byte[] key, String partnerLabel) throws IOException {
        start(f, key, partnerLabel);
        db.write(c -> Jdbc.update(c, "INSERT OR REPLACE INTO sync_pairing (id, pair_id, folder, device_id, epoch, "
                + "key_b64, partner_label, paired_at) VALUES (1,?,?,?,?,?,?,?)", f.pairId(), f.root().toString(),
                deviceId, EPOCH, Base64.getEncoder().encodeToString(key), partnerLabel, clock.instant()));
    }

    private void start(CoupleFolder f, byte[] key, String partnerLabel) {
        long[] last = db.read(c -> Jdbc.queryOne(c, "SELECT wall_millis, counter FROM sync_clock WHERE device_id = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, deviceId)).orElse(new long[] {0, 0});
        try {
            JournalWriter w = new JournalWriter(f.deviceFolder(deviceId), EPOCH, SEGMENT_BYTES);
            LineSealer sealer = new LineSealer(key, f.pairId(), random);
            paired = new Paired(f, sealer, w, new HybridLogicalClock(clock, deviceId, last[0], (int) last[1]),
                    partnerLabel, new JournalReader(sealer));
            seqFloor = null;
        } catch (IOException e) {
            throw new UncheckedIOException("The shared folder cannot be written to", e);
        }
    }

    public synchronized boolean isPaired() {
        return paired != null;
    }

    /**
     * Stores our own change in the outbox inside the caller's transaction (e.g. a repository's Database.write)
     * and returns the event. Call {@link #flushOutbox()} after the commit to append it to the journal.
     */
    public synchronized Optional<SyncEvent> enqueue(Connection c, SyncEventType type, String kind, UUID entity,
            UUID partner, String body) throws SQLException {
        return enqueueAll(c, List.of(new Change(type, kind, entity, partner, body))).stream().findFirst();
    }

    /** One change of ours, before it has its place in the journal. */
    public record Change(SyncEventType type, String kind, UUID entity, UUID partner, String body) {
    }

    /** As {@link #enqueue}, for many changes in one go (pairing sends years of shared history at once). */
    public synchronized List<SyncEvent> enqueueAll(Connection c, List<Change> changes) throws SQLException {
        if (paired == null || changes.isEmpty()) {
            return List.of();
        }
        if (seqFloor == null) {
            // Read when first needed, not at start-up: it means reading all of our own journal.
            seqFloor = paired.writer().highestSeqWritten();
        }
        long seq = Math.max(outbox.nextSeq(c), seqFloor + 1);
        List<SyncEvent> events = new ArrayList<>();
        HlcStamp stamp = null;
        for (Change ch : changes) {
            stamp = paired.hlc().send();
            events.add(new SyncEvent(SyncEvent.eid(deviceId, EPOCH, seq), ch.type(), ch.kind(), ch.entity(),
                    ch.partner(), deviceId, stamp, ch.body()));
            seq++;
        }
        saveClock(c, stamp);
        outbox.enqueueAll(c, events);
        store.apply(c, events);
        return events;
    }

    /** Enqueues and writes one event in one go. */
    public synchronized Optional<SyncEvent> publish(SyncEventType type, String kind, UUID entity, UUID partner,
            String body) {
        Optional<SyncEvent> e = db.write(c -> enqueue(c, type, kind, entity, partner, body));
        flushOutbox();
        return e;
    }

    /** Appends every outbox row not yet written; repeats are harmless because merge ignores known eids. */
    public synchronized void flushOutbox() {
        if (paired == null) {
            return;
        }
        if (!Files.isRegularFile(paired.folder().root().resolve(CoupleFolder.FILE))) {
            noticeOnce("The shared folder is not reachable right now; your shared changes are kept and will be "
                    + "written when it is back.");
            return;
        }
        if (paired.writer().lost()) {
            // Our journal was deleted under us: write all of it again. Repeats are harmless to the merge.
            try {
                paired.writer().reopen();
            } catch (IOException e) {
                noticeOnce("The shared folder cannot be written to right now; your shared changes are kept "
                        + "and will be written later.");
                return;
            }
            db.write(c -> Jdbc.update(c, "UPDATE sync_outbox SET written = 0"));
        }
        // The partial index on unwritten rows keeps this cheap when everything is written.
        List<Outbox.Pending> pending = db.read(outbox::unwritten);
        if (pending.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Outbox.Pending p : pending) {
            LineSealer.Sealed s = paired.sealer().seal(deviceId, EPOCH, p.seq(), p.event().toJson());
            lines.add(new JournalLine(JournalLine.VERSION, deviceId, EPOCH, p.seq(), s.nonce(), s.ciphertext()).encode());
        }
        try {
            // One force for the batch: pairing writes years of history at once.
            paired.writer().appendAll(lines);
        } catch (IOException e) {
            noticeOnce("The shared folder cannot be written to right now; your shared changes are kept "
                    + "and will be written later.");
            return;
        }
        long last = pending.get(pending.size() - 1).seq();
        db.write(c -> {
            outbox.markWrittenUpTo(c, last);
            return null;
        });
    }

    /** Reads the couple folder and merges; returns the partner's entity changes the app should apply. */
    public synchronized List<SyncEvent> pollOnce() {
        return poll().winners();
    }

    /** Reads the couple folder and merges, without applying anything to the app's tables. */
    public synchronized Received poll() {
        return poll((c, received) -> { });
    }

    /**
     * Reads and merges, then hands what arrived to {@code apply} inside the same transaction, so the event set
     * and the app's tables never disagree after a crash.
     */
    public synchronized Received poll(SqlConsumer<Received> apply) {
        if (paired == null) {
            return new Received(List.of(), List.of());
        }
        JournalReader.Result r = paired.reader().readChanged(paired.folder().root());
        if (r.events().isEmpty() && r.notices().isEmpty()) {
            // Nothing new: no transaction, so a quiet folder costs no disk writes.
            paired.reader().markMerged(r);
            return new Received(List.of(), List.of());
        }
        Received result = db.write(c -> {
            SyncStore.Applied applied = store.applyBatch(c, r.events());
            List<SyncEvent> changed = applied.changed();
            for (SyncEvent e : r.events()) {
                paired.hlc().receive(e.stamp());
            }
            saveClock(c, paired.hlc().last());
            for (String n : r.notices()) {
                noticeOnce(c, n);
            }
            for (String fork : store.forks()) {
                noticeOnce(c, "Two different versions of one shared change were found (" + fork
                        + "); the first one received is kept.");
            }
            Received received = new Received(notOurs(changed), notOurs(applied.arrived()));
            apply.accept(c, received);
            return received;
        });
        paired.reader().markMerged(r);
        return result;
    }

    /**
     * Runs work in one transaction while holding this service, so that its enqueued events are written to the
     * journal right after the commit. Taking this service before the database, always, keeps the two locks
     * in one order.
     */
    public synchronized <T> T write(coregulate.storage.SqlWork<T> work) {
        T result = db.write(work);
        flushOutbox();
        return result;
    }

    private List<SyncEvent> notOurs(List<SyncEvent> events) {
        List<SyncEvent> theirs = new ArrayList<>();
        for (SyncEvent e : events) {
            if (!e.deviceId().equals(deviceId)) {
                theirs.add(e);
            }
        }
        return theirs;
    }

    /** Work on received changes inside the poll's transaction. */
    @FunctionalInterface
    public interface SqlConsumer<T> {
        void accept(Connection c, T value) throws SQLException;
    }

    /**
     * Leaves the couple on this side: stops writing, deletes our journal folder and key, and hands the
     * partner's entities to the callback so the app removes them. It cannot recall what the partner received.
     */
    public synchronized void unpair() throws IOException {
        if (paired == null) {
            return;
        }
        Paired p = paired;
        paired = null;
        p.writer().close();
        deleteTree(p.folder().deviceFolder(deviceId));
        List<SyncEvent> partners = db.write(c -> {
            List<SyncEvent> gone = store.purgeExceptDevice(c, deviceId);
            outbox.clear(c);
            Jdbc.update(c, "DELETE FROM sync_pairing");
            return gone;
        });
        purgePartnerEntities.accept(partners);
    }

    public synchronized SyncStatus status() {
        List<String> notices = db.read(store::notices);
        if (paired == null) {
            return new SyncStatus(false, "Not paired with another computer.", notices);
        }
        return new SyncStatus(true, "Paired with " + paired.partnerLabel() + ".", notices);
    }

    /** What the other computer is called here ("Sam's computer"), while paired. */
    public synchronized Optional<String> partnerLabel() {
        return paired == null ? Optional.empty() : Optional.of(paired.partnerLabel());
    }

    /** Where the couple folder is, for the watcher. */
    public synchronized Optional<Path> folder() {
        return paired == null ? Optional.empty() : Optional.of(paired.folder().root());
    }

    private void saveClock(Connection c, HlcStamp s) throws SQLException {
        Jdbc.update(c, "INSERT OR REPLACE INTO sync_clock (device_id, wall_millis, counter) VALUES (?,?,?)",
                deviceId, s.wallMillis(), s.counter());
    }

    /** Records a notice for the person, once however often it recurs. */
    public synchronized void noticeOnce(String text) {
        db.write(c -> {
            noticeOnce(c, text);
            return null;
        });
    }

    private void noticeOnce(Connection c, String text) throws SQLException {
        if (!store.notices(c).contains(text)) {
            store.notice(c, "sync", text, clock.instant());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (paired != null) {
            paired.writer().close();
        }
    }
}
