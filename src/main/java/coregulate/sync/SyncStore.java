package coregulate.sync;

import coregulate.storage.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQLite side of the merge: INSERT OR IGNORE by eid into the event set, then recompute the LWW winner of the
 * touched entities. Call inside one Database.write so a batch is applied whole or not at all.
 */
public final class SyncStore {
    private static final String COLS = "eid, type, entity_kind, entity_id, partner_id, device_id, hlc_wall, "
            + "hlc_counter, body";

    private final java.util.Set<String> forks = new java.util.TreeSet<>();

    /** Eids that arrived twice with different content; the first stored copy is kept and the rest reported. */
    public java.util.Set<String> forks() {
        return java.util.Collections.unmodifiableSet(forks);
    }

    /** Entities whose winner changed (their new winning event), and every event stored for the first time. */
    public record Applied(List<SyncEvent> changed, List<SyncEvent> arrived) {
    }

    /** Applies a batch; returns the entities whose winner changed (their new winning event). */
    public List<SyncEvent> apply(Connection c, List<SyncEvent> batch) throws SQLException {
        return applyBatch(c, batch).changed();
    }

    public Applied applyBatch(Connection c, List<SyncEvent> batch) throws SQLException {
        // Keyed by entity, so a batch of years of history stays linear; the last winner per entity is kept.
        java.util.Map<String, SyncEvent> changed = new java.util.LinkedHashMap<>();
        List<SyncEvent> arrived = new ArrayList<>();
        java.util.Map<String, Long> watermarks = new java.util.HashMap<>();
        // Prepared once for the batch: a computer joining reads years of history in one go.
        try (var insert = c.prepareStatement("INSERT OR IGNORE INTO sync_events (" + COLS
                + ") VALUES (?,?,?,?,?,?,?,?,?)");
             var current = c.prepareStatement("SELECT e.eid, e.device_id, e.hlc_wall, e.hlc_counter FROM sync_view v "
                     + "JOIN sync_events e ON e.eid = v.winner_eid WHERE v.entity_kind = ? AND v.entity_id = ?");
             var view = c.prepareStatement("INSERT OR REPLACE INTO sync_view (entity_kind, entity_id, winner_eid) "
                     + "VALUES (?,?,?)")) {
            for (SyncEvent e : batch) {
                Jdbc.bind(insert, e.eid(), e.type().id(), e.entityKind(), e.entityId(), e.partnerId(), e.deviceId(),
                        e.stamp().wallMillis(), e.stamp().counter(), e.body());
                if (insert.executeUpdate() == 0) {
                    noteFork(c, e);
                    continue;
                }
                arrived.add(e);
                if (wins(current, e)) {
                    Jdbc.bind(view, e.entityKind(), e.entityId(), e.eid());
                    view.executeUpdate();
                    String key = e.entityKind() + "/" + e.entityId();
                    changed.remove(key);
                    changed.put(key, e);
                }
                String[] place = e.eid().split(":");
                if (place.length == 3) {
                    watermarks.merge(place[0] + ":" + place[1], Long.parseLong(place[2]), Math::max);
                }
            }
        }
        for (var w : watermarks.entrySet()) {
            String[] place = w.getKey().split(":");
            Jdbc.update(c, "INSERT INTO sync_watermarks (device_id, epoch, max_seq) VALUES (?,?,?) "
                    + "ON CONFLICT(device_id, epoch) DO UPDATE SET max_seq = MAX(max_seq, excluded.max_seq)",
                    place[0], Integer.parseInt(place[1]), w.getValue());
        }
        return new Applied(new ArrayList<>(changed.values()), arrived);
    }

    /** Whether {@code e} beats the entity's current winner (or there is none yet). */
    private static boolean wins(java.sql.PreparedStatement current, SyncEvent e) throws SQLException {
        Jdbc.bind(current, e.entityKind(), e.entityId());
        try (ResultSet rs = current.executeQuery()) {
            if (!rs.next()) {
                return true;
            }
            String dev = rs.getString(2);
            var winner = new SyncEvent(rs.getString(1), e.type(), e.entityKind(), e.entityId(), e.partnerId(), dev,
                    new HlcStamp(rs.getLong(3), rs.getInt(4), dev), "");
            return MergeState.WINS.compare(e, winner) > 0;
        }
    }

    private void noteFork(Connection c, SyncEvent e) throws SQLException {
        boolean same = Jdbc.queryOne(c, "SELECT body = ? AND type = ? AND hlc_wall = ? AND hlc_counter = ?"
                + " FROM sync_events WHERE eid = ?", rs -> rs.getBoolean(1), e.body(), e.type().id(),
                e.stamp().wallMillis(), e.stamp().counter(), e.eid()).orElse(true);
        if (!same) {
            forks.add(e.eid());
        }
    }

    public Optional<SyncEvent> winner(Connection c, String kind, UUID entity) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + prefixed() + " FROM sync_view v JOIN sync_events e ON e.eid = v.winner_eid"
                + " WHERE v.entity_kind = ? AND v.entity_id = ?", SyncStore::map, kind, entity);
    }

    public List<SyncEvent> view(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + prefixed() + " FROM sync_view v JOIN sync_events e ON e.eid = v.winner_eid"
                + " ORDER BY v.entity_kind, v.entity_id", SyncStore::map);
    }

    public int eventCount(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM sync_events", rs -> rs.getInt(1)).orElse(0);
    }

    public void notice(Connection c, String kind, String detail, Instant at) throws SQLException {
        Jdbc.update(c, "INSERT INTO sync_notices (kind, detail, noticed_at) VALUES (?,?,?)", kind, detail, at);
    }

    public List<String> notices(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT detail FROM sync_notices ORDER BY id", rs -> rs.getString(1));
    }

    /** Forgets everything received from other devices (unpairing). */
    public List<SyncEvent> purgeExceptDevice(Connection c, String ownDevice) throws SQLException {
        List<SyncEvent> gone = Jdbc.query(c, "SELECT " + prefixed() + " FROM sync_view v JOIN sync_events e"
                + " ON e.eid = v.winner_eid WHERE e.device_id <> ?", SyncStore::map, ownDevice);
        Jdbc.update(c, "DELETE FROM sync_view");
        Jdbc.update(c, "DELETE FROM sync_events");
        Jdbc.update(c, "DELETE FROM sync_watermarks");
        return gone;
    }

    private static String prefixed() {
        return "e.eid, e.type, e.entity_kind, e.entity_id, e.partner_id, e.device_id, e.hlc_wall, e.hlc_counter, e.body";
    }

    private static SyncEvent map(ResultSet rs) throws SQLException {
        String dev = rs.getString("device_id");
        return new SyncEvent(rs.getString("eid"), SyncEventType.fromId(rs.getString("type")),
                rs.getString("entity_kind"), UUID.fromString(rs.getString("entity_id")),
                UUID.fromString(rs.getString("partner_id")), dev,
                new HlcStamp(rs.getLong("hlc_wall"), rs.getInt("hlc_counter"), dev), rs.getString("body"));
    }
}
