package coregulate.domain.checkin;

/** The kinds of things that often set partners off. */
public enum TriggerCategory {
    CRITICISM("Criticism"),
    FEELING_IGNORED("Feeling ignored"),
    TONE_OF_VOICE("Tone of voice"),
    INTERRUPTED("Being interrupted"),
    MONEY("Money"),
    CHORES("Chores"),
    INTIMACY("Intimacy"),
    FAMILY("Family"),
    WORK_STRESS("Work stress"),
    REMINDER_OF_PAST("Reminder of the past"),
    OTHER("Other");

    private final String label;

    TriggerCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
