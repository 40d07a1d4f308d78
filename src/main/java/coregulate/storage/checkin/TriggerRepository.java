package coregulate.storage.checkin;

import coregulate.domain.checkin.Reaction;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.checkin.TriggerCategory;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The trigger log. Reads are for a viewer: their own entries and the other's shared ones. */
public final class TriggerRepository {
    private static final String VISIBLE = "(author_partner_id = ? OR visibility = 'shared')";
    private final Database db;

    public TriggerRepository(Database db) {
        this.db = db;
    }

    public void insert(Trigger t) {
        db.write(c -> Jdbc.update(c, "INSERT INTO trigger_entry (" + RecordColumns.NAMES + ", at, title, category, "
                        + "custom_category, intensity, reaction, context, what_helped, check_in_id) VALUES ("
                        + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RecordColumns.concat(t.meta(), t.at(), t.title(), t.category(), t.customCategory(), t.intensity(),
                        t.reaction(), t.context(), t.whatHelped(), t.checkInId())));
    }

    public void update(Trigger t) {
        db.write(c -> Jdbc.update(c, "UPDATE trigger_entry SET at = ?, title = ?, category = ?, custom_category = ?, "
                        + "intensity = ?, reaction = ?, context = ?, what_helped = ?, visibility = ?, updated_at = ? "
                        + "WHERE id = ?", t.at(), t.title(), t.category(), t.customCategory(), t.intensity(),
                t.reaction(), t.context(), t.whatHelped(), t.meta().visibility().dbValue(), t.meta().updatedAt(),
                t.meta().id()));
    }

    public void delete(UUID id) {
        db.write(c -> Jdbc.update(c, "DELETE FROM trigger_entry WHERE id = ?", id));
    }

    public List<Trigger> visibleTo(UUID viewer, int limit) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM trigger_entry WHERE " + VISIBLE + " ORDER BY at DESC, rowid DESC LIMIT ?",
                TriggerRepository::map, viewer, limit));
    }

    public List<Trigger> byAuthorBetween(UUID author, UUID viewer, Instant from, Instant to) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM trigger_entry WHERE author_partner_id = ? AND " + VISIBLE
                + " AND at >= ? AND at < ? ORDER BY at", TriggerRepository::map, author, viewer, from, to));
    }

    static Trigger map(ResultSet rs) throws SQLException {
        String reaction = rs.getString("reaction");
        return new Trigger(RecordColumns.read(rs), Jdbc.instant(rs.getString("at")), rs.getString("title"),
                TriggerCategory.valueOf(rs.getString("category").toUpperCase(Locale.ROOT)),
                rs.getString("custom_category"), rs.getInt("intensity"),
                reaction == null ? null : Reaction.valueOf(reaction.toUpperCase(Locale.ROOT)), rs.getString("context"),
                rs.getString("what_helped"), Jdbc.uuid(rs.getString("check_in_id")));
    }
}
