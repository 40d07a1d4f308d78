package coregulate.breathing;

/** One step of a breathing cycle: what to do, the words shown, and how long it lasts at the pattern's own pace. */
public record Phase(PhaseKind kind, String words, double seconds) {
    public Phase {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("A phase lasts longer than zero seconds");
        }
    }
}
