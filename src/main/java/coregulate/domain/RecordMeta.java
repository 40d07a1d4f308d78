package coregulate.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The bookkeeping every stored record carries, so that sharing between partners and syncing between two
 * computers never needs a schema rewrite.
 */
public record RecordMeta(UUID id, Instant createdAt, Instant updatedAt, UUID authorPartnerId, UUID deviceId,
                         Visibility visibility) {
    public RecordMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(authorPartnerId, "authorPartnerId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A fresh, private record written now by this partner on this device. */
    public static RecordMeta create(UUID author, UUID device, Instant now) {
        return new RecordMeta(UUID.randomUUID(), now, now, author, device, Visibility.PRIVATE);
    }

    public RecordMeta touched(Instant now) {
        return new RecordMeta(id, createdAt, now, authorPartnerId, deviceId, visibility);
    }

    public RecordMeta withVisibility(Visibility newVisibility, Instant now) {
        return new RecordMeta(id, createdAt, now, authorPartnerId, deviceId, newVisibility);
    }

    /** Whether the given viewer may see this record: authors see their own, partners only what is shared. */
    public boolean visibleTo(UUID viewerPartnerId) {
        return authorPartnerId.equals(viewerPartnerId) || visibility == Visibility.SHARED;
    }
}
