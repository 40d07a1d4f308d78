package coregulate.sync;

/** What a journal line says happened. */
public enum SyncEventType {
    UPSERT("upsert"), WITHDRAW("withdraw"), TIMEOUT_START("timeout.start"), TIMEOUT_END("timeout.end"), ACK("ack");

    private final String id;

    SyncEventType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SyncEventType fromId(String id) {
        for (SyncEventType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown sync event type: " + id);
    }
}
