package coregulate.breathing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import coregulate.domain.ArousalState;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled exercises, read once from JSON and checked entry by entry; a bad entry stops the load with a
 * message naming it, rather than showing a half-right exercise to someone in distress.
 */
public final class ExerciseLibrary {
    public static final String BUNDLED = "/coregulate/breathing/exercises.json";
    private final Map<String, Exercise> byId;

    private ExerciseLibrary(List<Exercise> exercises) {
        var map = new LinkedHashMap<String, Exercise>();
        exercises.forEach(e -> map.put(e.id(), e));
        this.byId = Collections.unmodifiableMap(map);
    }

    public static ExerciseLibrary bundled() {
        try (InputStream in = ExerciseLibrary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ExerciseLibraryException("The exercise file " + BUNDLED + " is missing from the app.");
            }
            return load(in);
        } catch (IOException e) {
            throw new ExerciseLibraryException("The exercise file could not be read: " + e.getMessage(), e);
        }
    }

    public static ExerciseLibrary load(InputStream json) {
        ExerciseFile file;
        try {
            file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, ExerciseFile.class);
        } catch (IOException e) {
            throw new ExerciseLibraryException("The exercise file is not valid: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (file == null || file.exercises() == null || file.exercises().isEmpty()) {
            throw new ExerciseLibraryException("The exercise file lists no exercises.");
        }
        var out = new ArrayList<Exercise>();
        var seen = new HashSet<String>();
        for (int i = 0; i < file.exercises().size(); i++) {
            var entry = file.exercises().get(i);
            String label = "Exercise " + (i + 1) + (entry != null && entry.id() != null ? " ('" + entry.id() + "')" : "");
            try {
                var exercise = ExerciseFile.toExercise(entry);
                if (!seen.add(exercise.id())) {
                    throw new IllegalArgumentException("its id is used twice");
                }
                out.add(exercise);
            } catch (RuntimeException e) {
                throw new ExerciseLibraryException(label + " in the exercise file is wrong: " + e.getMessage(), e);
            }
        }
        return new ExerciseLibrary(out);
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Exercise> forState(ArousalState state) {
        return byId.values().stream().filter(e -> e.suits(state)).toList();
    }

    public List<Exercise> inCategory(Category category) {
        return byId.values().stream().filter(e -> e.category() == category).toList();
    }
}
