package coregulate.service;

import coregulate.breathing.BreathingPattern;
import coregulate.breathing.Exercise;
import coregulate.breathing.ExerciseLibrary;
import coregulate.breathing.OwnPattern;
import coregulate.breathing.PatternRules;
import coregulate.domain.RecordMeta;
import coregulate.storage.exercise.ExerciseRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The exercise library together with each partner's favourites, own patterns, pace and pacer settings. */
public final class ExerciseService {
    /** Tried in order when a partner has no favourite breathing exercise. */
    public static final List<String> BREATHE_NOW_DEFAULTS = List.of("resonance-breathing", "extended-exhale");
    private static final String PACE_KEY = "exercise.pace.";

    private final java.util.function.Supplier<ExerciseLibrary> librarySource;
    private ExerciseLibrary library;
    private final ExerciseRepository repo;
    private final SettingsService settings;
    private final Clock clock;
    private final UUID deviceId;

    public ExerciseService(ExerciseLibrary library, ExerciseRepository repo, SettingsService settings, Clock clock,
                           UUID deviceId) {
        this(() -> library, repo, settings, clock, deviceId);
    }

    /** Reads the library on first use, so that the file is read in the background rather than at construction. */
    public ExerciseService(java.util.function.Supplier<ExerciseLibrary> library, ExerciseRepository repo,
                           SettingsService settings, Clock clock, UUID deviceId) {
        this.librarySource = library;
        this.repo = repo;
        this.settings = settings;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** The bundled library; throws ExerciseLibraryException naming the bad entry if the file is wrong. */
    public synchronized ExerciseLibrary library() {
        if (library == null) {
            library = librarySource.get();
        }
        return library;
    }

    /** The library if it has been read already, without reading it. */
    public synchronized Optional<ExerciseLibrary> libraryIfLoaded() {
        return Optional.ofNullable(library);
    }

    /** Bundled exercises followed by the partner's own patterns. */
    public List<Exercise> exercisesFor(UUID partnerId) {
        var out = new ArrayList<>(library().all());
        repo.patterns(partnerId).forEach(p -> out.add(p.asExercise()));
        return out;
    }

    /** A bundled exercise or anyone's own pattern, by id. */
    public Optional<Exercise> find(String exerciseId) {
        var bundled = library().byId(exerciseId);
        if (bundled.isPresent() || !OwnPattern.isOwnId(exerciseId)) {
            return bundled;
        }
        return repo.allPatterns().stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst()
                .map(OwnPattern::asExercise);
    }

    public List<OwnPattern> ownPatterns(UUID partnerId) {
        return repo.patterns(partnerId);
    }

    public Set<String> favourites(UUID partnerId) {
        return repo.favourites(partnerId);
    }

    public void setFavourite(UUID partnerId, String exerciseId, boolean favourite) {
        if (favourite) {
            repo.addFavourite(RecordMeta.create(partnerId, deviceId, clock.instant()), exerciseId);
        } else {
            repo.removeFavourite(partnerId, exerciseId);
        }
    }

    /**
     * Creates (existingId null) or updates a partner's own pattern after checking it against the safe bounds.
     * @throws InvalidPatternException naming each bad field; nothing is stored then
     */
    public OwnPattern savePattern(UUID partnerId, UUID existingId, String name, BreathingPattern pattern) {
        var problems = new java.util.LinkedHashMap<>(PatternRules.problems(pattern));
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.put("name", "Give your pattern a name.");
        } else if (trimmed.codePointCount(0, trimmed.length()) > OwnPattern.MAX_NAME) {
            problems.put("name", "Keep the name to " + OwnPattern.MAX_NAME + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatternException(problems);
        }
        var now = clock.instant();
        RecordMeta meta = existingId == null ? RecordMeta.create(partnerId, deviceId, now)
                : repo.patterns(partnerId).stream().filter(p -> p.meta().id().equals(existingId)).findFirst()
                .map(p -> p.meta().touched(now))
                .orElseThrow(() -> new IllegalArgumentException("That pattern no longer exists."));
        var saved = new OwnPattern(meta, trimmed, pattern);
        repo.savePattern(saved);
        return saved;
    }

    public void deletePattern(UUID partnerId, UUID patternId) {
        repo.deletePattern(partnerId, patternId);
    }

    /** The partner's remembered pace for this exercise, or its own pace; always within the exercise's range. */
    public double pace(UUID partnerId, Exercise exercise) {
        double own = exercise.pattern().breathsPerMinute();
        double chosen = settings.partner(partnerId, PACE_KEY + exercise.id()).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return own;
            }
        }).orElse(own);
        return exercise.paceRange().clamp(chosen);
    }

    /** Remembers a pace; refuses one outside the exercise's safe range with a message saying the range. */
    public void setPace(UUID partnerId, Exercise exercise, double breathsPerMinute) {
        if (!exercise.hasPacer()) {
            throw new IllegalArgumentException(exercise.name() + " has no breathing pace.");
        }
        var problem = exercise.paceRange().problem(breathsPerMinute);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        settings.putPartner(partnerId, PACE_KEY + exercise.id(), String.valueOf(breathsPerMinute));
    }

    public PacerPreferences preferences(UUID partnerId) {
        return new PacerPreferences(
                settings.partner(partnerId, "exercise.sound").map("on"::equals).orElse(false),
                settings.partner(partnerId, "exercise.volume").map(ExerciseService::percent).orElse(50),
                settings.partner(partnerId, "exercise.reducedMotion").map("on"::equals).orElse(false));
    }

    public void savePreferences(UUID partnerId, PacerPreferences p) {
        settings.putPartner(partnerId, "exercise.sound", p.sound() ? "on" : "off");
        settings.putPartner(partnerId, "exercise.volume", String.valueOf(Math.max(0, Math.min(100, p.volume()))));
        settings.putPartner(partnerId, "exercise.reducedMotion", p.reducedMotion() ? "on" : "off");
    }

    private static int percent(String v) {
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            return 50;
        }
    }

    /** The one action to calm: the partner's first favourite with a pacer, else a gentle default. */
    public Exercise breatheNowChoice(UUID partnerId) {
        for (String id : repo.favourites(partnerId)) {
            var found = find(id).filter(Exercise::hasPacer);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return BREATHE_NOW_DEFAULTS.stream().map(library()::byId).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("The library has no default breathing exercise."));
    }

    /** Sound on or off (off by default), its volume 0..100, and the reduced-motion pacer. */
    public record PacerPreferences(boolean sound, int volume, boolean reducedMotion) {
    }

    /** A pattern outside the safe bounds; {@link #problems()} maps each field to a plain message. */
    public static final class InvalidPatternException extends IllegalArgumentException {
        private final Map<String, String> problems;

        public InvalidPatternException(Map<String, String> problems) {
            super(String.join(" ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }
}
