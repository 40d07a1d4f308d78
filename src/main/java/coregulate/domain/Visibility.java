package coregulate.domain;

/** Who may see a record: only its author, or both partners. Private is always the default. */
public enum Visibility {
    PRIVATE, SHARED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Visibility fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
