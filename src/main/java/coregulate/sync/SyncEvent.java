package coregulate.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.UUID;

/**
 * One opaque change carried between devices. The body is the entity's JSON as the owning area writes it;
 * the sync engine never looks inside. {@code eid} is globally unique ("device:epoch:seq"), which is what
 * makes re-delivery harmless.
 */
public record SyncEvent(String eid, SyncEventType type, String entityKind, UUID entityId, UUID partnerId,
        String deviceId, HlcStamp stamp, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SyncEvent {
        Objects.requireNonNull(eid);
        Objects.requireNonNull(type);
        Objects.requireNonNull(entityKind);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(partnerId);
        Objects.requireNonNull(deviceId);
        Objects.requireNonNull(stamp);
        body = body == null ? "{}" : body;
    }

    public static String eid(String deviceId, int epoch, long seq) {
        return deviceId + ":" + epoch + ":" + seq;
    }

    public boolean isWithdrawal() {
        return type == SyncEventType.WITHDRAW;
    }

    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("eid", eid).put("type", type.id()).put("kind", entityKind).put("entity", entityId.toString())
                .put("partner", partnerId.toString()).put("dev", deviceId)
                .put("wall", stamp.wallMillis()).put("ctr", stamp.counter()).put("body", body);
        return n.toString();
    }

    public static SyncEvent fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            String dev = n.get("dev").asText();
            return new SyncEvent(n.get("eid").asText(), SyncEventType.fromId(n.get("type").asText()),
                    n.get("kind").asText(), UUID.fromString(n.get("entity").asText()),
                    UUID.fromString(n.get("partner").asText()), dev,
                    new HlcStamp(n.get("wall").asLong(), n.get("ctr").asInt(), dev), n.get("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a sync event: " + e.getMessage(), e);
        }
    }
}
