package coregulate.sync;

import coregulate.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Durable queue of our own events. {@link #enqueueAll} runs inside the transaction that drains captured
 * changes, so a change and its outbox row commit together.
 */
public final class Outbox {
    public record Pending(long seq, SyncEvent event) {
    }

    /** Queues events whose eids end in their sequence numbers, with one prepared statement. */
    public void enqueueAll(Connection c, List<SyncEvent> events) throws SQLException {
        try (var insert = c.prepareStatement("INSERT OR IGNORE INTO sync_outbox (seq, eid, event_json, written) "
                + "VALUES (?,?,?,0)")) {
            for (SyncEvent e : events) {
                String eid = e.eid();
                Jdbc.bind(insert, Long.parseLong(eid.substring(eid.lastIndexOf(':') + 1)), eid, e.toJson());
                insert.executeUpdate();
            }
        }
    }

    public long nextSeq(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_outbox", rs -> rs.getLong(1)).orElse(1L);
    }

    public List<Pending> unwritten(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT seq, event_json FROM sync_outbox WHERE written = 0 ORDER BY seq",
                rs -> new Pending(rs.getLong(1), SyncEvent.fromJson(rs.getString(2))));
    }

    /** Marks every row up to {@code seq} written; rows are read and written in seq order by one thread. */
    public void markWrittenUpTo(Connection c, long seq) throws SQLException {
        Jdbc.update(c, "UPDATE sync_outbox SET written = 1 WHERE written = 0 AND seq <= ?", seq);
    }

    public void clear(Connection c) throws SQLException {
        Jdbc.update(c, "DELETE FROM sync_outbox");
    }
}
