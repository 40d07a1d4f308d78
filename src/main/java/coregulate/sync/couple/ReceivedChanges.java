package coregulate.sync.couple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import coregulate.storage.Jdbc;
import coregulate.sync.SyncEvent;
import coregulate.sync.SyncService;
import coregulate.sync.SyncStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies what the partner's computer sent to this computer's tables, inside the poll's transaction. Each
 * record is applied on its own savepoint, so one record this version cannot take (a rule it does not know)
 * is reported and the rest still arrive.
 */
final class ReceivedChanges {
    static final String DEVICE_KIND = "device";
    /** Kinds removed when this computer unpairs: the partner's own entries, not the couple's shared history. */
    static final Set<String> PARTNER_ENTRIES = Set.of("check_in", "trigger_entry", "helps_card", "exercise_session",
            "exercise_favourite", "breathing_pattern");
    /** Two calls this close together are one time-out: both partners reached for it at once. */
    static final java.time.Duration SAME_CALL = java.time.Duration.ofMinutes(3);

    private final String ownDevice;
    private final SyncStore store = new SyncStore();

    ReceivedChanges(String ownDevice) {
        this.ownDevice = ownDevice;
    }

    /** What arrived, for the window: whether anything changed, time-outs just called, the partner's device. */
    record Outcome(boolean changed, List<UUID> timeOutsCalled, Optional<DeviceAnnouncement> device,
                   List<String> problems) {
    }

    record DeviceAnnouncement(UUID partnerId, String name) {
    }

    private record Key(String kind, UUID id) {
    }

    Outcome apply(Connection c, SyncService.Received received, Instant now) throws SQLException {
        try (var rows = SharedRows.of(c)) {
            return apply(c, rows, received, now);
        }
    }

    private Outcome apply(Connection c, SharedRows rows, SyncService.Received received, Instant now)
            throws SQLException {
        Map<Key, List<SyncEvent>> touched = new LinkedHashMap<>();
        Optional<DeviceAnnouncement> device = Optional.empty();
        for (SyncEvent e : concat(received.winners(), received.arrived())) {
            if (e.entityKind().equals(DEVICE_KIND)) {
                var body = SharedRows.parse(e.body());
                device = Optional.of(new DeviceAnnouncement(e.partnerId(), body.path("name").asText("")));
                continue;
            }
            touched.computeIfAbsent(new Key(e.entityKind(), e.entityId()), k -> new ArrayList<>());
        }
        for (SyncEvent e : received.arrived()) {
            var list = touched.get(new Key(e.entityKind(), e.entityId()));
            if (list != null) {
                list.add(e);
            }
        }
        var problems = new ArrayList<String>();
        var called = new ArrayList<UUID>();
        for (String kind : rows.orderedKinds()) {
            for (var entry : touched.entrySet()) {
                if (entry.getKey().kind().equals(kind)) {
                    applyOne(c, rows, entry.getKey(), entry.getValue(), now, problems, called);
                }
            }
        }
        for (var key : touched.keySet()) {
            if (!rows.knows(key.kind())) {
                problems.add("Your partner's computer sent a kind of entry this version does not know yet ("
                        + key.kind() + "). Updating Coregulate will show it.");
                break;
            }
        }
        // Our own changes were drained at the start of this transaction, so what is captured now is only
        // what was just applied; it must not echo back.
        Jdbc.update(c, "DELETE FROM sync_capture");
        collapseSimultaneousCalls(c);
        return new Outcome(!touched.isEmpty(), called, device, problems);
    }

    private void applyOne(Connection c, SharedRows rows, Key key, List<SyncEvent> arrived, Instant now,
                          List<String> problems, List<UUID> called) throws SQLException {
        savepoint(c, "SAVEPOINT received");
        try {
            var winner = store.winner(c, key.kind(), key.id());
            if (winner.isEmpty()) {
                savepoint(c, "RELEASE received");
                return;
            }
            Optional<ObjectNode> current = rows.read(c, key.kind(), key.id());
            if (winner.get().isWithdrawal()) {
                if (!winner.get().deviceId().equals(ownDevice) && !key.kind().equals("partner")) {
                    rows.delete(c, key.kind(), key.id());
                }
            } else if (key.kind().equals("time_out")) {
                ObjectNode merged = current.orElse(null);
                for (SyncEvent e : withWinner(arrived, winner.get())) {
                    if (!e.isWithdrawal()) {
                        ObjectNode row = SharedRows.parse(e.body());
                        merged = merged == null ? row : TimeOutRowMerge.merge(merged, row);
                    }
                }
                rows.write(c, key.kind(), merged);
                if (current.isEmpty() && isOn(merged, now) && !winner.get().deviceId().equals(ownDevice)) {
                    called.add(key.id());
                }
            } else {
                if (!winner.get().deviceId().equals(ownDevice)) {
                    rows.write(c, key.kind(), SharedRows.parse(winner.get().body()));
                }
                for (SyncEvent e : arrived) {
                    // Confirmations of an agreement made on both computers at once are all kept.
                    if (!e.isWithdrawal() && key.kind().equals("timeout_agreement")) {
                        rows.writeConfirmations(c, SharedRows.parse(e.body()));
                    }
                }
            }
            savepoint(c, "RELEASE received");
        } catch (SQLException | RuntimeException e) {
            savepoint(c, "ROLLBACK TO received");
            savepoint(c, "RELEASE received");
            problems.add("One shared entry from your partner's computer could not be stored here ("
                    + key.kind() + "); the rest arrived.");
        }
    }

    private static List<SyncEvent> withWinner(List<SyncEvent> arrived, SyncEvent winner) {
        var all = new ArrayList<>(arrived);
        if (!all.contains(winner)) {
            all.add(winner);
        }
        return all;
    }

    private static boolean isOn(ObjectNode timeOut, Instant now) {
        if (!timeOut.path("cancelled_at").isNull() || !timeOut.path("reconvened_at").isNull()) {
            return false;
        }
        try {
            return now.isBefore(Instant.parse(timeOut.path("latest_return").asText()));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * When both partners call a time-out before either call has arrived, the later call joins the earlier
     * one. Both computers pick the same one, so they end the same whichever call arrives first.
     */
    private static void collapseSimultaneousCalls(Connection c) throws SQLException {
        var open = Jdbc.query(c, "SELECT id, called_at FROM time_out WHERE cancelled_at IS NULL AND reconvened_at "
                + "IS NULL ORDER BY called_at DESC, id DESC LIMIT 10", rs -> new Object[] {rs.getString(1),
                Jdbc.instant(rs.getString(2)), rs.getString(2)});
        for (int i = 0; i + 1 < open.size(); i++) {
            Instant later = (Instant) open.get(i)[1];
            Instant earlier = (Instant) open.get(i + 1)[1];
            if (!later.isAfter(earlier.plus(SAME_CALL))) {
                Jdbc.update(c, "UPDATE time_out SET cancelled_at = ? WHERE id = ?", open.get(i)[2], open.get(i)[0]);
            }
        }
    }

    private static void savepoint(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<SyncEvent> concat(List<SyncEvent> a, List<SyncEvent> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
