package coregulate.breathing;

/** What the body does in a phase; the pacer grows on breathing in, rests on holds and shrinks on breathing out. */
public enum PhaseKind {
    INHALE, HOLD, EXHALE
}
