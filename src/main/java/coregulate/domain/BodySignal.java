package coregulate.domain;

/** Body signals a partner may notice, each with a plain-words hint. Ids are used in JSON and storage. */
public enum BodySignal {
    RACING_HEART("racing-heart", "Racing heart", "your heart beats fast or hard"),
    FAST_BREATHING("fast-breathing", "Shallow or fast breathing", "breath high in the chest, quick"),
    TIGHT_CHEST("tight-chest", "Tight chest", "pressure or a band around the chest"),
    MUSCLE_TENSION("muscle-tension", "Muscle tension", "shoulders, neck or fists held tight"),
    CLENCHED_JAW("clenched-jaw", "Clenched jaw", "teeth pressed together"),
    RESTLESSNESS("restlessness", "Restlessness", "hard to sit still"),
    HOT_FLUSHED("hot-flushed", "Hot or flushed", "warm face, sweating"),
    STOMACH_UPSET("stomach-upset", "Stomach upset", "knot, butterflies or nausea"),
    HEAVY_TIRED("heavy-tired", "Heavy or tired body", "limbs feel heavy, hard to move"),
    NUMBNESS("numbness", "Numbness", "feeling little in the body"),
    FOGGY_HEAD("foggy-head", "Foggy head", "hard to think or find words"),
    FAR_AWAY("far-away", "Feeling far away", "as if watching from a distance");

    private final String id;
    private final String label;
    private final String hint;

    BodySignal(String id, String label, String hint) {
        this.id = id;
        this.label = label;
        this.hint = hint;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
