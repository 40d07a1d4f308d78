package coregulate.domain.checkin;

import coregulate.domain.RecordMeta;

/** A partner's "what helps me" card, written for the other partner to read when they choose to share it. */
public record HelpsCard(RecordMeta meta, String whenActivated, String whenShutDown, String pleaseDont) {
    public static final int FIELD_MAX = 1000;

    public HelpsCard {
        whenActivated = whenActivated == null ? "" : whenActivated;
        whenShutDown = whenShutDown == null ? "" : whenShutDown;
        pleaseDont = pleaseDont == null ? "" : pleaseDont;
    }

    public boolean isEmpty() {
        return whenActivated.isBlank() && whenShutDown.isBlank() && pleaseDont.isBlank();
    }
}
