package coregulate.sync.couple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeSet;

/**
 * Both partners change the same time-out at nearly the same moment: one acknowledges while the other says they
 * are ready. Whole-record "latest wins" would drop one of those, so a time-out is merged field by field, each
 * field in a way that only moves forward (a take-back or a reconvening, once set, stays; readiness only grows).
 * The merge is commutative, associative and idempotent, so both computers end with the same time-out whatever
 * order the changes arrive in.
 */
final class TimeOutRowMerge {
    private static final Comparator<ObjectNode> LATER = Comparator
            .comparing((ObjectNode n) -> instant(n, "updated_at"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectNode::toString);

    private TimeOutRowMerge() {
    }

    static ObjectNode merge(ObjectNode a, ObjectNode b) {
        ObjectNode later = LATER.compare(a, b) >= 0 ? a : b;
        ObjectNode out = later.deepCopy();
        out.put("extra_minutes", Math.max(a.path("extra_minutes").asLong(), b.path("extra_minutes").asLong()));
        putEarliest(out, "cancelled_at", a, b);
        putEarliest(out, "reconvened_at", a, b);
        String ackA = text(a, "acknowledged_by");
        String ackB = text(b, "acknowledged_by");
        if (ackA != null || ackB != null) {
            out.put("acknowledged_by", ackA == null ? ackB : ackB == null ? ackA : min(ackA, ackB));
        }
        var ready = new TreeSet<String>();
        addAll(ready, text(a, "ready"));
        addAll(ready, text(b, "ready"));
        out.put("ready", String.join(",", ready));
        out.put("updated_at", later.path("updated_at").asText());
        // Rating how it went happens once, after coming back together. Should both rate it at the same moment,
        // the higher rating is kept: a rule that needs no clock, so every order of arrival agrees.
        ObjectNode rated = higherRating(a, b);
        if (rated != null) {
            out.set("outcome", rated.get("outcome"));
            out.set("outcome_note", rated.get("outcome_note"));
        }
        return out;
    }

    private static ObjectNode higherRating(ObjectNode a, ObjectNode b) {
        boolean ra = a.hasNonNull("outcome");
        boolean rb = b.hasNonNull("outcome");
        if (!ra || !rb) {
            return ra ? a : rb ? b : null;
        }
        int byValue = Integer.compare(a.get("outcome").asInt(), b.get("outcome").asInt());
        if (byValue != 0) {
            return byValue > 0 ? a : b;
        }
        return a.path("outcome_note").asText("").compareTo(b.path("outcome_note").asText("")) >= 0 ? a : b;
    }

    private static void putEarliest(ObjectNode out, String field, ObjectNode a, ObjectNode b) {
        Instant x = instant(a, field);
        Instant y = instant(b, field);
        if (x == null && y == null) {
            out.putNull(field);
            return;
        }
        if (x == null || y == null) {
            out.put(field, x == null ? b.get(field).asText() : a.get(field).asText());
        } else if (x.equals(y)) {
            out.put(field, min(a.get(field).asText(), b.get(field).asText()));
        } else {
            out.put(field, x.isBefore(y) ? a.get(field).asText() : b.get(field).asText());
        }
    }

    private static void addAll(TreeSet<String> into, String commaList) {
        if (commaList != null && !commaList.isBlank()) {
            into.addAll(Arrays.asList(commaList.split(",")));
        }
    }

    private static String min(String x, String y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
