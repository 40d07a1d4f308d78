package coregulate.storage;

import java.time.Instant;
import java.util.UUID;

/** This computer's identity: created once, then stamped on every record made here. */
public final class DeviceRepository {
    private final Database db;

    public DeviceRepository(Database db) {
        this.db = db;
    }

    public UUID localDeviceId(String name, Instant now) {
        return db.write(c -> {
            var existing = Jdbc.queryOne(c, "SELECT id FROM device WHERE is_local = 1",
                    rs -> Jdbc.uuid(rs.getString(1)));
            if (existing.isPresent()) {
                return existing.get();
            }
            UUID id = UUID.randomUUID();
            Jdbc.update(c, "INSERT INTO device (id, name, is_local, created_at) VALUES (?, ?, 1, ?)", id, name, now);
            return id;
        });
    }
}
