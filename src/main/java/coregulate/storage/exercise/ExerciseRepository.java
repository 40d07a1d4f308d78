package coregulate.storage.exercise;

import coregulate.breathing.BreathingPattern;
import coregulate.breathing.ExerciseSession;
import coregulate.breathing.OwnPattern;
import coregulate.domain.RecordMeta;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Favourites, own breathing patterns and exercise sessions, each kept per partner. */
public final class ExerciseRepository {
    private final Database db;

    public ExerciseRepository(Database db) {
        this.db = db;
    }

    public Set<String> favourites(UUID partnerId) {
        return db.read(c -> new LinkedHashSet<>(Jdbc.query(c,
                "SELECT exercise_id FROM exercise_favourite WHERE author_partner_id = ? ORDER BY created_at",
                rs -> rs.getString(1), partnerId)));
    }

    public void addFavourite(RecordMeta meta, String exerciseId) {
        db.write(c -> Jdbc.update(c, "INSERT OR IGNORE INTO exercise_favourite (" + RecordColumns.NAMES
                        + ", exercise_id) VALUES (" + RecordColumns.PLACEHOLDERS + ", ?)",
                RecordColumns.concat(meta, exerciseId)));
    }

    public void removeFavourite(UUID partnerId, String exerciseId) {
        db.write(c -> Jdbc.update(c, "DELETE FROM exercise_favourite WHERE author_partner_id = ? AND exercise_id = ?",
                partnerId, exerciseId));
    }

    public List<OwnPattern> patterns(UUID partnerId) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM breathing_pattern WHERE author_partner_id = ? "
                + "ORDER BY name COLLATE NOCASE", ExerciseRepository::pattern, partnerId));
    }

    public List<OwnPattern> allPatterns() {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM breathing_pattern ORDER BY name COLLATE NOCASE",
                ExerciseRepository::pattern));
    }

    /** Inserts a new pattern or replaces the stored one with the same id. */
    public void savePattern(OwnPattern p) {
        var b = p.pattern();
        db.write(c -> {
            int changed = Jdbc.update(c, "UPDATE breathing_pattern SET updated_at = ?, name = ?, inhale_s = ?, "
                            + "top_up_s = ?, hold_in_s = ?, exhale_s = ?, hold_out_s = ?, cycles = ?, minutes = ? "
                            + "WHERE id = ?", p.meta().updatedAt(), p.name(), b.inhale(), b.topUp(), b.holdIn(),
                    b.exhale(), b.holdOut(), b.cycles(), b.minutes(), p.meta().id());
            if (changed == 0) {
                Jdbc.update(c, "INSERT INTO breathing_pattern (" + RecordColumns.NAMES + ", name, inhale_s, top_up_s, "
                                + "hold_in_s, exhale_s, hold_out_s, cycles, minutes) VALUES ("
                                + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?)",
                        RecordColumns.concat(p.meta(), p.name(), b.inhale(), b.topUp(), b.holdIn(), b.exhale(),
                                b.holdOut(), b.cycles(), b.minutes()));
            }
            return null;
        });
    }

    public void deletePattern(UUID partnerId, UUID patternId) {
        db.write(c -> {
            Jdbc.update(c, "DELETE FROM breathing_pattern WHERE id = ? AND author_partner_id = ?", patternId, partnerId);
            Jdbc.update(c, "DELETE FROM exercise_favourite WHERE exercise_id = ?", OwnPattern.ID_PREFIX + patternId);
            return null;
        });
    }

    /** Stores sessions in one transaction: both rows of a shared session, or none. */
    public void insertSessions(List<ExerciseSession> sessions) {
        db.write(c -> {
            for (var s : sessions) {
                Jdbc.update(c, "INSERT INTO exercise_session (" + RecordColumns.NAMES + ", exercise_id, exercise_name, "
                                + "started_at, duration_s, completed, before_level, after_level, breaths_per_min, "
                                + "together_with_id) VALUES (" + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        RecordColumns.concat(s.meta(), s.exerciseId(), s.exerciseName(), s.startedAt(),
                                s.durationSeconds(), s.completed(), s.beforeLevel(), s.afterLevel(),
                                s.breathsPerMinute(), s.togetherWith()));
            }
            return null;
        });
    }

    public List<ExerciseSession> sessions(UUID partnerId) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM exercise_session WHERE author_partner_id = ? "
                + "ORDER BY started_at", ExerciseRepository::session, partnerId));
    }

    /** The partner's rated sessions, oldest first: four columns each, through the partner index. */
    public List<coregulate.breathing.SessionRating> ratings(UUID partnerId) {
        return db.read(c -> Jdbc.query(c, "SELECT exercise_id, exercise_name, before_level, after_level "
                + "FROM exercise_session WHERE author_partner_id = ? AND before_level IS NOT NULL "
                + "AND after_level IS NOT NULL ORDER BY started_at",
                rs -> new coregulate.breathing.SessionRating(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4)), partnerId));
    }

    private static OwnPattern pattern(ResultSet rs) throws SQLException {
        return new OwnPattern(RecordColumns.read(rs), rs.getString("name"), new BreathingPattern(
                rs.getDouble("inhale_s"), rs.getDouble("top_up_s"), rs.getDouble("hold_in_s"),
                rs.getDouble("exhale_s"), rs.getDouble("hold_out_s"), Jdbc.intOrNull(rs, "cycles"),
                Jdbc.doubleOrNull(rs, "minutes")));
    }

    private static ExerciseSession session(ResultSet rs) throws SQLException {
        return new ExerciseSession(RecordColumns.read(rs), rs.getString("exercise_id"), rs.getString("exercise_name"),
                Jdbc.instant(rs.getString("started_at")), rs.getLong("duration_s"), rs.getInt("completed") == 1,
                Jdbc.intOrNull(rs, "before_level"), Jdbc.intOrNull(rs, "after_level"),
                Jdbc.doubleOrNull(rs, "breaths_per_min"), Jdbc.uuid(rs.getString("together_with_id")));
    }
}
