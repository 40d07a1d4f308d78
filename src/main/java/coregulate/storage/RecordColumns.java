package coregulate.storage;

import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The six bookkeeping columns that every record table has, in one place so that each repository reads and
 * writes them the same way: id, created_at, updated_at, author_partner_id, device_id, visibility.
 */
public final class RecordColumns {
    public static final String NAMES = "id, created_at, updated_at, author_partner_id, device_id, visibility";
    public static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?";

    private RecordColumns() {
    }

    public static Object[] values(RecordMeta meta) {
        return new Object[] {meta.id(), meta.createdAt(), meta.updatedAt(), meta.authorPartnerId(),
                meta.deviceId(), meta.visibility().dbValue()};
    }

    public static RecordMeta read(ResultSet rs) throws SQLException {
        return new RecordMeta(Jdbc.uuid(rs.getString("id")), Jdbc.instant(rs.getString("created_at")),
                Jdbc.instant(rs.getString("updated_at")), Jdbc.uuid(rs.getString("author_partner_id")),
                Jdbc.uuid(rs.getString("device_id")), Visibility.fromDb(rs.getString("visibility")));
    }

    /** Joins record values with the table's own columns, in order, for an INSERT. */
    public static Object[] concat(RecordMeta meta, Object... own) {
        Object[] base = values(meta);
        Object[] all = new Object[base.length + own.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(own, 0, all, base.length, own.length);
        return all;
    }
}
