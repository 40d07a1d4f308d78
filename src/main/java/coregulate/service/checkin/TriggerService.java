package coregulate.service.checkin;

import coregulate.domain.RecordMeta;
import coregulate.domain.checkin.Trigger;
import coregulate.storage.checkin.TriggerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The trigger log's use cases. */
public final class TriggerService {
    private final TriggerRepository repo;
    private final Clock clock;
    private final UUID deviceId;

    public TriggerService(TriggerRepository repo, Clock clock, UUID deviceId) {
        this.repo = repo;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    public Trigger record(UUID author, Trigger draft) {
        var now = clock.instant();
        var meta = new RecordMeta(UUID.randomUUID(), now, now, author, deviceId, draft.meta() == null
                ? coregulate.domain.Visibility.PRIVATE : draft.meta().visibility());
        var trigger = new Trigger(meta, draft.at() == null ? now : draft.at(), draft.title(), draft.category(),
                draft.customCategory(), draft.intensity(), draft.reaction(), draft.context(), draft.whatHelped(),
                draft.checkInId());
        validate(trigger);
        repo.insert(trigger);
        return trigger;
    }

    public Trigger update(UUID editor, Trigger edited) {
        if (!edited.meta().authorPartnerId().equals(editor)) {
            throw new IllegalArgumentException("Only the partner who wrote this can change it.");
        }
        var touched = new Trigger(edited.meta().touched(clock.instant()), edited.at(), edited.title(),
                edited.category(), edited.customCategory(), edited.intensity(), edited.reaction(), edited.context(),
                edited.whatHelped(), edited.checkInId());
        validate(touched);
        repo.update(touched);
        return touched;
    }

    public void delete(UUID editor, Trigger trigger) {
        if (!trigger.meta().authorPartnerId().equals(editor)) {
            throw new IllegalArgumentException("Only the partner who wrote this can delete it.");
        }
        repo.delete(trigger.meta().id());
    }

    /** Puts a deleted trigger back as it was (the undo after a delete). */
    public void restore(Trigger trigger) {
        repo.insert(trigger);
    }

    public List<Trigger> visibleTo(UUID viewer) {
        return repo.visibleTo(viewer, 1000);
    }

    public List<Trigger> between(UUID author, UUID viewer, Instant from, Instant to) {
        return repo.byAuthorBetween(author, viewer, from, to);
    }

    static void validate(Trigger t) {
        if (t.title() == null || t.title().isBlank()) {
            throw new IllegalArgumentException("Please give it a short title.");
        }
        if (t.title().codePointCount(0, t.title().length()) > Trigger.TITLE_MAX) {
            throw new IllegalArgumentException("Please keep the title to " + Trigger.TITLE_MAX + " characters.");
        }
        if (t.intensity() < 0 || t.intensity() > 10) {
            throw new IllegalArgumentException("Intensity runs from 0 to 10.");
        }
        if (t.context().length() > Trigger.TEXT_MAX || t.whatHelped().length() > Trigger.TEXT_MAX) {
            throw new IllegalArgumentException("Please keep each text to " + Trigger.TEXT_MAX + " characters.");
        }
    }
}
