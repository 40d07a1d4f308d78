package coregulate.storage.checkin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;

/** Lists of ids or words kept in one TEXT column as a JSON array. */
final class JsonLists {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonLists() {
    }

    static String write(Collection<String> values) {
        try {
            return MAPPER.writeValueAsString(List.copyOf(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of words could not be written", e);
        }
    }

    static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
