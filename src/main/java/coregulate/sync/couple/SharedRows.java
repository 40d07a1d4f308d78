package coregulate.sync.couple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coregulate.storage.Jdbc;
import coregulate.storage.StoreTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a record as the JSON a journal line carries, and writes such JSON back into the table. Driven by the
 * live schema, so a table added by a later migration travels without changes here. An agreement carries its
 * confirmations with it, because they are what make it binding.
 */
final class SharedRows implements AutoCloseable {
    static final String CONFIRMATIONS = "_confirmations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, StoreTables.Table> tables;
    /** Per table: its foreign keys as (column, parent table, parent column). */
    private final Map<String, List<String[]>> parents;
    /**
     * Statements prepared once per table for the life of one batch: joining reads years of history, and
     * preparing the same upsert for every record would cost more than running it.
     */
    private final Map<String, java.sql.PreparedStatement> prepared = new java.util.HashMap<>();

    private SharedRows(Map<String, StoreTables.Table> tables, Map<String, List<String[]>> parents) {
        this.tables = tables;
        this.parents = parents;
    }

    static SharedRows of(Connection c) throws SQLException {
        var tables = StoreTables.read(c);
        var parents = new java.util.HashMap<String, List<String[]>>();
        for (String kind : tables.keySet()) {
            parents.put(kind, Jdbc.query(c, "PRAGMA foreign_key_list(\"" + kind + "\")",
                    rs -> new String[] {rs.getString("from"), rs.getString("table"), rs.getString("to")}));
        }
        return new SharedRows(tables, parents);
    }

    /** Record tables in an order where every parent comes before its children. */
    List<String> orderedKinds() {
        return tables.values().stream().filter(StoreTables.Table::record).map(StoreTables.Table::name).toList();
    }

    boolean knows(String kind) {
        var t = tables.get(kind);
        return t != null && t.record();
    }

    Optional<ObjectNode> read(Connection c, String kind, UUID id) throws SQLException {
        var select = statement(c, "SELECT * FROM \"" + kind + "\" WHERE id = ?");
        select.setString(1, id.toString());
        ObjectNode row;
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            row = toJson(rs);
        }
        if (kind.equals("timeout_agreement")) {
            ArrayNode confirmations = row.putArray(CONFIRMATIONS);
            for (ObjectNode conf : Jdbc.query(c, "SELECT partner_id, confirmed_at FROM timeout_confirmation "
                    + "WHERE agreement_id = ? ORDER BY partner_id", SharedRows::toJson, id)) {
                confirmations.add(conf);
            }
        }
        return Optional.of(row);
    }

    static ObjectNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (java.io.IOException e) {
            // reported below as not a record
        }
        throw new IllegalArgumentException("A shared change did not hold a record.");
    }

    /**
     * Inserts or replaces the record with {@code row}. Fields this version does not know are left out, so a
     * partner one version ahead still gets through; a link to a record this computer never received (a
     * private check-in, say) is dropped when the column allows it.
     */
    void write(Connection c, String kind, ObjectNode row) throws SQLException {
        var table = tables.get(kind);
        if (kind.equals("timeout_agreement")) {
            keepVersionsUnique(c, row);
        }
        var names = new ArrayList<String>();
        var values = new ArrayList<Object>();
        for (var column : table.columns()) {
            JsonNode v = row.get(column.name());
            Object value = v == null || v.isNull() ? null
                    : column.isInteger() ? (Object) v.asLong() : column.isReal() ? (Object) v.asDouble() : v.asText();
            for (String[] fk : parents.get(kind)) {
                if (fk[0].equals(column.name()) && value != null && !column.notNull()
                        && !exists(c, fk[1], fk[2], value)) {
                    value = null;
                }
            }
            names.add('"' + column.name() + '"');
            values.add(value);
        }
        String updates = String.join(", ", names.stream().filter(n -> !n.equals("\"id\""))
                .map(n -> n + " = excluded." + n).toList());
        var upsert = statement(c, "INSERT INTO \"" + kind + "\" (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ") ON CONFLICT(id) DO UPDATE SET "
                + updates);
        Jdbc.bind(upsert, values.toArray());
        upsert.executeUpdate();
        if (kind.equals("timeout_agreement")) {
            writeConfirmations(c, row);
        }
    }

    /** Adds the confirmations an agreement's JSON carries; ones already here stay as they are. */
    void writeConfirmations(Connection c, ObjectNode row) throws SQLException {
        if (row.path(CONFIRMATIONS).isArray()) {
            for (JsonNode conf : row.get(CONFIRMATIONS)) {
                Jdbc.update(c, "INSERT OR IGNORE INTO timeout_confirmation (agreement_id, partner_id, confirmed_at) "
                        + "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM partner WHERE id = ?) "
                        + "AND EXISTS (SELECT 1 FROM timeout_agreement WHERE id = ?)", row.get("id").asText(),
                        conf.path("partner_id").asText(), conf.path("confirmed_at").asText(),
                        conf.path("partner_id").asText(), row.get("id").asText());
            }
        }
    }

    /**
     * Each computer numbers the agreements it made; when both made a "version 1" before pairing, the one
     * arriving is numbered after the newest here, so it becomes the one in force, as the latest word should.
     */
    private static void keepVersionsUnique(Connection c, ObjectNode row) throws SQLException {
        String id = row.path("id").asText();
        long version = row.path("version").asLong();
        boolean clash = Jdbc.queryOne(c, "SELECT 1 FROM timeout_agreement WHERE version = ? AND id <> ?",
                rs -> true, version, id).isPresent();
        if (clash) {
            var own = Jdbc.queryOne(c, "SELECT version FROM timeout_agreement WHERE id = ?", rs -> rs.getLong(1), id);
            long next = own.orElse(Jdbc.queryOne(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM timeout_agreement",
                    rs -> rs.getLong(1)).orElse(1L));
            row.put("version", next);
        }
    }

    void delete(Connection c, String kind, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM \"" + kind + "\" WHERE id = ?", id);
    }

    private boolean exists(Connection c, String table, String column, Object value) throws SQLException {
        var select = statement(c, "SELECT 1 FROM \"" + table + "\" WHERE \"" + column + "\" = ?");
        Jdbc.bind(select, value);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next();
        }
    }

    private java.sql.PreparedStatement statement(Connection c, String sql) throws SQLException {
        var st = prepared.get(sql);
        if (st == null) {
            st = c.prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    @Override
    public void close() throws SQLException {
        for (var st : prepared.values()) {
            st.close();
        }
        prepared.clear();
    }

    private static ObjectNode toJson(ResultSet rs) throws SQLException {
        ObjectNode n = JSON.createObjectNode();
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            String name = meta.getColumnName(i);
            if (v == null) {
                n.putNull(name);
            } else if (v instanceof Integer || v instanceof Long) {
                n.put(name, ((Number) v).longValue());
            } else if (v instanceof Number num) {
                n.put(name, num.doubleValue());
            } else {
                n.put(name, v.toString());
            }
        }
        return n;
    }
}
