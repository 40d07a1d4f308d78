package coregulate.exchange;

import coregulate.storage.StoreTables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a Coregulate export into the store. Records are matched by their UUIDs and the newer updated_at wins,
 * so importing the same file twice changes nothing. The file is checked in full first and then written in one
 * transaction: a bad file changes nothing, and the message names the table, record and field.
 */
public final class JsonImporter {
    /** Larger than ten years of entries for two, far smaller than anything hostile. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_STRING = 100_000;
    private final Database db;

    public JsonImporter(Database db) {
        this.db = db;
    }

    /** What an import did. */
    public record Result(int inserted, int updated, int unchanged) {
        public String describe() {
            return inserted + " new, " + updated + " updated, " + unchanged + " already up to date";
        }
    }

    public Result importFrom(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExchangeException("There is no file at " + file + ".");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ExchangeException("That file is " + size / (1024 * 1024) + " MB, larger than any Coregulate "
                        + "export can be (" + MAX_FILE_BYTES / (1024 * 1024) + " MB). Nothing was imported.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return importFrom(in);
            }
        } catch (IOException e) {
            throw new ExchangeException("The file could not be read: " + e.getMessage(), e);
        }
    }

    public Result importFrom(InputStream in) {
        var factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build()).build();
        JsonNode root;
        try {
            root = new ObjectMapper(factory).readTree(in);
        } catch (JsonProcessingException e) {
            throw new ExchangeException("This is not a complete Coregulate export (it may be cut short or not JSON "
                    + "at all): " + e.getOriginalMessage() + ". Nothing was imported.", e);
        } catch (IOException e) {
            throw new ExchangeException("The file could not be read: " + e.getMessage(), e);
        }
        checkHeader(root);
        return db.write(c -> apply(c, root));
    }

    private static void checkHeader(JsonNode root) {
        if (root == null || !root.isObject() || !JsonExporter.FORMAT.equals(root.path("format").asText())) {
            throw new ExchangeException("This file is not a Coregulate export. Nothing was imported.");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw new ExchangeException("The export has no valid format version. Nothing was imported.");
        }
        if (version > JsonExporter.FORMAT_VERSION) {
            throw new ExchangeException("This export was made by a newer Coregulate (format " + version
                    + "). Please update Coregulate to import it. Nothing was imported.");
        }
        if (!root.path("tables").isObject()) {
            throw new ExchangeException("The export has no \"tables\". Nothing was imported.");
        }
    }

    private Result apply(Connection c, JsonNode root) throws SQLException {
        var tables = StoreTables.read(c);
        var given = root.path("tables");
        for (var it = given.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!tables.containsKey(name)) {
                throw new ExchangeException("The export has a table this version does not know: '" + name
                        + "'. Nothing was imported.");
            }
        }
        checkSameCouple(c, given.path("couple"));
        int[] counts = new int[3];
        for (var table : tables.values()) {
            var rows = given.path(table.name());
            if (rows.isMissingNode()) {
                continue;
            }
            if (!rows.isArray()) {
                throw new ExchangeException("Table '" + table.name() + "' must be a list of records.");
            }
            for (JsonNode row : rows) {
                var values = validate(table, row);
                if (table.record()) {
                    upsert(c, table, values, counts);
                } else {
                    int n = insert(c, table, values, "INSERT OR IGNORE");
                    counts[n > 0 ? 0 : 2]++;
                }
            }
        }
        return new Result(counts[0], counts[1], counts[2]);
    }

    private static void checkSameCouple(Connection c, JsonNode couples) throws SQLException {
        var existing = Jdbc.queryOne(c, "SELECT id FROM couple LIMIT 1", rs -> rs.getString(1));
        if (existing.isEmpty() || !couples.isArray() || couples.isEmpty()) {
            return;
        }
        String incoming = couples.get(0).path("id").asText();
        if (!existing.get().equals(incoming)) {
            throw new ExchangeException("This export belongs to another couple than the one in this data folder. "
                    + "Import it into an empty data folder instead (--data-dir). Nothing was imported.");
        }
    }

    /** Checks one record against the table's columns and returns its values in column order. */
    private static List<Object> validate(StoreTables.Table table, JsonNode row) {
        String id = row.path("id").asText("(no id)");
        String where = table.name() + " record " + id;
        if (!row.isObject()) {
            throw new ExchangeException(table.name() + ": every record must be an object. Nothing was imported.");
        }
        for (var it = row.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (table.column(field) == null) {
                throw new ExchangeException(where + ": unknown field '" + field + "'. Nothing was imported.");
            }
        }
        if (table.record()) {
            try {
                UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new ExchangeException(table.name() + " record: 'id' must be a UUID, got '" + id
                        + "'. Nothing was imported.");
            }
        }
        var values = new ArrayList<Object>();
        for (var column : table.columns()) {
            JsonNode v = row.get(column.name());
            if (v == null || v.isNull()) {
                values.add(null);
                continue;
            }
            if (column.isInteger()) {
                if (!v.isIntegralNumber()) {
                    throw new ExchangeException(where + ": '" + column.name() + "' must be a whole number. Nothing was imported.");
                }
                values.add(v.longValue());
            } else if (column.isReal()) {
                if (!v.isNumber()) {
                    throw new ExchangeException(where + ": '" + column.name() + "' must be a number. Nothing was imported.");
                }
                values.add(v.doubleValue());
            } else {
                if (!v.isTextual()) {
                    throw new ExchangeException(where + ": '" + column.name() + "' must be text. Nothing was imported.");
                }
                values.add(v.textValue());
            }
        }
        return values;
    }

    private static void upsert(Connection c, StoreTables.Table table, List<Object> values, int[] counts)
            throws SQLException {
        int idIndex = indexOf(table, "id");
        int updatedIndex = indexOf(table, "updated_at");
        var current = Jdbc.queryOne(c, "SELECT updated_at FROM \"" + table.name() + "\" WHERE id = ?",
                rs -> rs.getString(1), values.get(idIndex));
        if (current.isEmpty()) {
            insert(c, table, values, "INSERT");
            counts[0]++;
            return;
        }
        String incoming = (String) values.get(updatedIndex);
        if (incoming == null || incoming.compareTo(current.get()) <= 0) {
            counts[2]++;
            return;
        }
        var sets = new StringBuilder();
        var params = new ArrayList<Object>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (i == idIndex) {
                continue;
            }
            sets.append(sets.isEmpty() ? "" : ", ").append('"').append(table.columns().get(i).name()).append("\" = ?");
            params.add(values.get(i));
        }
        params.add(values.get(idIndex));
        Jdbc.update(c, "UPDATE \"" + table.name() + "\" SET " + sets + " WHERE id = ?", params.toArray());
        counts[1]++;
    }

    private static int insert(Connection c, StoreTables.Table table, List<Object> values, String verb) throws SQLException {
        var names = new StringBuilder();
        var marks = new StringBuilder();
        for (var column : table.columns()) {
            names.append(names.isEmpty() ? "" : ", ").append('"').append(column.name()).append('"');
            marks.append(marks.isEmpty() ? "?" : ", ?");
        }
        try {
            return Jdbc.update(c, verb + " INTO \"" + table.name() + "\" (" + names + ") VALUES (" + marks + ")",
                    values.toArray());
        } catch (SQLException e) {
            throw new ExchangeException(table.name() + " record " + values.get(0) + " does not fit: " + e.getMessage()
                    + ". Nothing was imported.", e);
        }
    }

    private static int indexOf(StoreTables.Table table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException(table.name() + " has no " + column);
    }

}
