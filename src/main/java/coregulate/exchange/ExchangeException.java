package coregulate.exchange;

/** An export, import or backup problem, described in plain words; nothing was changed when it is thrown. */
public class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
