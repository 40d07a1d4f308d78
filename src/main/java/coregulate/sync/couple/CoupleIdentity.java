package coregulate.sync.couple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coregulate.storage.Jdbc;
import coregulate.storage.StoreTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the couple is, as sealed into the couple folder by the computer that paired first: the couple's id and
 * both partners' ids and names. Each computer made its own ids on its first run; the joining computer takes on
 * these, so that an entry means the same person on both.
 */
public record CoupleIdentity(UUID coupleId, List<Person> partners, UUID pairedBy) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Person(UUID id, String name, int position) {
    }

    public CoupleIdentity {
        partners = List.copyOf(partners);
    }

    public Optional<Person> person(UUID id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Person other(UUID id) {
        return partners.stream().filter(p -> !p.id().equals(id)).findFirst().orElseThrow();
    }

    static CoupleIdentity read(Connection c, UUID pairedBy) throws SQLException {
        UUID couple = Jdbc.queryOne(c, "SELECT id FROM couple LIMIT 1", rs -> UUID.fromString(rs.getString(1)))
                .orElseThrow(() -> new IllegalStateException("Set up your couple before pairing."));
        var people = Jdbc.query(c, "SELECT id, name, position FROM partner WHERE couple_id = ? ORDER BY position",
                rs -> new Person(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3)), couple);
        return new CoupleIdentity(couple, people, pairedBy);
    }

    String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("couple", coupleId.toString()).put("pairedBy", pairedBy.toString());
        ArrayNode list = n.putArray("partners");
        for (Person p : partners) {
            list.addObject().put("id", p.id().toString()).put("name", p.name()).put("position", p.position());
        }
        return n.toString();
    }

    /** Parses the sealed identity, or empty when the folder has none this version understands. */
    public static Optional<CoupleIdentity> parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            var people = new ArrayList<Person>();
            for (JsonNode p : n.path("partners")) {
                people.add(new Person(UUID.fromString(p.get("id").asText()), p.get("name").asText(),
                        p.get("position").asInt()));
            }
            if (people.size() != 2) {
                return Optional.empty();
            }
            return Optional.of(new CoupleIdentity(UUID.fromString(n.get("couple").asText()), people,
                    UUID.fromString(n.get("pairedBy").asText())));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives this computer's couple and partners the ids and names in this identity, in one transaction.
     * {@code localMe} (who uses this computer) becomes {@code me}; the other partner becomes the other. Every
     * reference in every table moves with them: ids are UUIDs, so a column holding the old id can mean only
     * that partner.
     */
    void adopt(Connection c, UUID localMe, UUID me) throws SQLException {
        CoupleIdentity local = read(c, localMe);
        Jdbc.update(c, "PRAGMA defer_foreign_keys = ON");
        try (var rows = SharedRows.of(c)) {
            adopt(c, rows, local, localMe, me);
        }
    }

    private void adopt(Connection c, SharedRows rows, CoupleIdentity local, UUID localMe, UUID me)
            throws SQLException {
        var partnerRows = new ArrayList<ObjectNode>();
        for (Person p : local.partners()) {
            partnerRows.add(rows.read(c, "partner", p.id()).orElseThrow());
        }
        Jdbc.update(c, "DELETE FROM partner");
        var textColumns = textColumns(c);
        rekey(c, textColumns, local.coupleId(), coupleId);
        for (ObjectNode row : partnerRows) {
            UUID old = UUID.fromString(row.get("id").asText());
            Person target = old.equals(localMe) ? person(me).orElseThrow() : other(me);
            row.put("id", target.id().toString()).put("couple_id", coupleId.toString())
                    .put("name", target.name()).put("position", target.position());
            rekey(c, textColumns, old, target.id());
            rows.write(c, "partner", row);
        }
    }

    /** Every text column of the app's tables, as {table, column}: where an id may be written. */
    private static List<String[]> textColumns(Connection c) throws SQLException {
        var out = new ArrayList<String[]>();
        for (String table : Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sync_%'", rs -> rs.getString(1))) {
            for (var column : Jdbc.query(c, "PRAGMA table_info(\"" + table + "\")",
                    rs -> new StoreTables.Column(rs.getString("name"), rs.getString("type"), false))) {
                if (!column.isInteger() && !column.isReal()) {
                    out.add(new String[] {table, column.name()});
                }
            }
        }
        return out;
    }

    private static void rekey(Connection c, List<String[]> textColumns, UUID from, UUID to) throws SQLException {
        if (from.equals(to)) {
            return;
        }
        for (String[] tc : textColumns) {
            Jdbc.update(c, "UPDATE \"" + tc[0] + "\" SET \"" + tc[1] + "\" = ? WHERE \"" + tc[1] + "\" = ?",
                    to.toString(), from.toString());
        }
    }
}
