package coregulate.domain;

/** Emotions a partner may name. Ids are used in JSON and storage. */
public enum Emotion {
    ANXIOUS("anxious", "Anxious"),
    IRRITABLE("irritable", "Irritable"),
    ANGRY("angry", "Angry"),
    OVERWHELMED("overwhelmed", "Overwhelmed"),
    ON_EDGE("on-edge", "On edge"),
    SAD("sad", "Sad"),
    ASHAMED("ashamed", "Ashamed"),
    LONELY("lonely", "Lonely"),
    NUMB("numb", "Numb"),
    CALM("calm", "Calm"),
    CONTENT("content", "Content"),
    HOPEFUL("hopeful", "Hopeful"),
    AFFECTIONATE("affectionate", "Affectionate");

    private final String id;
    private final String label;

    Emotion(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
