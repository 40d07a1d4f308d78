package coregulate.sync.couple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import coregulate.storage.Jdbc;
import coregulate.sync.SyncEventType;
import coregulate.sync.SyncService;
import coregulate.sync.SyncStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the changes the capture triggers noted into journal events. A shared record goes out whole; a record
 * that was made private or deleted goes out as a withdrawal, but only if it had gone out before. A private
 * record is never read into an event, which is what keeps it on this computer.
 */
final class ChangePublisher {
    /** Kinds this computer may send. The couple row carries nothing the partner needs. */
    private static final java.util.Set<String> NEVER_SENT = java.util.Set.of("couple");
    private final SyncService sync;
    private final SyncStore store = new SyncStore();

    ChangePublisher(SyncService sync) {
        this.sync = sync;
    }

    private record Captured(String kind, UUID id) {
    }

    /** Moves every captured change into the outbox, inside the caller's transaction. */
    void drain(Connection c) throws SQLException {
        var captured = Jdbc.query(c, "SELECT kind, entity_id FROM sync_capture",
                rs -> new Captured(rs.getString(1), UUID.fromString(rs.getString(2))));
        if (captured.isEmpty()) {
            return;
        }
        var changes = new java.util.ArrayList<SyncService.Change>();
        try (var rows = SharedRows.of(c)) {
            for (Captured change : captured) {
                if (rows.knows(change.kind()) && !NEVER_SENT.contains(change.kind())) {
                    describe(c, rows, change).ifPresent(changes::add);
                }
            }
        }
        sync.enqueueAll(c, changes);
        Jdbc.update(c, "DELETE FROM sync_capture");
    }

    private Optional<SyncService.Change> describe(Connection c, SharedRows rows, Captured change)
            throws SQLException {
        Optional<ObjectNode> row = rows.read(c, change.kind(), change.id());
        if (row.isPresent() && "shared".equals(row.get().path("visibility").asText())) {
            UUID author = UUID.fromString(row.get().get("author_partner_id").asText());
            return Optional.of(new SyncService.Change(SyncEventType.UPSERT, change.kind(), change.id(), author,
                    row.get().toString()));
        }
        var sent = store.winner(c, change.kind(), change.id());
        if (sent.isPresent() && !sent.get().isWithdrawal()) {
            return Optional.of(new SyncService.Change(SyncEventType.WITHDRAW, change.kind(), change.id(),
                    sent.get().partnerId(), "{}"));
        }
        return Optional.empty();
    }

    /** Notes every shared record as changed, so that pairing sends what was shared before it. */
    static void captureAllShared(Connection c, Iterable<String> kinds) throws SQLException {
        for (String kind : kinds) {
            if (!NEVER_SENT.contains(kind)) {
                Jdbc.update(c, "INSERT OR IGNORE INTO sync_capture (kind, entity_id) SELECT ?, id FROM \"" + kind
                        + "\" WHERE visibility = 'shared'", kind);
            }
        }
    }
}
