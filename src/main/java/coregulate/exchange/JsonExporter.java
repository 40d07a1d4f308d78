package coregulate.exchange;

import coregulate.storage.StoreTables;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import coregulate.app.AppInfo;
import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes everything one partner may see (their own records and the other's shared ones) as one JSON document,
 * described in docs/export-format.md. It streams, so ten years of entries need little memory.
 */
public final class JsonExporter {
    public static final String FORMAT = "coregulate-export";
    public static final int FORMAT_VERSION = 1;
    private final Database db;
    private final Clock clock;

    public JsonExporter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Writes to a temporary file beside the target and moves it into place, so a failure leaves no half file. */
    public int exportTo(Path file, UUID viewer) {
        try {
            return AtomicFile.write(file, out -> write(out, viewer));
        } catch (IOException e) {
            throw new ExchangeException("The export could not be written to " + file + " (" + e.getMessage()
                    + "). Nothing was left half-written; is the disk full or the folder read-only?", e);
        }
    }

    public int write(OutputStream out, UUID viewer) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            int[] rows = {0};
            IOException[] failure = {null};
            db.read(c -> {
                try {
                    writeDocument(g, c, viewer, rows);
                } catch (IOException e) {
                    failure[0] = e;
                }
                return null;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            return rows[0];
        }
    }

    private void writeDocument(JsonGenerator g, Connection c, UUID viewer, int[] rows) throws IOException, SQLException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeStringField("appVersion", AppInfo.version());
        g.writeNumberField("schemaVersion", db.userVersion());
        g.writeStringField("exportedAt", clock.instant().toString());
        g.writeStringField("exportedFor", viewer.toString());
        g.writeObjectFieldStart("tables");
        for (var table : StoreTables.read(c).values()) {
            g.writeArrayFieldStart(table.name());
            String where = table.record() ? " WHERE author_partner_id = ? OR visibility = 'shared'" : "";
            String order = table.record() ? " ORDER BY created_at, id" : "";
            try (var st = c.prepareStatement("SELECT * FROM \"" + table.name() + "\"" + where + order)) {
                if (table.record()) {
                    Jdbc.bind(st, viewer);
                }
                try (ResultSet rs = st.executeQuery()) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        g.writeStartObject();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            writeValue(g, meta.getColumnName(i), rs, i);
                        }
                        g.writeEndObject();
                        rows[0]++;
                    }
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, String name, ResultSet rs, int i) throws IOException, SQLException {
        Object value = rs.getObject(i);
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (rs.getMetaData().getColumnType(i) == Types.BLOB) {
            g.writeBinary(rs.getBytes(i));
        } else {
            g.writeString(value.toString());
        }
    }
}
