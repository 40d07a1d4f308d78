package coregulate.breathing;

import java.util.Locale;

/** How the library groups exercises; ids are those used in the bundled JSON file. */
public enum Category {
    BREATHING("Breathing"),
    GROUNDING("Grounding"),
    MOVEMENT("Movement"),
    SOUND_AND_VOICE("Sound and voice"),
    TOGETHER("Together");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Category fromId(String id) {
        for (var c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
