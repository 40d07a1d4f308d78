package coregulate.domain.timeout;

/** Where a time-out is. */
public enum TimeOutPhase {
    /** Just called: it can still be taken back as a mistake. */
    CALLED,
    CANCELLED,
    /** The break is on: both self-soothe. */
    RUNNING,
    /** The break is over: time to come back, ready or asking for a little longer. */
    RECONVENING,
    RECONVENED,
    /** Nobody came back by the latest agreed time. Marked without blame. */
    MISSED;

    public boolean isActive() {
        return this == CALLED || this == RUNNING || this == RECONVENING;
    }
}
