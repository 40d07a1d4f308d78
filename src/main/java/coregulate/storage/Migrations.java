package coregulate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations, applied in order and tracked with {@code PRAGMA user_version}.
 * A migration that has shipped is never edited: a change to the schema is always a new file.
 */
public final class Migrations {
    private static final List<String> FILES = List.of(
            "0001_core.sql",
            "0002_checkins_triggers.sql",
            "0003_timeouts.sql",
            "0004_exercises.sql",
            "0005_suggestions.sql",
            "0006_insights_export.sql",
            "0007_sync.sql",
            "0008_performance.sql",
            "0009_sync_capture.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    /** The SQL of migration {@code version} (1-based). */
    public static String sql(int version) {
        String name = "/coregulate/db/" + FILES.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }

    /** Splits a migration into statements on semicolons at line ends; a trigger is written on one line. */
    static List<String> statements(String sql) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }
}
