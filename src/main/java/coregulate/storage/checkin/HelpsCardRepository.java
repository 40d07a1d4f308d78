package coregulate.storage.checkin;

import coregulate.domain.checkin.HelpsCard;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.util.Optional;
import java.util.UUID;

/** One "what helps me" card per partner. */
public final class HelpsCardRepository {
    private final Database db;

    public HelpsCardRepository(Database db) {
        this.db = db;
    }

    /** The author's card, if the viewer may see it (their own, or shared with them). */
    public Optional<HelpsCard> cardOf(UUID author, UUID viewer) {
        return db.read(c -> Jdbc.queryOne(c, "SELECT * FROM helps_card WHERE author_partner_id = ? "
                        + "AND (author_partner_id = ? OR visibility = 'shared')",
                rs -> new HelpsCard(RecordColumns.read(rs), rs.getString("when_activated"),
                        rs.getString("when_shut_down"), rs.getString("please_dont")), author, viewer));
    }

    public void save(HelpsCard card) {
        db.write(c -> Jdbc.update(c, "INSERT INTO helps_card (" + RecordColumns.NAMES
                        + ", when_activated, when_shut_down, please_dont) VALUES (" + RecordColumns.PLACEHOLDERS
                        + ", ?, ?, ?) ON CONFLICT (author_partner_id) DO UPDATE SET when_activated = excluded.when_activated, "
                        + "when_shut_down = excluded.when_shut_down, please_dont = excluded.please_dont, "
                        + "visibility = excluded.visibility, updated_at = excluded.updated_at",
                RecordColumns.concat(card.meta(), card.whenActivated(), card.whenShutDown(), card.pleaseDont())));
    }
}
