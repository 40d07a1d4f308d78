package coregulate.service.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import coregulate.service.SettingsService;
import java.util.List;

/**
 * The crisis contacts shown first when distress is very high. Partners edit the list for their country; each
 * number carries the date it was last checked, because wrong helpline numbers are a known failure of such apps.
 */
public final class CrisisResources {
    private static final String KEY = "crisis.resources";
    private final SettingsService settings;

    public CrisisResources(SettingsService settings) {
        this.settings = settings;
    }

    /** One contact: who, how to reach them, and when the number was last checked. */
    public record Contact(String name, String number, String checked) {
    }

    public static final List<Contact> DEFAULTS = List.of(
            new Contact("Emergency services (EU)", "112", "2026-11"),
            new Contact("Emergency services (US, Canada)", "911", "2026-11"),
            new Contact("Emergency services (UK)", "999", "2026-11"),
            new Contact("988 Suicide & Crisis Lifeline (US)", "988", "2026-11"),
            new Contact("National Domestic Violence Hotline (US)", "1-800-799-7233", "2026-11"),
            new Contact("Refuge domestic abuse helpline (UK)", "0808 2000 247", "2026-11"),
            new Contact("Samaritans (UK and Ireland)", "116 123", "2026-11"));

    public List<Contact> list() {
        return settings.app(KEY).map(CrisisResources::parse).filter(l -> !l.isEmpty()).orElse(DEFAULTS);
    }

    public void save(List<Contact> contacts) {
        for (var c : contacts) {
            if (c.name() == null || c.name().isBlank() || c.number() == null || c.number().isBlank()) {
                throw new IllegalArgumentException("Each contact needs a name and a number.");
            }
        }
        try {
            settings.putApp(KEY, Json.MAPPER.writeValueAsString(contacts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The contacts could not be saved", e);
        }
    }

    /** Lines as "Name | number | checked", one per line, for the simple editor. */
    public static List<Contact> parseLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            String[] parts = l.split("\\|");
            if (parts.length < 2) {
                throw new IllegalArgumentException("Each line needs a name and a number, separated by |: " + l);
            }
            return new Contact(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : "");
        }).toList();
    }

    private static List<Contact> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<Contact>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Made on first use, so that start-up does not pay for a JSON mapper it does not need yet. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
