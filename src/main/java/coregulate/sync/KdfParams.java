package coregulate.sync;

/** Argon2id cost parameters; production values protect the code against offline guessing. */
public record KdfParams(int memoryKib, int iterations, int parallelism) {
    public static final KdfParams PRODUCTION = new KdfParams(64 * 1024, 3, 4);
    /** Only for tests: derivation must stay fast there. */
    public static final KdfParams FAST_FOR_TESTS = new KdfParams(256, 1, 1);
}
