package coregulate.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What export and import carry, read from the live schema: every record table (one with the six bookkeeping
 * columns) and the link tables between them, ordered so that foreign keys resolve on import. New tables in
 * later migrations are carried without changes here.
 */
public final class StoreTables {
    public static final List<String> BOOKKEEPING = List.of("id", "created_at", "updated_at", "author_partner_id",
            "device_id", "visibility");
    /** Kept with the data they join, though they have no id of their own. */
    public static final Set<String> LINK_TABLES = Set.of("timeout_confirmation");
    /** Local machinery that never leaves this computer. */
    private static final String LOCAL_PREFIX = "sync_";

    /** A column's name, declared type and whether it may be empty. */
    public record Column(String name, String type, boolean notNull) {
        public boolean isInteger() {
            return type.toUpperCase().contains("INT");
        }

        public boolean isReal() {
            return type.toUpperCase().contains("REAL") || type.toUpperCase().contains("FLOA")
                    || type.toUpperCase().contains("DOUB");
        }
    }

    public record Table(String name, List<Column> columns, boolean record) {
        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private StoreTables() {
    }

    public static Map<String, Table> read(Connection c) throws SQLException {
        var names = Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "ORDER BY name", rs -> rs.getString(1));
        var tables = new LinkedHashMap<String, Table>();
        for (String name : names) {
            if (name.startsWith(LOCAL_PREFIX)) {
                continue;
            }
            var columns = Jdbc.query(c, "PRAGMA table_info(\"" + name + "\")",
                    rs -> new Column(rs.getString("name"), rs.getString("type"), rs.getInt("notnull") == 1));
            var columnNames = columns.stream().map(Column::name).toList();
            boolean record = columnNames.containsAll(BOOKKEEPING);
            if (record || LINK_TABLES.contains(name)) {
                tables.put(name, new Table(name, columns, record));
            }
        }
        return order(c, tables);
    }

    /** Parents before children, so that each row's foreign keys exist when it is inserted. */
    private static Map<String, Table> order(Connection c, Map<String, Table> tables) throws SQLException {
        var deps = new LinkedHashMap<String, Set<String>>();
        for (String name : tables.keySet()) {
            var parents = new LinkedHashSet<>(Jdbc.query(c, "PRAGMA foreign_key_list(\"" + name + "\")",
                    rs -> rs.getString("table")));
            parents.retainAll(tables.keySet());
            parents.remove(name);
            deps.put(name, parents);
        }
        var ordered = new LinkedHashMap<String, Table>();
        var remaining = new ArrayList<>(tables.keySet());
        while (!remaining.isEmpty()) {
            boolean progress = false;
            for (var it = remaining.iterator(); it.hasNext(); ) {
                String name = it.next();
                if (ordered.keySet().containsAll(deps.get(name))) {
                    ordered.put(name, tables.get(name));
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                remaining.forEach(n -> ordered.put(n, tables.get(n)));
                break;
            }
        }
        return ordered;
    }
}
