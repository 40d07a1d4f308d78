package coregulate.service;

import coregulate.breathing.Exercise;
import coregulate.breathing.ExerciseEffect;
import coregulate.breathing.ExerciseSession;
import coregulate.domain.RecordMeta;
import coregulate.storage.exercise.ExerciseRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores finished or stopped exercise sessions and sums up, per partner, what each exercise changed. */
public final class SessionService {
    private final ExerciseRepository repo;
    private final Clock clock;
    private final UUID deviceId;

    public SessionService(ExerciseRepository repo, Clock clock, UUID deviceId) {
        this.repo = repo;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /**
     * What happened in one sitting. {@code together} is the other partner when both breathed at one computer:
     * they get their own row (without ratings, which only the person who rated gave).
     */
    public record Draft(UUID partnerId, UUID together, Exercise exercise, Instant startedAt, long durationSeconds,
                        boolean completed, Integer beforeLevel, Integer afterLevel, Double breathsPerMinute) {
    }

    /** Stores the session (and the partner's row when together) in one transaction. */
    public List<ExerciseSession> record(Draft d) {
        var now = clock.instant();
        var rows = new ArrayList<ExerciseSession>();
        rows.add(new ExerciseSession(RecordMeta.create(d.partnerId(), deviceId, now), d.exercise().id(),
                d.exercise().name(), d.startedAt(), d.durationSeconds(), d.completed(), d.beforeLevel(),
                d.afterLevel(), d.breathsPerMinute(), d.together()));
        if (d.together() != null) {
            rows.add(new ExerciseSession(RecordMeta.create(d.together(), deviceId, now), d.exercise().id(),
                    d.exercise().name(), d.startedAt(), d.durationSeconds(), d.completed(), null, null,
                    d.breathsPerMinute(), d.partnerId()));
        }
        repo.insertSessions(rows);
        return List.copyOf(rows);
    }

    public List<ExerciseSession> sessions(UUID partnerId) {
        return repo.sessions(partnerId);
    }

    /** Before/after ratings only, oldest first: what suggestions and small victories learn from. */
    public List<coregulate.breathing.SessionRating> ratings(UUID partnerId) {
        return repo.ratings(partnerId);
    }

    /** Per exercise, the partner's sessions and before/after changes, as an exercise's page shows them. */
    public List<ExerciseEffect> history(UUID partnerId) {
        var byExercise = new LinkedHashMap<String, List<ExerciseSession>>();
        for (var s : repo.sessions(partnerId)) {
            byExercise.computeIfAbsent(s.exerciseId(), k -> new ArrayList<>()).add(s);
        }
        var out = new ArrayList<ExerciseEffect>();
        byExercise.forEach((id, list) -> out.add(new ExerciseEffect(id, list.get(list.size() - 1).exerciseName(),
                list.size(), (int) list.stream().filter(ExerciseSession::completed).count(),
                list.stream().map(ExerciseSession::change).flatMap(Optional::stream).toList())));
        return out;
    }

    public ExerciseEffect effect(UUID partnerId, Exercise exercise) {
        return history(partnerId).stream().filter(e -> e.exerciseId().equals(exercise.id())).findFirst()
                .orElse(new ExerciseEffect(exercise.id(), exercise.name(), 0, 0, List.of()));
    }
}
