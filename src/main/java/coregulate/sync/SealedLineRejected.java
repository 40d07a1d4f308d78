package coregulate.sync;

/** A journal line whose authentication failed: tampered, moved, replayed or sealed with another key. */
public final class SealedLineRejected extends Exception {
    public SealedLineRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
