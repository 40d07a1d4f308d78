package coregulate.sync.couple;

import coregulate.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The triggers that note every change to a record table in {@code sync_capture}, inside the change's own
 * transaction. They exist only while this computer is paired: a trigger makes every statement on its table
 * slower to prepare (an import of ten years took twice as long with them), and an unpaired computer has
 * nothing to send.
 */
final class CaptureTriggers {
    private static final String PREFIX = "sync_capture_";

    private CaptureTriggers() {
    }

    /** Creates the triggers for every record table (and agreement confirmations); harmless to repeat. */
    static void install(Connection c, Iterable<String> recordTables) throws SQLException {
        for (String table : recordTables) {
            for (String op : new String[] {"INSERT", "UPDATE", "DELETE"}) {
                String row = op.equals("DELETE") ? "OLD" : "NEW";
                create(c, PREFIX + table + "_" + op.toLowerCase(java.util.Locale.ROOT), op, table,
                        "'" + table + "', " + row + ".id");
            }
        }
        for (String op : new String[] {"INSERT", "DELETE"}) {
            String row = op.equals("DELETE") ? "OLD" : "NEW";
            create(c, PREFIX + "timeout_confirmation_" + op.toLowerCase(java.util.Locale.ROOT), op,
                    "timeout_confirmation", "'timeout_agreement', " + row + ".agreement_id");
        }
    }

    private static void create(Connection c, String name, String op, String table, String values) throws SQLException {
        Jdbc.update(c, "CREATE TRIGGER IF NOT EXISTS \"" + name + "\" AFTER " + op + " ON \"" + table
                + "\" BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES (" + values + "); END");
    }

    /** Removes them all (unpairing). */
    static void remove(Connection c) throws SQLException {
        for (String name : Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                rs -> rs.getString(1), PREFIX + "%")) {
            Jdbc.update(c, "DROP TRIGGER IF EXISTS \"" + name + "\"");
        }
    }
}
