package coregulate.domain.checkin;

/** How the body reacted: the four survival responses. */
public enum Reaction {
    FIGHT("Fight", "pushed back, raised my voice"),
    FLIGHT("Flight", "wanted to get away"),
    FREEZE("Freeze", "went blank or still"),
    FAWN("Fawn", "gave in to keep the peace");

    private final String label;
    private final String hint;

    Reaction(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return label + " (" + hint + ")";
    }
}
