package coregulate.exchange;

import coregulate.storage.Database;
import coregulate.storage.Jdbc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/** Check-ins as CSV for spreadsheets (RFC 4180 quoting; notes keep their emoji and line breaks). */
public final class CsvExporter {
    private static final String HEADER = "id,at,partner,arousal,signals,emotions,pulse,hrv_ms,sleep_hours,connection,"
            + "visibility,note";
    private final Database db;

    public CsvExporter(Database db) {
        this.db = db;
    }

    public int exportTo(Path file, UUID viewer) {
        try {
            return AtomicFile.write(file, stream -> {
                var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                int rows = write(out, viewer);
                out.flush();
                return rows;
            });
        } catch (IOException e) {
            throw new ExchangeException("The CSV could not be written to " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private int write(BufferedWriter out, UUID viewer) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        var lines = db.read(c -> Jdbc.query(c, "SELECT c.*, p.name AS partner_name FROM check_in c "
                + "JOIN partner p ON p.id = c.author_partner_id "
                + "WHERE c.author_partner_id = ? OR c.visibility = 'shared' ORDER BY c.at", rs -> String.join(",",
                quote(rs.getString("id")), quote(rs.getString("at")), quote(rs.getString("partner_name")),
                String.valueOf(rs.getInt("arousal")), quote(list(rs.getString("signals"))),
                quote(list(rs.getString("emotions"))), orEmpty(rs.getObject("pulse")), orEmpty(rs.getObject("hrv_ms")),
                orEmpty(rs.getObject("sleep_hours")), orEmpty(rs.getObject("connection")),
                quote(rs.getString("visibility")), quote(rs.getString("note"))), viewer));
        for (String line : lines) {
            out.write(line);
            out.write("\r\n");
        }
        return lines.size();
    }

    private static String list(String json) {
        return json == null ? "" : json.replaceAll("[\\[\\]\"]", "").replace(",", "; ");
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    static String quote(String text) {
        if (text == null) {
            return "";
        }
        boolean needs = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
