package coregulate.domain;

/**
 * Where a nervous system is, on one axis from -5 (fully shut down) through 0 (regulated) to +5 (fully
 * activated). The window of tolerance is the calm band from -1 to +1 (Siegel's term).
 */
public enum ArousalState {
    SHUT_DOWN("Shut down", "numb, withdrawn, far away"),
    REGULATED("Regulated", "calm, present, connected"),
    ACTIVATED("Activated", "fight-or-flight: racing, on edge");

    public static final int MIN_LEVEL = -5;
    public static final int MAX_LEVEL = 5;
    /** The edges of the window of tolerance, inclusive. */
    public static final int WINDOW_LOW = -1;
    public static final int WINDOW_HIGH = 1;

    private final String label;
    private final String description;

    ArousalState(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static ArousalState ofLevel(int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("Arousal runs from " + MIN_LEVEL + " to " + MAX_LEVEL + ", got " + level);
        }
        if (level < WINDOW_LOW) {
            return SHUT_DOWN;
        }
        return level > WINDOW_HIGH ? ACTIVATED : REGULATED;
    }

    public static boolean insideWindow(int level) {
        return level >= WINDOW_LOW && level <= WINDOW_HIGH;
    }

    /** The lower-case id used in JSON files (exercise library, rules): shut-down, regulated, activated. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ArousalState fromId(String id) {
        for (var s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown arousal state '" + id + "'");
    }
}
