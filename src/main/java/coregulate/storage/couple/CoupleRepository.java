package coregulate.storage.couple;

import coregulate.domain.Couple;
import coregulate.domain.Partner;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import coregulate.storage.RecordColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The couple and its two partners. */
public final class CoupleRepository {
    private final Database db;

    public CoupleRepository(Database db) {
        this.db = db;
    }

    public Optional<Couple> find() {
        return db.read(c -> {
            var coupleId = Jdbc.queryOne(c, "SELECT id FROM couple LIMIT 1", rs -> Jdbc.uuid(rs.getString(1)));
            if (coupleId.isEmpty()) {
                return Optional.empty();
            }
            var partners = Jdbc.query(c, "SELECT * FROM partner WHERE couple_id = ? ORDER BY position",
                    rs -> new Partner(RecordColumns.read(rs), rs.getInt("position"), rs.getString("name"),
                            rs.getString("pronouns"), rs.getString("colour"), Jdbc.intOrNull(rs, "resting_pulse")),
                    coupleId.get());
            return partners.size() == 2 ? Optional.of(new Couple(coupleId.get(), partners)) : Optional.empty();
        });
    }

    /** Stores a new couple and both partners in one transaction. */
    public void insert(Couple couple) {
        db.write(c -> {
            var first = couple.first().meta();
            Jdbc.update(c, "INSERT INTO couple (" + RecordColumns.NAMES + ") VALUES (" + RecordColumns.PLACEHOLDERS + ")",
                    couple.id(), first.createdAt(), first.updatedAt(), first.authorPartnerId(), first.deviceId(), "shared");
            for (Partner p : couple.partners()) {
                insertPartner(c, couple.id(), p);
            }
            return null;
        });
    }

    private static void insertPartner(Connection c, UUID coupleId, Partner p) throws SQLException {
        Jdbc.update(c, "INSERT INTO partner (" + RecordColumns.NAMES
                        + ", couple_id, position, name, pronouns, colour, resting_pulse) VALUES ("
                        + RecordColumns.PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?)",
                RecordColumns.concat(p.meta(), coupleId, p.position(), p.name(), p.pronouns(), p.colour(),
                        p.restingPulse()));
    }

    public void updatePartner(Partner p) {
        db.write(c -> Jdbc.update(c, "UPDATE partner SET name = ?, pronouns = ?, colour = ?, resting_pulse = ?, "
                        + "updated_at = ? WHERE id = ?",
                p.name(), p.pronouns(), p.colour(), p.restingPulse(), p.meta().updatedAt(), p.id()));
    }
}
