package coregulate.sync.couple;

import com.fasterxml.jackson.databind.ObjectMapper;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.sync.FolderWatcher;
import coregulate.sync.KdfParams;
import coregulate.sync.SyncEvent;
import coregulate.sync.SyncEventType;
import coregulate.sync.SyncService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two computers, one couple: pairing, sending this computer's shared changes and applying the partner's.
 * Everything runs on one "couple-sync" thread, so sending and receiving never interleave; callers on other
 * threads wait for it. What arrives is reported to a listener (the window, which refreshes and, for a
 * time-out just called, comes to the front).
 */
public final class CoupleSync implements AutoCloseable {
    private static final Duration FIRST_LOOK = Duration.ofMillis(800);
    private final Database db;
    private final String deviceId;
    private final String deviceName;
    private final Clock clock;
    private final Duration rescan;
    /** The one thread everything here runs on (two app windows in one test each have their own). */
    private volatile Thread syncThread;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "couple-sync");
        t.setDaemon(true);
        syncThread = t;
        return t;
    });
    private final AtomicBoolean publishQueued = new AtomicBoolean();
    /** Made on the couple-sync thread by the first task, so that opening the app never waits for it. */
    private SyncService sync;
    private ChangePublisher publisher;
    private final ReceivedChanges receiver;
    private volatile Consumer<Arrived> listener = a -> { };
    private FolderWatcher watcher;

    /** What one poll brought, for the window. */
    public record Arrived(boolean changed, List<UUID> timeOutsCalled, List<String> problems) {
    }

    /** What Settings and the header show. */
    public record Status(boolean paired, String summary, boolean partnerSeen, Optional<Path> folder,
                         List<String> notices) {
    }

    /** A pairing code was right: whom the folder belongs to, so the person can say which of the two they are. */
    public record Checked(SyncService.Opened opened, CoupleIdentity identity) {
    }

    /** The random source is made on the sync thread, since seeding it is slow at start-up. */
    public CoupleSync(Database db, UUID deviceId, String deviceName, Clock clock, Supplier<SecureRandom> random,
                      KdfParams kdf, Duration rescan) {
        this.db = db;
        this.deviceId = deviceId.toString();
        this.deviceName = deviceName;
        this.clock = clock;
        this.rescan = rescan;
        this.receiver = new ReceivedChanges(this.deviceId);
        thread.execute(() -> {
            sync = new SyncService(db, this.deviceId, clock, random.get(), kdf, this::removePartnerEntries);
            publisher = new ChangePublisher(sync);
        });
    }

    /** Begins sending and receiving (if paired): changes left over from last time go out first. */
    public void start(Consumer<Arrived> onArrived) {
        this.listener = onArrived;
        db.setAfterCommit(this::queuePublish);
        // Called from the window as it opens: nothing here may make it wait, and reading the folder waits a
        // moment so that the first screen is not competing with it for the processor.
        thread.schedule(() -> {
            try {
                if (sync.isPaired()) {
                    // A table added by a newer version gets its trigger here.
                    db.write(CoupleSync::installTriggers);
                }
                publishNow();
                if (sync.isPaired()) {
                    watch();
                }
                pollNow();
            } catch (RuntimeException e) {
                if (sync != null) {
                    sync.noticeOnce("Sharing with the other computer could not start (" + e.getMessage()
                            + "); Coregulate will try again at the next start.");
                }
            }
        }, FIRST_LOOK.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Makes {@code folder} the couple folder; returns the code to read to the partner. */
    public String pair(Path folder, UUID me) throws IOException {
        checkUsable(folder);
        return onThreadChecked(() -> {
            var identity = db.read(c -> CoupleIdentity.read(c, me));
            String code = sync.pair(folder, identity.other(me).name() + "'s computer", identity.toJson());
            afterJoining(me, java.util.Set.of());
            return code;
        });
    }

    /** Checks the code against the folder; nothing is written anywhere. */
    public Result<Checked> check(Path folder, String code) {
        return onThread(() -> {
            var opened = sync.open(folder, code);
            if (!opened.ok()) {
                return Result.problem(opened.message());
            }
            return CoupleIdentity.parse(opened.opened().identity())
                    .map(id -> Result.ok(new Checked(opened.opened(), id)))
                    .orElse(Result.problem("This couple folder was made by a version of Coregulate that this one "
                            + "cannot join. Please update Coregulate on both computers."));
        });
    }

    /**
     * Joins as {@code me} (one of the two people in the folder): this computer's couple takes on the folder's
     * ids, then everything shared here goes out and everything shared there comes in.
     */
    public Result<String> join(Checked checked, UUID localMe, UUID me) {
        return onThread(() -> {
            db.write(c -> {
                checked.identity().adopt(c, localMe, me);
                return null;
            });
            var person = checked.identity().person(me).orElseThrow();
            String label = person.id().equals(checked.identity().pairedBy()) ? "your other computer"
                    : checked.identity().other(me).name() + "'s computer";
            var joined = sync.join(checked.opened(), label);
            if (!joined.ok()) {
                return Result.<String>problem(joined.message());
            }
            // The joining computer keeps its own partner details and agreement drafts to itself: the folder's
            // couple, as paired first, is the one both computers start from.
            afterJoining(me, java.util.Set.of("partner", "timeout_agreement"));
            pollNow();
            return Result.ok(joined.message());
        });
    }

    private void afterJoining(UUID me, java.util.Set<String> notSentNow) {
        sync.write(c -> {
            Jdbc.update(c, "INSERT OR REPLACE INTO sync_me (id, partner_id) VALUES (1, ?)", me);
            var kinds = new java.util.ArrayList<>(installTriggers(c));
            kinds.removeAll(notSentNow);
            ChangePublisher.captureAllShared(c, kinds);
            publisher.drain(c);
            var body = Json.MAPPER.createObjectNode().put("name", deviceName).toString();
            sync.enqueue(c, SyncEventType.UPSERT, ReceivedChanges.DEVICE_KIND, UUID.fromString(deviceId), me, body);
            return null;
        });
        watch();
    }

    /** Leaves the couple folder on this computer only; see {@link SyncService#unpair()}. */
    public void unpair() throws IOException {
        onThreadChecked(() -> {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
            sync.unpair();
            db.write(c -> {
                CaptureTriggers.remove(c);
                Jdbc.update(c, "DELETE FROM sync_capture");
                return Jdbc.update(c, "DELETE FROM sync_me");
            });
            return null;
        });
    }

    /** Hands the status to {@code then} on the couple-sync thread, without making the caller wait. */
    public void whenStatus(Consumer<Status> then) {
        thread.execute(() -> {
            try {
                then.accept(status());
            } catch (RuntimeException e) {
                // the next change or start asks again
            }
        });
    }

    public Status status() {
        return onThread(() -> {
            var s = sync.status();
            boolean seen = db.read(c -> Jdbc.queryOne(c, "SELECT 1 FROM sync_events WHERE device_id <> ? LIMIT 1",
                    rs -> true, deviceId)).isPresent();
            // Until the other computer has written anything, "paired with" would promise more than is true.
            String summary = s.paired() && !seen ? "Paired; waiting for " + sync.partnerLabel().orElse("the other "
                    + "computer") + " to join." : s.summary();
            return new Status(s.paired(), summary, seen, sync.folder(), s.notices());
        });
    }

    /** Reads the folder now (the watcher does this on its own; tests and "Check now" call it). */
    public void pollNow() {
        onThread(() -> {
            if (!sync.isPaired()) {
                return null;
            }
            var outcome = new ReceivedChanges.Outcome[1];
            sync.poll((c, received) -> {
                publisher.drain(c);
                outcome[0] = receiver.apply(c, received, clock.instant());
            });
            var got = outcome[0];
            if (got == null) {
                return null;
            }
            got.device().ifPresent(this::nameThePartner);
            // A computer that has just joined changes what "Paired with ..." says, even with nothing shared yet.
            if (got.changed() || got.device().isPresent()) {
                listener.accept(new Arrived(true, got.timeOutsCalled(), got.problems()));
            }
            return null;
        });
    }

    private void nameThePartner(ReceivedChanges.DeviceAnnouncement device) {
        UUID me = db.read(c -> Jdbc.queryOne(c, "SELECT partner_id FROM sync_me WHERE id = 1",
                rs -> UUID.fromString(rs.getString(1)))).orElse(null);
        if (device.partnerId().equals(me)) {
            sync.setPartnerLabel("your other computer");
            return;
        }
        db.read(c -> Jdbc.queryOne(c, "SELECT name FROM partner WHERE id = ?", rs -> rs.getString(1),
                device.partnerId())).ifPresent(name -> sync.setPartnerLabel(name + "'s computer"));
    }

    /** Makes sure every record table has its capture triggers; returns those tables. */
    private static List<String> installTriggers(java.sql.Connection c) throws java.sql.SQLException {
        List<String> kinds;
        try (var rows = SharedRows.of(c)) {
            kinds = rows.orderedKinds();
        }
        CaptureTriggers.install(c, kinds);
        return kinds;
    }

    /** Waits until every change saved so far is in the journal (tests, and closing the app). */
    public void awaitSent() {
        onThread(() -> {
            publishNow();
            return null;
        });
    }

    private void queuePublish() {
        if (publishQueued.compareAndSet(false, true)) {
            thread.execute(() -> {
                publishQueued.set(false);
                publishNow();
            });
        }
    }

    /**
     * Sends what was captured. It writes only when there is something to send: its own commit calls the
     * after-commit hook again, and must then find nothing to do.
     */
    private void publishNow() {
        boolean captured = db.read(c -> Jdbc.queryOne(c, "SELECT 1 FROM sync_capture LIMIT 1", rs -> true))
                .isPresent();
        if (!sync.isPaired()) {
            if (captured) {
                db.write(c -> Jdbc.update(c, "DELETE FROM sync_capture"));
            }
        } else if (captured) {
            sync.write(c -> {
                publisher.drain(c);
                return null;
            });
        } else {
            sync.flushOutbox();
        }
    }

    private void watch() {
        if (watcher != null) {
            return;
        }
        sync.folder().ifPresent(folder -> {
            watcher = new FolderWatcher(folder, thread, this::pollNow, sync::noticeOnce);
            watcher.start(rescan.toMillis());
        });
    }

    /** Unpairing: the partner's own entries leave this computer; the couple's shared history stays. */
    private void removePartnerEntries(List<SyncEvent> theirs) {
        db.write(c -> {
            for (SyncEvent e : theirs) {
                if (ReceivedChanges.PARTNER_ENTRIES.contains(e.entityKind())) {
                    Jdbc.update(c, "DELETE FROM \"" + e.entityKind() + "\" WHERE id = ? AND device_id <> ?",
                            e.entityId(), deviceId);
                }
            }
            return null;
        });
    }

    private static void checkUsable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("That folder does not exist (any more). Please choose the folder your sync "
                    + "tool shares with your partner.");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("Coregulate cannot write to that folder. Please choose one your sync tool "
                    + "shares and you can write to.");
        }
    }

    private <T> T onThread(Callable<T> work) {
        if (Thread.currentThread() == syncThread) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private <T> T onThreadChecked(Callable<T> work) throws IOException {
        try {
            return onThread(work);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** Stops the thread; the journal is closed. Changes not yet written go out at the next start. */
    @Override
    public void close() {
        db.setAfterCommit(null);
        try {
            onThread(() -> {
                if (watcher != null) {
                    watcher.close();
                }
                sync.close();
                return null;
            });
        } catch (RuntimeException e) {
            // closing is best effort
        }
        thread.shutdownNow();
    }

    /** A value, or a message for the person. */
    public record Result<T>(T value, String problem) {
        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String message) {
            return new Result<>(null, message);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** Made on first use, so that start-up does not pay for a JSON mapper it does not need yet. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
