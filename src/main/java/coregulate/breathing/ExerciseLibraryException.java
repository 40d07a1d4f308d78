package coregulate.breathing;

/** The exercise file could not be read or one of its entries is wrong; the message names the entry. */
public final class ExerciseLibraryException extends RuntimeException {
    public ExerciseLibraryException(String message) {
        super(message);
    }

    public ExerciseLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
