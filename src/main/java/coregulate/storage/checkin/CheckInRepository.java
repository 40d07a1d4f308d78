package coregulate.storage.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.CheckInPoint;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Check-ins in SQLite. Every read is for a viewer, who sees their own entries and the other's shared ones. */
public final class CheckInRepository {
    private static final String VISIBLE = "(author_partner_id = ? OR visibility = 'shared')";
    private final Database db;

    public CheckInRepository(Database db) {
        this.db = db;
    }

    public void insert(CheckIn c) {
        db.write(conn -> Jdbc.update(conn, "INSERT INTO check_in (" + RecordColumns.NAMES
                        + ", at, arousal, signals, custom_signals, emotions, custom_emotions, pulse, hrv_ms, sleep_hours,"
                        + " connection, note) VALUES (" + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RecordColumns.concat(c.meta(), ownValues(c))));
    }

    public void update(CheckIn c) {
        Object[] own = ownValues(c);
        Object[] params = Arrays.copyOf(own, own.length + 3);
        params[own.length] = c.meta().visibility().dbValue();
        params[own.length + 1] = c.meta().updatedAt();
        params[own.length + 2] = c.meta().id();
        int changed = db.write(conn -> Jdbc.update(conn, "UPDATE check_in SET at = ?, arousal = ?, signals = ?, "
                + "custom_signals = ?, emotions = ?, custom_emotions = ?, pulse = ?, hrv_ms = ?, sleep_hours = ?, "
                + "connection = ?, note = ?, visibility = ?, updated_at = ? WHERE id = ?", params));
        if (changed == 0) {
            throw new IllegalStateException("That check-in no longer exists.");
        }
    }

    public void delete(UUID id) {
        db.write(conn -> Jdbc.update(conn, "DELETE FROM check_in WHERE id = ?", id));
    }

    public Optional<CheckIn> find(UUID id, UUID viewer) {
        return db.read(conn -> Jdbc.queryOne(conn, "SELECT * FROM check_in WHERE id = ? AND " + VISIBLE,
                CheckInRepository::map, id, viewer));
    }

    public Optional<CheckIn> latestBy(UUID author) {
        return db.read(conn -> Jdbc.queryOne(conn,
                "SELECT * FROM check_in WHERE author_partner_id = ? ORDER BY at DESC, rowid DESC LIMIT 1",
                CheckInRepository::map, author));
    }

    public List<CheckIn> history(HistoryFilter f) {
        var sql = new StringBuilder("SELECT * FROM check_in WHERE " + VISIBLE);
        var params = new ArrayList<Object>();
        params.add(f.viewer());
        f.author().ifPresent(a -> {
            sql.append(" AND author_partner_id = ?");
            params.add(a);
        });
        f.from().ifPresent(from -> {
            sql.append(" AND at >= ?");
            params.add(from);
        });
        f.to().ifPresent(to -> {
            sql.append(" AND at < ?");
            params.add(to);
        });
        f.state().ifPresent(state -> {
            sql.append(switch (state) {
                case SHUT_DOWN -> " AND arousal < " + ArousalState.WINDOW_LOW;
                case REGULATED -> " AND arousal BETWEEN " + ArousalState.WINDOW_LOW + " AND " + ArousalState.WINDOW_HIGH;
                case ACTIVATED -> " AND arousal > " + ArousalState.WINDOW_HIGH;
            });
        });
        sql.append(" ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?");
        params.add(f.limit());
        params.add(f.offset());
        return db.read(conn -> Jdbc.query(conn, sql.toString(), CheckInRepository::map, params.toArray()));
    }

    /** All check-ins by one author in [from, to), oldest first: for trends and reports. */
    public List<CheckIn> byAuthorBetween(UUID author, UUID viewer, Instant from, Instant to) {
        return db.read(conn -> Jdbc.query(conn, "SELECT * FROM check_in WHERE author_partner_id = ? AND " + VISIBLE
                        + " AND at >= ? AND at < ? ORDER BY at", CheckInRepository::map, author, viewer, from, to));
    }

    /**
     * One author's check-ins in [from, to), oldest first, as Insights reads them: those the viewer may see, or
     * with {@code sharedOnly} only the shared ones. Reads five columns through the (author, at) index.
     */
    public List<CheckInPoint> pointsBetween(UUID author, UUID viewer, boolean sharedOnly, Instant from, Instant to) {
        return db.read(conn -> Jdbc.query(conn, "SELECT at, arousal, sleep_hours, pulse, note FROM check_in "
                        + "WHERE author_partner_id = ? AND " + VISIBLE + (sharedOnly ? " AND visibility = 'shared'" : "")
                        + " AND at >= ? AND at < ? ORDER BY at",
                rs -> new CheckInPoint(Jdbc.instant(rs.getString(1)), rs.getInt(2), Jdbc.doubleOrNull(rs, "sleep_hours"),
                        Jdbc.intOrNull(rs, "pulse"), rs.getString(5)), author, viewer, from, to));
    }

    /** The words a partner has used before for their own signals and emotions, most recent first. */
    public List<List<String>> ownWords(UUID author) {
        return db.read(conn -> {
            var signals = new java.util.LinkedHashSet<String>();
            var emotions = new java.util.LinkedHashSet<String>();
            for (String[] row : Jdbc.query(conn, "SELECT custom_signals, custom_emotions FROM check_in WHERE "
                    + "author_partner_id = ? AND (custom_signals <> '[]' OR custom_emotions <> '[]') ORDER BY at DESC "
                    + "LIMIT 500", rs -> new String[] {rs.getString(1), rs.getString(2)}, author)) {
                signals.addAll(JsonLists.read(row[0]));
                emotions.addAll(JsonLists.read(row[1]));
            }
            return List.of(List.copyOf(signals), List.copyOf(emotions));
        });
    }

    private static Object[] ownValues(CheckIn c) {
        return new Object[] {c.at(), c.arousal(),
                JsonLists.write(c.signals().stream().sorted().map(BodySignal::id).toList()),
                JsonLists.write(c.customSignals()),
                JsonLists.write(c.emotions().stream().sorted().map(Emotion::id).toList()),
                JsonLists.write(c.customEmotions()), c.pulse(), c.hrvMs(), c.sleepHours(), c.connection(), c.note()};
    }

    static CheckIn map(ResultSet rs) throws SQLException {
        var signals = EnumSet.noneOf(BodySignal.class);
        for (String id : JsonLists.read(rs.getString("signals"))) {
            Arrays.stream(BodySignal.values()).filter(s -> s.id().equals(id)).findFirst().ifPresent(signals::add);
        }
        var emotions = EnumSet.noneOf(Emotion.class);
        for (String id : JsonLists.read(rs.getString("emotions"))) {
            Arrays.stream(Emotion.values()).filter(e -> e.id().equals(id)).findFirst().ifPresent(emotions::add);
        }
        return new CheckIn(RecordColumns.read(rs), Jdbc.instant(rs.getString("at")), rs.getInt("arousal"), signals,
                JsonLists.read(rs.getString("custom_signals")), emotions, JsonLists.read(rs.getString("custom_emotions")),
                Jdbc.intOrNull(rs, "pulse"), Jdbc.doubleOrNull(rs, "hrv_ms"), Jdbc.doubleOrNull(rs, "sleep_hours"),
                Jdbc.intOrNull(rs, "connection"), rs.getString("note"));
    }
}
