package coregulate.storage.timeout;

import coregulate.domain.timeout.TimeOut;
import coregulate.domain.timeout.TimeOutAgreement;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Agreements (every version, with confirmations) and time-outs. */
public final class TimeOutRepository {
    private final Database db;

    public TimeOutRepository(Database db) {
        this.db = db;
    }

    public void insertAgreement(TimeOutAgreement a) {
        db.write(c -> {
            Jdbc.update(c, "INSERT INTO timeout_agreement (" + RecordColumns.NAMES + ", version, signal_words, "
                            + "signal_gesture, break_minutes, latest_return_hours, first_plan, second_plan, restart) VALUES ("
                            + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?)",
                    RecordColumns.concat(a.meta(), a.version(), a.signalWords(), a.signalGesture(), a.breakMinutes(),
                            a.latestReturnHours(), a.firstPlan(), a.secondPlan(), a.restart()));
            for (UUID partner : a.confirmedBy()) {
                confirm(c, a.meta().id(), partner, a.meta().createdAt());
            }
            return null;
        });
    }

    public void confirm(UUID agreementId, UUID partner, Instant at) {
        db.write(c -> {
            confirm(c, agreementId, partner, at);
            return null;
        });
    }

    private static void confirm(Connection c, UUID agreementId, UUID partner, Instant at) throws SQLException {
        Jdbc.update(c, "INSERT OR IGNORE INTO timeout_confirmation (agreement_id, partner_id, confirmed_at) "
                + "VALUES (?, ?, ?)", agreementId, partner, at);
    }

    /** Every version, newest first. */
    public List<TimeOutAgreement> agreements() {
        return db.read(c -> {
            var list = Jdbc.query(c, "SELECT * FROM timeout_agreement ORDER BY version DESC", rs -> rs.getString("id"));
            var out = new java.util.ArrayList<TimeOutAgreement>();
            for (String id : list) {
                var confirmed = new HashSet<>(Jdbc.query(c, "SELECT partner_id FROM timeout_confirmation WHERE agreement_id = ?",
                        rs -> UUID.fromString(rs.getString(1)), id));
                out.add(Jdbc.queryOne(c, "SELECT * FROM timeout_agreement WHERE id = ?",
                        rs -> new TimeOutAgreement(RecordColumns.read(rs), rs.getInt("version"), rs.getString("signal_words"),
                                rs.getString("signal_gesture"), rs.getInt("break_minutes"), rs.getInt("latest_return_hours"),
                                rs.getString("first_plan"), rs.getString("second_plan"), rs.getString("restart"), confirmed),
                        id).orElseThrow());
            }
            return out;
        });
    }

    public void insert(TimeOut t) {
        db.write(c -> Jdbc.update(c, "INSERT INTO time_out (" + RecordColumns.NAMES + ", called_at, break_minutes, "
                        + "latest_return, agreement_id, extra_minutes, cancelled_at, acknowledged_by, ready, reconvened_at, "
                        + "outcome, outcome_note) VALUES (" + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RecordColumns.concat(t.meta(), t.calledAt(), t.breakMinutes(), t.latestReturn(), t.agreementId(),
                        t.extraMinutes(), t.cancelledAt(), t.acknowledgedBy(), readyText(t), t.reconvenedAt(), t.outcome(),
                        t.outcomeNote())));
    }

    public void update(TimeOut t) {
        db.write(c -> Jdbc.update(c, "UPDATE time_out SET updated_at = ?, extra_minutes = ?, cancelled_at = ?, "
                        + "acknowledged_by = ?, ready = ?, reconvened_at = ?, outcome = ?, outcome_note = ? WHERE id = ?",
                t.meta().updatedAt(), t.extraMinutes(), t.cancelledAt(), t.acknowledgedBy(), readyText(t),
                t.reconvenedAt(), t.outcome(), t.outcomeNote(), t.meta().id()));
    }

    public Optional<TimeOut> latest() {
        return db.read(c -> Jdbc.queryOne(c, "SELECT * FROM time_out ORDER BY called_at DESC, rowid DESC LIMIT 1",
                TimeOutRepository::map));
    }

    /**
     * The newest time-out not taken back. When both partners called at once on two computers, one call was
     * folded into the other and this is the one that stays on.
     */
    public Optional<TimeOut> latestNotCancelled() {
        return db.read(c -> Jdbc.queryOne(c, "SELECT * FROM time_out WHERE cancelled_at IS NULL "
                + "ORDER BY called_at DESC, id DESC LIMIT 1", TimeOutRepository::map));
    }

    public List<TimeOut> history(int limit) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM time_out ORDER BY called_at DESC, rowid DESC LIMIT ?",
                TimeOutRepository::map, limit));
    }

    public List<TimeOut> between(Instant from, Instant to) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM time_out WHERE called_at >= ? AND called_at < ? ORDER BY called_at",
                TimeOutRepository::map, from, to));
    }

    public int promisesKept() {
        return db.read(c -> Jdbc.queryOne(c, "SELECT count(*) FROM time_out WHERE reconvened_at IS NOT NULL "
                // As times, not as text: "...:00Z" sorts after "...:00.500Z" as text, though it is earlier.
                + "AND julianday(reconvened_at) <= julianday(latest_return)", rs -> rs.getInt(1)).orElse(0));
    }

    private static String readyText(TimeOut t) {
        return t.ready().stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    static TimeOut map(ResultSet rs) throws SQLException {
        String ready = rs.getString("ready");
        var readySet = ready == null || ready.isBlank() ? java.util.Set.<UUID>of()
                : Arrays.stream(ready.split(",")).map(UUID::fromString).collect(Collectors.toSet());
        var meta = RecordColumns.read(rs);
        return new TimeOut(meta, meta.authorPartnerId(), Jdbc.instant(rs.getString("called_at")),
                rs.getInt("break_minutes"), Jdbc.instant(rs.getString("latest_return")),
                Jdbc.uuid(rs.getString("agreement_id")), rs.getInt("extra_minutes"),
                Jdbc.instant(rs.getString("cancelled_at")), Jdbc.uuid(rs.getString("acknowledged_by")), readySet,
                Jdbc.instant(rs.getString("reconvened_at")), Jdbc.intOrNull(rs, "outcome"), rs.getString("outcome_note"));
    }
}
