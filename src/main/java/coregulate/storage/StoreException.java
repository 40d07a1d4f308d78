package coregulate.storage;

/** A storage problem described in plain words, safe to show to a person as it is. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
