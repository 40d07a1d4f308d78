package coregulate.service.checkin;

import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.HelpsCard;
import coregulate.storage.checkin.HelpsCardRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Each partner's "what helps me" card. */
public final class HelpsCardService {
    private final HelpsCardRepository repo;
    private final Clock clock;
    private final UUID deviceId;

    public HelpsCardService(HelpsCardRepository repo, Clock clock, UUID deviceId) {
        this.repo = repo;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    public Optional<HelpsCard> cardOf(UUID author, UUID viewer) {
        return repo.cardOf(author, viewer);
    }

    public HelpsCard save(UUID author, String whenActivated, String whenShutDown, String pleaseDont,
                          Visibility visibility) {
        for (String text : new String[] {whenActivated, whenShutDown, pleaseDont}) {
            if (text != null && text.length() > HelpsCard.FIELD_MAX) {
                throw new IllegalArgumentException("Please keep each part to " + HelpsCard.FIELD_MAX + " characters.");
            }
        }
        var now = clock.instant();
        var meta = repo.cardOf(author, author).map(c -> c.meta().withVisibility(visibility, now))
                .orElse(new RecordMeta(UUID.randomUUID(), now, now, author, deviceId, visibility));
        var card = new HelpsCard(meta, whenActivated, whenShutDown, pleaseDont);
        repo.save(card);
        return card;
    }
}
