package coregulate.domain;

import java.util.Optional;

/** Validation for the names partners give themselves; messages are shown next to the field. */
public final class NameRules {
    /** Counted in code points, so that a name made of emoji is measured as a person sees it. */
    public static final int MAX_NAME_LENGTH = 40;
    public static final int MAX_PRONOUNS_LENGTH = 30;

    private NameRules() {
    }

    public static Optional<String> problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Please add a name, even a nickname.");
        }
        int length = name.strip().codePointCount(0, name.strip().length());
        if (length > MAX_NAME_LENGTH) {
            return Optional.of("That name is " + length + " characters long; please keep it to "
                    + MAX_NAME_LENGTH + ".");
        }
        return Optional.empty();
    }

    public static Optional<String> problemWithPronouns(String pronouns) {
        if (pronouns == null) {
            return Optional.empty();
        }
        int length = pronouns.strip().codePointCount(0, pronouns.strip().length());
        return length > MAX_PRONOUNS_LENGTH
                ? Optional.of("Pronouns can be up to " + MAX_PRONOUNS_LENGTH + " characters.")
                : Optional.empty();
    }
}
