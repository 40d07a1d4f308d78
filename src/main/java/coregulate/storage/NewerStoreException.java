package coregulate.storage;

/** The store was written by a newer Coregulate; opening it further could damage it. */
public final class NewerStoreException extends StoreException {
    public NewerStoreException(int storeVersion, int knownVersion) {
        super("This data was saved by a newer version of Coregulate (data format " + storeVersion
                + "; this app understands up to " + knownVersion + "). Please update Coregulate to open it. "
                + "Nothing has been changed.");
    }
}
