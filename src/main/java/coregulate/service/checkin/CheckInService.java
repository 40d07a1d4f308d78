package coregulate.service.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.RecordMeta;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.CheckInLimits;
import coregulate.domain.checkin.CheckInPoint;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.storage.checkin.CheckInRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recording, changing and listing check-ins, with the checks that keep bad values out of the store. */
public final class CheckInService {
    private final CheckInRepository repo;
    private final Clock clock;
    private final UUID deviceId;

    public CheckInService(CheckInRepository repo, Clock clock, UUID deviceId) {
        this.repo = repo;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** Stores a new check-in written now by {@code author}; its id and stamps are made here. */
    public CheckIn record(UUID author, CheckIn draft) {
        var now = clock.instant();
        var meta = new RecordMeta(UUID.randomUUID(), now, now, author, deviceId, draft.meta() == null
                ? coregulate.domain.Visibility.PRIVATE : draft.meta().visibility());
        var checkIn = new CheckIn(meta, draft.at() == null ? now : draft.at(), draft.arousal(), draft.signals(),
                draft.customSignals(), draft.emotions(), draft.customEmotions(), draft.pulse(), draft.hrvMs(),
                draft.sleepHours(), draft.connection(), draft.note());
        validate(checkIn);
        repo.insert(checkIn);
        return checkIn;
    }

    /** Saves changes to a check-in; only its author may change it. */
    public CheckIn update(UUID editor, CheckIn edited) {
        if (!edited.meta().authorPartnerId().equals(editor)) {
            throw new IllegalArgumentException("Only the partner who wrote a check-in can change it.");
        }
        var touched = new CheckIn(edited.meta().touched(clock.instant()), edited.at(), edited.arousal(),
                edited.signals(), edited.customSignals(), edited.emotions(), edited.customEmotions(), edited.pulse(),
                edited.hrvMs(), edited.sleepHours(), edited.connection(), edited.note());
        validate(touched);
        repo.update(touched);
        return touched;
    }

    public void delete(UUID editor, CheckIn checkIn) {
        if (!checkIn.meta().authorPartnerId().equals(editor)) {
            throw new IllegalArgumentException("Only the partner who wrote a check-in can delete it.");
        }
        repo.delete(checkIn.meta().id());
    }

    /** Puts a deleted check-in back exactly as it was (the undo after a delete). */
    public void restore(CheckIn checkIn) {
        repo.insert(checkIn);
    }

    /** A partner's check-ins in [from, to) as Insights reads them, oldest first; see the repository. */
    public List<CheckInPoint> points(UUID author, UUID viewer, boolean sharedOnly, Instant from, Instant to) {
        return repo.pointsBetween(author, viewer, sharedOnly, from, to);
    }

    /** [own body signals, own emotions] this partner has named before, offered again as choices. */
    public List<List<String>> ownWords(UUID partnerId) {
        return repo.ownWords(partnerId);
    }

    public Optional<CheckIn> latestFor(UUID partnerId) {
        return repo.latestBy(partnerId);
    }

    public List<CheckIn> history(HistoryFilter filter) {
        return repo.history(filter);
    }

    /** A partner's check-ins in [from, to), oldest first, as the viewer may see them. */
    public List<CheckIn> between(UUID author, UUID viewer, Instant from, Instant to) {
        return repo.byAuthorBetween(author, viewer, from, to);
    }

    static void validate(CheckIn c) {
        if (c.arousal() < ArousalState.MIN_LEVEL || c.arousal() > ArousalState.MAX_LEVEL) {
            throw new IllegalArgumentException("Arousal runs from -5 to +5.");
        }
        if (c.pulse() != null && (c.pulse() < CheckInLimits.PULSE_MIN || c.pulse() > CheckInLimits.PULSE_MAX)) {
            throw new IllegalArgumentException("A pulse between 30 and 220 beats a minute, please.");
        }
        if (c.hrvMs() != null && (c.hrvMs() < CheckInLimits.HRV_MIN || c.hrvMs() > CheckInLimits.HRV_MAX)) {
            throw new IllegalArgumentException("HRV (RMSSD) runs from 5 to 250 ms.");
        }
        if (c.sleepHours() != null && (c.sleepHours() < 0 || c.sleepHours() > CheckInLimits.SLEEP_MAX)) {
            throw new IllegalArgumentException("Hours slept run from 0 to 16.");
        }
        if (c.connection() != null && (c.connection() < CheckInLimits.CONNECTION_MIN
                || c.connection() > CheckInLimits.CONNECTION_MAX)) {
            throw new IllegalArgumentException("Connection runs from 1 to 5.");
        }
        CheckInLimits.noteProblem(c.note()).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        for (String label : c.customSignals()) {
            CheckInLimits.labelProblem(label).ifPresent(msg -> {
                throw new IllegalArgumentException("Your own body signal: " + msg);
            });
        }
        for (String label : c.customEmotions()) {
            CheckInLimits.labelProblem(label).ifPresent(msg -> {
                throw new IllegalArgumentException("Your own emotion: " + msg);
            });
        }
    }
}
