package coregulate.domain.checkin;

import coregulate.domain.RecordMeta;
import java.time.Instant;
import java.util.UUID;

/** What set a partner off: a short title, its kind, how strong, how they reacted and what helped. */
public record Trigger(RecordMeta meta, Instant at, String title, TriggerCategory category, String customCategory,
                      int intensity, Reaction reaction, String context, String whatHelped, UUID checkInId) {
    public static final int TITLE_MAX = 120;
    public static final int TEXT_MAX = 2000;

    public Trigger {
        context = context == null ? "" : context;
        whatHelped = whatHelped == null ? "" : whatHelped;
        customCategory = customCategory == null ? "" : customCategory;
    }

    /** The category as a person reads it: the custom words when "other" was chosen with some. */
    public String categoryLabel() {
        return category == TriggerCategory.OTHER && !customCategory.isBlank() ? customCategory : category.label();
    }
}
