package coregulate.storage.settings;

import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import java.time.Instant;
import java.util.Optional;

/** Key-value settings, per app ("app" scope) or per partner (their id as scope). */
public final class SettingsRepository {
    public static final String APP_SCOPE = "app";
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String scope, String key) {
        return db.read(c -> Jdbc.queryOne(c, "SELECT value FROM setting WHERE scope = ? AND key = ?",
                rs -> rs.getString(1), scope, key));
    }

    public void put(String scope, String key, String value, Instant now) {
        db.write(c -> Jdbc.update(c, "INSERT INTO setting (scope, key, value, updated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                scope, key, value, now));
    }
}
