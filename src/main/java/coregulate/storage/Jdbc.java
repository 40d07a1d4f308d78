package coregulate.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Small helpers that keep repositories short: binding parameters and mapping rows. */
public final class Jdbc {
    private Jdbc() {
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (var rs = st.executeQuery()) {
                var out = new ArrayList<T>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        var rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                st.setNull(index, Types.NULL);
            } else if (p instanceof UUID || p instanceof Instant) {
                st.setString(index, p.toString());
            } else if (p instanceof Enum<?> e) {
                st.setString(index, e.name().toLowerCase(java.util.Locale.ROOT));
            } else if (p instanceof Boolean b) {
                st.setInt(index, b ? 1 : 0);
            } else {
                st.setObject(index, p);
            }
        }
    }

    public static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    public static Instant instant(String text) {
        return text == null ? null : StoredInstant.parse(text);
    }

    public static Integer intOrNull(java.sql.ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Double doubleOrNull(java.sql.ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
